package app.throughline.importing;

import app.throughline.bulk.RefGraph;
import app.throughline.importing.CsvImportDtos.CsvProblem;
import app.throughline.workflow.StatusCategory;
import app.throughline.workflow.WorkflowDefinition;
import app.throughline.workflow.WorkflowDtos.WorkflowStatus;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV task list read and checked as a whole, without the database: UTF-8 (a byte order mark is
 * skipped), a header row, then one task per row. Every problem is collected with its row (the
 * spreadsheet's: the header is row 1) and column, so a dry run can list them all at once.
 *
 * <p>Columns (case, spaces and punctuation in the header do not matter; others are ignored):
 * {@code ID}, {@code WBS}, {@code Outline level}, {@code Title} (or Name), {@code Duration}
 * ({@code 3d}, {@code 4h}, {@code 30m}, {@code 1w}, {@code 2 days}; a bare number is days),
 * {@code Duration minutes}, {@code Predecessors} ({@code 3FS+2d;5SS;1.2FF-4h}), {@code Assignees}
 * (names or e-mails, {@code ;}-separated, units as {@code Ada[50%]}), {@code Deadline},
 * {@code Start} (a "start no earlier than" when the file has no Constraint column), {@code Constraint}
 * and {@code Constraint date}, {@code Notes}, {@code % Complete} (0 to 100, with or without {@code %}) and
 * {@code Status} (a status of the project's workflow, by name or key, case-insensitive). A row with a
 * percentage but no status gets the status it implies (100: the first done status; more than 0: the
 * first in-progress one; else the first to-do one), as an MS Project import does. Whole numbers in
 * Predecessors name a task's ID (the ID column, else its place among the tasks: the first task is 1);
 * numbers with dots name a WBS.
 */
final class CsvPlan {

    /** Most task rows in one file (the bulk limit). */
    static final int MAX_TASKS = 20_000;

    private static final int MAX_DAYS = 10_000;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Who a name or e-mail in the Assignees column is. */
    interface People {
        /** The people whose name or e-mail (case-insensitive) is {@code nameOrEmail}. */
        List<UUID> find(String nameOrEmail);
    }

    enum Column {
        ID("id", "#", "taskid"),
        WBS("wbs", "wbscode", "outlinenumber"),
        LEVEL("outlinelevel", "level", "outline"),
        TITLE("title", "name", "taskname", "task"),
        DURATION("duration"),
        DURATION_MINUTES("durationminutes"),
        PREDECESSORS("predecessors", "predecessor", "dependson"),
        ASSIGNEES("assignees", "assignee", "resourcenames", "resources", "assignedto", "owner"),
        DEADLINE("deadline", "due", "duedate"),
        START("start", "startdate"),
        CONSTRAINT("constraint", "constrainttype"),
        CONSTRAINT_DATE("constraintdate"),
        NOTES("notes", "description", "note"),
        PERCENT("complete", "percentcomplete", "pctcomplete", "percent", "progress"),
        STATUS("status", "state", "taskstatus");

        final Set<String> names;

        Column(String... names) {
            this.names = Set.of(names);
        }

        static Column of(String header) {
            String key = normalise(header);
            for (Column c : values()) {
                if (c.names.contains(key)) {
                    return c;
                }
            }
            return null;
        }
    }

    /** One task to create; {@code parent} is the index of its parent task in {@link #tasks}, or -1. */
    record Row(
            int row,
            int parent,
            String title,
            int minutes,
            String constraintType,
            LocalDate constraintDate,
            LocalDate deadline,
            String notes,
            List<Assignee> assignees,
            BigDecimal percentComplete,
            String status) {}

    record Assignee(UUID personId, BigDecimal units) {}

    /** A link between two task indexes; type fs/ss/ff/sf, lag in working minutes (negative: lead). */
    record Link(int predecessor, int successor, String type, int lagMinutes) {}

    private static final Map<String, String> CONSTRAINTS = new HashMap<>();

    static {
        for (String[] names : new String[][] {
            {"asap", "asap", "assoonaspossible"},
            {"alap", "alap", "aslateaspossible"},
            {"snet", "snet", "startnoearlierthan"},
            {"snlt", "snlt", "startnolaterthan"},
            {"fnet", "fnet", "finishnoearlierthan"},
            {"fnlt", "fnlt", "finishnolaterthan"},
            {"mso", "mso", "muststarton"},
            {"mfo", "mfo", "mustfinishon"}
        }) {
            for (int i = 1; i < names.length; i++) {
                CONSTRAINTS.put(names[i], names[0]);
            }
        }
    }

    private static final Pattern DURATION = Pattern.compile(
            "^(\\d{1,7}(?:[.,]\\d{1,4})?)\\s*(m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mons?|months?)?\\s*\\??$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK = Pattern.compile(
            "^(\\d{1,9}(?:\\.\\d{1,9})*)\\s*(FS|SS|FF|SF)?\\s*(?:([+-])\\s*(.*))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("^([+-]?\\d{1,9}(?:[.,]\\d{1,9})?)\\s*%?$");
    private static final Pattern ASSIGNEE =
            Pattern.compile("^(.+?)\\s*(?:\\[\\s*(\\d{1,4}(?:\\.\\d{1,2})?)\\s*%\\s*\\])?$");

    final List<Row> tasks = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final List<CsvProblem> problems = new ArrayList<>();
    final List<String> ignoredColumns = new ArrayList<>();

    private final int minutesPerDay;
    private final People people;
    private final WorkflowDefinition workflow;
    private final Map<Column, String> headers = new LinkedHashMap<>();

    private CsvPlan(int minutesPerDay, People people, WorkflowDefinition workflow) {
        this.minutesPerDay = minutesPerDay;
        this.people = people;
        this.workflow = workflow;
    }

    int assignmentCount() {
        return tasks.stream().mapToInt(t -> t.assignees().size()).sum();
    }

    /** Reads and checks the whole file; {@link #problems} is empty when it can be imported as it is. */
    static CsvPlan read(byte[] content, int minutesPerDay, People people, WorkflowDefinition workflow) {
        CsvPlan plan = new CsvPlan(minutesPerDay, people, workflow);
        plan.parse(content);
        return plan;
    }

    private void parse(byte[] content) {
        if (content.length >= 2
                && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
                        || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
            problem(1, null, "The file is UTF-16; save it as CSV UTF-8");
            return;
        }
        int offset = content.length >= 3
                        && content[0] == (byte) 0xEF
                        && content[1] == (byte) 0xBB
                        && content[2] == (byte) 0xBF
                ? 3
                : 0;
        String text;
        boolean strictUtf8 = true;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            // decode anyway and point at the cells that hold the bytes that are not UTF-8
            strictUtf8 = false;
            text = new String(content, offset, content.length - offset, StandardCharsets.UTF_8);
        }
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setIgnoreSurroundingSpaces(true)
                .get()
                .parse(new StringReader(text))) {
            records = parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            problem(1, null, "The file is not readable as CSV: " + e.getMessage());
            return;
        }
        if (records.isEmpty() || records.get(0).stream().allMatch(String::isBlank)) {
            problem(1, null, "The file is empty; the first row must name the columns (Title, Duration, ...)");
            return;
        }
        CSVRecord header = records.get(0);
        Map<Column, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            Column column = Column.of(name);
            if (column == null) {
                if (!name.isEmpty()) {
                    ignoredColumns.add(name);
                }
                continue;
            }
            if (index.putIfAbsent(column, i) != null) {
                problem(1, name, "The column " + headers.get(column) + " appears twice");
                continue;
            }
            headers.put(column, name);
        }
        if (!index.containsKey(Column.TITLE)) {
            problem(1, null, "No Title column: the first row must name the columns (Title, Duration, WBS, ...)");
            return;
        }
        List<CSVRecord> body = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            CSVRecord record = records.get(r);
            if (!record.stream().allMatch(String::isBlank)) {
                body.add(record);
            }
        }
        if (body.size() > MAX_TASKS) {
            problem(
                    1,
                    null,
                    "The file has " + body.size() + " task rows; at most " + MAX_TASKS + " are imported at once");
            return;
        }
        if (body.isEmpty()) {
            problem(1, null, "The file has a header but no task rows");
            return;
        }
        if (!strictUtf8) {
            for (CSVRecord record : body) {
                for (int i = 0; i < record.size(); i++) {
                    if (record.get(i).indexOf('\uFFFD') >= 0) {
                        problem(
                                row(record),
                                i < header.size() ? header.get(i).trim() : "column " + (i + 1),
                                "Not UTF-8 text: save the file as CSV UTF-8");
                    }
                }
            }
        }
        rows(body, index);
        problems.sort(java.util.Comparator.comparingInt(CsvProblem::row));
    }

    private void rows(List<CSVRecord> body, Map<Column, Integer> index) {
        boolean hasConstraintColumn = index.containsKey(Column.CONSTRAINT);
        Map<String, Integer> byId = new HashMap<>();
        Map<String, Integer> byWbs = new HashMap<>();
        List<String> predecessorCells = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>(); // {level, task index} of the rows that can still get children
        Map<Integer, Integer> wbsDepth = new HashMap<>();
        for (CSVRecord record : body) {
            int row = row(record);
            int taskIndex = tasks.size();
            String title = cell(record, index, Column.TITLE);
            if (title.isEmpty()) {
                problem(row, headers.get(Column.TITLE), "The title is missing");
            } else if (title.length() > 500) {
                problem(row, headers.get(Column.TITLE), "The title has more than 500 characters");
            }

            String id = cell(record, index, Column.ID);
            if (!id.isEmpty()) {
                if (!id.matches("\\d{1,9}")) {
                    problem(row, headers.get(Column.ID), "\"" + id + "\" is not a whole number");
                } else if (byId.putIfAbsent(String.valueOf(Integer.parseInt(id)), taskIndex) != null) {
                    problem(row, headers.get(Column.ID), "The ID " + id + " is used by an earlier row");
                }
            }
            String wbs = cell(record, index, Column.WBS);
            if (!wbs.isEmpty()) {
                if (byWbs.putIfAbsent(wbs, taskIndex) != null) {
                    problem(row, headers.get(Column.WBS), "The WBS " + wbs + " is used by an earlier row");
                }
                wbsDepth.put(taskIndex, wbs.split("\\.", -1).length);
            } else if (index.containsKey(Column.WBS) && !index.containsKey(Column.LEVEL)) {
                problem(row, headers.get(Column.WBS), "The WBS is missing (it places the task in the outline)");
            }

            int parent = -1;
            if (index.containsKey(Column.LEVEL)) {
                String text = cell(record, index, Column.LEVEL);
                int level;
                int before = problems.size();
                if (!text.matches("\\d{1,3}") || Integer.parseInt(text) < 1) {
                    problem(row, headers.get(Column.LEVEL), "\"" + text + "\" is not an outline level (1, 2, 3, ...)");
                    level = open.isEmpty() ? 1 : open.peek()[0];
                } else {
                    level = Integer.parseInt(text);
                }
                int previous = open.isEmpty() ? 0 : open.peek()[0];
                if (level > previous + 1) {
                    problem(
                            row,
                            headers.get(Column.LEVEL),
                            "Outline level " + level + " follows level " + previous + "; a task can only be one level"
                                    + " below the row above it");
                    level = previous + 1;
                }
                while (!open.isEmpty() && open.peek()[0] >= level) {
                    open.pop();
                }
                parent = open.isEmpty() ? -1 : open.peek()[1];
                open.push(new int[] {level, taskIndex});
                if (problems.size() == before && !wbs.isEmpty() && wbsDepth.get(taskIndex) != level) {
                    problem(
                            row,
                            headers.get(Column.WBS),
                            "The WBS " + wbs + " has " + wbsDepth.get(taskIndex) + " levels but the outline level is "
                                    + level);
                }
            } else if (!wbs.isEmpty()) {
                int dot = wbs.lastIndexOf('.');
                if (dot > 0) {
                    String parentWbs = wbs.substring(0, dot);
                    Integer p = byWbs.get(parentWbs);
                    if (p == null || p == taskIndex) {
                        problem(
                                row,
                                headers.get(Column.WBS),
                                "Outline jump: the WBS " + wbs + " needs the row " + parentWbs + " above it");
                    } else {
                        parent = p;
                    }
                }
            }

            int minutes = duration(record, index, row);
            String constraint = "asap";
            LocalDate constraintDate = null;
            if (hasConstraintColumn) {
                String type = cell(record, index, Column.CONSTRAINT);
                if (!type.isEmpty()) {
                    String known = CONSTRAINTS.get(normalise(type));
                    if (known == null) {
                        problem(
                                row,
                                headers.get(Column.CONSTRAINT),
                                "\"" + type + "\" is not a constraint (ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO)");
                    } else {
                        constraint = known;
                    }
                }
                constraintDate = date(record, index, Column.CONSTRAINT_DATE, row);
                boolean needsDate = !constraint.equals("asap") && !constraint.equals("alap");
                if (needsDate
                        && constraintDate == null
                        && cell(record, index, Column.CONSTRAINT_DATE).isEmpty()) {
                    problem(
                            row,
                            headers.getOrDefault(Column.CONSTRAINT_DATE, headers.get(Column.CONSTRAINT)),
                            "The constraint " + constraint.toUpperCase(Locale.ROOT) + " needs a constraint date");
                }
                if (!needsDate) {
                    constraintDate = null;
                }
            } else {
                LocalDate start = date(record, index, Column.START, row);
                if (start != null) {
                    constraint = "snet";
                    constraintDate = start;
                }
            }
            LocalDate deadline = date(record, index, Column.DEADLINE, row);
            String notes = cell(record, index, Column.NOTES);
            if (notes.length() > 20_000) {
                problem(row, headers.get(Column.NOTES), "The notes have more than 20,000 characters");
            }
            List<Assignee> assignees = assignees(record, index, row);
            BigDecimal percent = percent(record, index, row);
            String status = status(record, index, row, percent);
            tasks.add(new Row(
                    row,
                    parent,
                    title,
                    minutes,
                    constraint,
                    constraintDate,
                    deadline,
                    notes.isEmpty() ? null : notes,
                    assignees,
                    percent,
                    status));
            predecessorCells.add(cell(record, index, Column.PREDECESSORS));
        }
        boolean ids = index.containsKey(Column.ID);
        for (int i = 0; i < tasks.size(); i++) {
            links(i, predecessorCells.get(i), ids ? byId : null, byWbs);
        }
        cycles();
    }

    private int duration(CSVRecord record, Map<Column, Integer> index, int row) {
        String exact = cell(record, index, Column.DURATION_MINUTES);
        if (!exact.isEmpty()) {
            if (!exact.matches("\\d{1,8}") || Long.parseLong(exact) > (long) MAX_DAYS * minutesPerDay) {
                problem(row, headers.get(Column.DURATION_MINUTES), "\"" + exact + "\" is not a number of minutes");
                return 0;
            }
            return Integer.parseInt(exact);
        }
        String text = cell(record, index, Column.DURATION);
        if (text.isEmpty()) {
            return 0;
        }
        Integer minutes = minutes(text);
        if (minutes == null || minutes > (long) MAX_DAYS * minutesPerDay) {
            problem(
                    row,
                    headers.get(Column.DURATION),
                    "\"" + text + "\" is not a duration (write 3d, 4h, 30m or 1w; at most " + MAX_DAYS + " days)");
            return 0;
        }
        return minutes;
    }

    /** Working minutes in {@code 3d}, {@code 4h}, {@code 30m}, {@code 1w}, {@code 2 days}, {@code 1.5}; null if none. */
    Integer minutes(String text) {
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        double value = Double.parseDouble(m.group(1).replace(',', '.'));
        String unit = m.group(2) == null ? "d" : m.group(2).toLowerCase(Locale.ROOT);
        double factor;
        if (unit.startsWith("mo")) {
            factor = 20.0 * minutesPerDay;
        } else if (unit.startsWith("m")) {
            factor = 1;
        } else if (unit.startsWith("h")) {
            factor = 60;
        } else if (unit.startsWith("d")) {
            factor = minutesPerDay;
        } else {
            factor = 5.0 * minutesPerDay;
        }
        double minutes = value * factor;
        if (minutes > Integer.MAX_VALUE / 2.0) {
            return null;
        }
        return (int) Math.round(minutes);
    }

    private void links(int successor, String cell, Map<String, Integer> byId, Map<String, Integer> byWbs) {
        if (cell.isEmpty()) {
            return;
        }
        Row task = tasks.get(successor);
        String column = headers.get(Column.PREDECESSORS);
        Set<Integer> seen = new HashSet<>();
        for (String part : cell.split("[;,]")) {
            String token = part.trim();
            if (token.isEmpty()) {
                continue;
            }
            Matcher m = LINK.matcher(token);
            if (!m.matches()) {
                problem(
                        task.row(),
                        column,
                        "\"" + token + "\" is not a predecessor (write the ID or WBS, a type and a lag: 3FS+2d, 5SS,"
                                + " 1.2FF-4h)");
                continue;
            }
            String ref = m.group(1);
            String type = m.group(2) == null ? "fs" : m.group(2).toLowerCase(Locale.ROOT);
            int lag = 0;
            if (m.group(3) != null) {
                String lagText = m.group(4).trim();
                Integer lagMinutes = lagText.endsWith("%") ? null : minutes(lagText);
                if (lagMinutes == null) {
                    problem(
                            task.row(),
                            column,
                            "In \"" + token + "\" the lag \"" + m.group(3) + lagText
                                    + "\" is not a duration (write +2d, -4h or +30m)");
                    continue;
                }
                lag = m.group(3).equals("-") ? -lagMinutes : lagMinutes;
            }
            Integer predecessor;
            if (ref.contains(".")) {
                predecessor = byWbs.get(ref);
            } else if (byId != null) {
                predecessor = byId.get(String.valueOf(Integer.parseInt(ref)));
            } else {
                int n = Integer.parseInt(ref);
                predecessor = n >= 1 && n <= tasks.size() ? n - 1 : null;
            }
            if (predecessor == null) {
                problem(
                        task.row(),
                        column,
                        (ref.contains(".") ? "No row has the WBS " : "No task has the ID ") + ref + " (in \"" + token
                                + "\")");
                continue;
            }
            if (predecessor == successor) {
                problem(task.row(), column, "The task cannot be its own predecessor (\"" + token + "\")");
                continue;
            }
            if (isAncestor(predecessor, successor) || isAncestor(successor, predecessor)) {
                problem(
                        task.row(),
                        column,
                        "A task cannot depend on its own summary task or subtask (\"" + token + "\")");
                continue;
            }
            if (!seen.add(predecessor)) {
                problem(task.row(), column, "The predecessor " + ref + " is named twice");
                continue;
            }
            links.add(new Link(predecessor, successor, type, lag));
        }
    }

    private boolean isAncestor(int ancestor, int node) {
        for (int p = tasks.get(node).parent(); p >= 0; p = tasks.get(p).parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Reports each loop of links once, at the row of the task where the search meets it again. */
    private void cycles() {
        RefGraph graph = new RefGraph(tasks.size());
        for (Link link : links) {
            graph.add(link.predecessor(), link.successor());
        }
        for (int[] loop : graph.cycles(Integer.MAX_VALUE)) {
            List<String> rows = new ArrayList<>();
            for (int task : loop) {
                rows.add("row " + tasks.get(task).row());
            }
            rows.add(rows.get(0));
            problem(
                    tasks.get(loop[0]).row(),
                    headers.get(Column.PREDECESSORS),
                    "The predecessors form a loop: " + String.join(" → ", rows));
        }
    }

    private List<Assignee> assignees(CSVRecord record, Map<Column, Integer> index, int row) {
        String cell = cell(record, index, Column.ASSIGNEES);
        if (cell.isEmpty()) {
            return List.of();
        }
        String column = headers.get(Column.ASSIGNEES);
        List<Assignee> result = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (String part : cell.split("[;,]")) {
            String token = part.trim();
            if (token.isEmpty()) {
                continue;
            }
            Matcher m = ASSIGNEE.matcher(token);
            if (!m.matches()) {
                problem(row, column, "\"" + token + "\" is not a name or e-mail");
                continue;
            }
            String who = m.group(1).trim();
            BigDecimal units = BigDecimal.ONE;
            if (m.group(2) != null) {
                units = new BigDecimal(m.group(2)).movePointLeft(2);
                if (units.signum() <= 0 || units.compareTo(BigDecimal.TEN) > 0) {
                    problem(row, column, "The units of " + who + " must be more than 0% and at most 1000%");
                    continue;
                }
            }
            List<UUID> found = people.find(who);
            if (found.isEmpty()) {
                problem(row, column, "Nobody in the workspace is called or has the e-mail \"" + who + "\"");
            } else if (found.size() > 1) {
                problem(
                        row,
                        column,
                        found.size() + " people in the workspace are called \"" + who + "\"; use the e-mail instead");
            } else if (seen.add(found.get(0))) {
                result.add(new Assignee(found.get(0), units.setScale(2, java.math.RoundingMode.HALF_UP)));
            }
        }
        return result;
    }

    /** The % Complete cell: 0 to 100, with or without a {@code %}; null when empty (or wrong). */
    private BigDecimal percent(CSVRecord record, Map<Column, Integer> index, int row) {
        String text = cell(record, index, Column.PERCENT);
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = PERCENT.matcher(text);
        if (!m.matches()) {
            problem(
                    row,
                    headers.get(Column.PERCENT),
                    "\"" + text + "\" is not a percentage (write 0 to 100, e.g. 40 or 40%)");
            return null;
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(',', '.'));
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            problem(row, headers.get(Column.PERCENT), "The percentage " + text + " is not between 0 and 100");
            return null;
        }
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The Status cell as a status key of the project's workflow (by key or name, case, spaces and
     * punctuation aside); an empty cell takes the status the percentage implies, or null (the
     * workflow's first) without one.
     */
    private String status(CSVRecord record, Map<Column, Integer> index, int row, BigDecimal percent) {
        String text = cell(record, index, Column.STATUS);
        if (text.isEmpty()) {
            if (percent == null || workflow == null) {
                return null;
            }
            WorkflowStatus todo = workflow.initialStatus();
            if (percent.compareTo(HUNDRED) >= 0) {
                return first(StatusCategory.done, todo).key();
            }
            return percent.signum() > 0
                    ? first(StatusCategory.in_progress, todo).key()
                    : todo.key();
        }
        String wanted = normalise(text);
        if (workflow != null) {
            for (WorkflowStatus s : workflow.statuses()) {
                if (normalise(s.key()).equals(wanted) || normalise(s.name()).equals(wanted)) {
                    return s.key();
                }
            }
        }
        List<String> names = workflow == null
                ? List.of()
                : workflow.statuses().stream().map(WorkflowStatus::name).toList();
        problem(
                row,
                headers.get(Column.STATUS),
                "\"" + text + "\" is not a status of the project's workflow (" + String.join(", ", names) + ")");
        return null;
    }

    private WorkflowStatus first(StatusCategory category, WorkflowStatus fallback) {
        return workflow.statuses().stream()
                .filter(s -> s.category() == category)
                .findFirst()
                .orElse(fallback);
    }

    private LocalDate date(CSVRecord record, Map<Column, Integer> index, Column column, int row) {
        String text = cell(record, index, column);
        if (text.isEmpty()) {
            return null;
        }
        String day =
                text.length() > 10 && (text.charAt(10) == 'T' || text.charAt(10) == ' ') ? text.substring(0, 10) : text;
        try {
            LocalDate date = LocalDate.parse(day);
            if (date.getYear() < 1900 || date.getYear() > 2200) {
                problem(row, headers.get(column), "The date " + text + " is out of range");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problem(row, headers.get(column), "\"" + text + "\" is not a date (write YYYY-MM-DD, e.g. 2026-03-31)");
            return null;
        }
    }

    private static String cell(CSVRecord record, Map<Column, Integer> index, Column column) {
        Integer i = index.get(column);
        if (i == null || i >= record.size()) {
            return "";
        }
        return record.get(i).trim();
    }

    private static int row(CSVRecord record) {
        // the header is record 1, as in a spreadsheet
        return (int) record.getRecordNumber();
    }

    private void problem(int row, String column, String message) {
        problems.add(new CsvProblem(row, column, message));
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9#]", "");
    }
}
