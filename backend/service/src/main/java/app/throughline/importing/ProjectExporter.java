package app.throughline.importing;

import app.throughline.calendar.CalendarDtos.CalendarException;
import app.throughline.calendar.CalendarDtos.CalendarView;
import app.throughline.calendar.CalendarDtos.WorkWeek;
import app.throughline.calendar.CalendarDtos.WorkingTime;
import app.throughline.calendar.CalendarService;
import app.throughline.importing.ExportRepository.AssignmentRow;
import app.throughline.importing.ExportRepository.BaselineRow;
import app.throughline.importing.ExportRepository.LinkRow;
import app.throughline.importing.ExportRepository.ProjectRow;
import app.throughline.importing.ExportRepository.TaskRow;
import app.throughline.project.ProjectService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mpxj.ConstraintType;
import org.mpxj.DayType;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;

/**
 * A project as a file: MSPDI (MS Project XML, written by MPXJ) with the WBS, exact durations,
 * constraints, deadlines, progress, links with lags, people as work resources and their
 * assignments, the project calendar with its exceptions and the latest baseline; or CSV of the tasks in WBS order with
 * predecessors written the MS Project way ({@code 3FS+2d;5SS}).
 */
@ApplicationScoped
public class ProjectExporter {

    static final List<String> CSV_COLUMNS = List.of(
            "ID",
            "WBS",
            "Outline level",
            "Title",
            "Duration",
            "Duration minutes",
            "Start",
            "Finish",
            "Predecessors",
            "Assignees",
            "Constraint",
            "Constraint date",
            "Deadline",
            "% complete");

    private static final Map<String, ConstraintType> CONSTRAINTS = Map.of(
            "asap", ConstraintType.AS_SOON_AS_POSSIBLE,
            "alap", ConstraintType.AS_LATE_AS_POSSIBLE,
            "snet", ConstraintType.START_NO_EARLIER_THAN,
            "snlt", ConstraintType.START_NO_LATER_THAN,
            "fnet", ConstraintType.FINISH_NO_EARLIER_THAN,
            "fnlt", ConstraintType.FINISH_NO_LATER_THAN,
            "mso", ConstraintType.MUST_START_ON,
            "mfo", ConstraintType.MUST_FINISH_ON);

    private static final Map<String, RelationType> LINKS = Map.of(
            "fs", RelationType.FINISH_START,
            "ss", RelationType.START_START,
            "ff", RelationType.FINISH_FINISH,
            "sf", RelationType.START_FINISH);

    private final ExportRepository repository;
    private final ProjectService projects;
    private final CalendarService calendars;

    ProjectExporter(ExportRepository repository, ProjectService projects, CalendarService calendars) {
        this.repository = repository;
        this.projects = projects;
        this.calendars = calendars;
    }

    /** A task in WBS order with its outline number ("1.2.3") and level. */
    record Outlined(TaskRow task, String wbs, int level, int id) {}

    /** The file name stem: the project key. */
    @Transactional
    public String key(UUID projectId) {
        projects.readable(projectId);
        return repository.project(projectId).key();
    }

    @Transactional
    public byte[] mspdi(UUID projectId) {
        UUID workspaceId = projects.readable(projectId).workspaceId;
        ProjectRow project = repository.project(projectId);
        int perDay = repository.minutesPerDay(projectId);
        List<Outlined> outline = outline(repository.tasks(projectId));
        ProjectFile file = new ProjectFile();
        file.getProjectProperties().setProjectTitle(project.name());
        file.getProjectProperties().setName(project.name());
        file.getProjectProperties().setStartDate(project.startDate().atTime(8, 0));
        file.getProjectProperties().setMinutesPerDay(perDay);
        file.getProjectProperties().setMinutesPerWeek(perDay * 5);
        if (project.statusDate() != null) {
            file.getProjectProperties().setStatusDate(project.statusDate().atTime(17, 0));
        }
        ProjectCalendar calendar = calendar(file, workspaceId, project, perDay);
        file.setDefaultCalendar(calendar);
        Map<UUID, BaselineRow> baseline = new HashMap<>();
        for (BaselineRow b : repository.latestBaseline(projectId)) {
            baseline.put(b.taskId(), b);
        }

        Map<UUID, Task> written = new HashMap<>();
        for (Outlined o : outline) {
            TaskRow row = o.task();
            Task parent = row.parentId() == null ? null : written.get(row.parentId());
            Task t = parent == null ? file.addTask() : parent.addTask();
            t.setID(o.id());
            t.setUniqueID(o.id());
            t.setName(row.title());
            t.setWBS(o.wbs());
            t.setOutlineNumber(o.wbs());
            t.setOutlineLevel(o.level());
            int minutes = minutes(row.durationDays(), row.durationMinutes(), perDay);
            t.setDuration(Duration.getInstance(minutes, TimeUnit.MINUTES));
            t.setMilestone(minutes == 0);
            if (row.earlyStart() != null) {
                t.setStart(row.earlyStart());
                t.setFinish(row.earlyFinish());
            }
            ConstraintType constraint =
                    CONSTRAINTS.getOrDefault(row.constraintType(), ConstraintType.AS_SOON_AS_POSSIBLE);
            t.setConstraintType(constraint);
            if (row.constraintDate() != null) {
                boolean finish = constraint == ConstraintType.FINISH_NO_EARLIER_THAN
                        || constraint == ConstraintType.FINISH_NO_LATER_THAN
                        || constraint == ConstraintType.MUST_FINISH_ON;
                t.setConstraintDate(row.constraintDate().atTime(finish ? LocalTime.of(17, 0) : LocalTime.of(8, 0)));
            }
            if (row.deadline() != null) {
                t.setDeadline(row.deadline().atTime(17, 0));
            }
            t.setPercentageComplete(row.percentComplete());
            if (row.actualStart() != null) {
                t.setActualStart(row.actualStart().atTime(8, 0));
            }
            if (row.actualFinish() != null) {
                t.setActualFinish(row.actualFinish().atTime(17, 0));
            }
            BaselineRow base = baseline.get(row.id());
            if (base != null) {
                t.setBaselineStart(base.start());
                t.setBaselineFinish(base.finish());
                t.setBaselineDuration(
                        Duration.getInstance(Math.round(base.durationDays().doubleValue() * perDay), TimeUnit.MINUTES));
            }
            written.put(row.id(), t);
        }
        for (LinkRow link : repository.links(projectId)) {
            Task predecessor = written.get(link.predecessorId());
            Task successor = written.get(link.successorId());
            if (predecessor == null || successor == null) {
                continue;
            }
            int lag = minutes(link.lagDays(), link.lagMinutes(), perDay);
            successor.addPredecessor(new Relation.Builder()
                    .predecessorTask(predecessor)
                    .type(LINKS.getOrDefault(link.type(), RelationType.FINISH_START))
                    .lag(Duration.getInstance(lag, TimeUnit.MINUTES)));
        }
        Map<UUID, Resource> people = new LinkedHashMap<>();
        for (AssignmentRow a : repository.assignments(projectId)) {
            Task task = written.get(a.taskId());
            if (task == null) {
                continue;
            }
            Resource resource = people.computeIfAbsent(a.personId(), id -> {
                Resource r = file.addResource();
                r.setName(a.personName());
                r.setType(ResourceType.WORK);
                return r;
            });
            ResourceAssignment assignment = task.addResourceAssignment(resource);
            assignment.setUnits(a.units().multiply(BigDecimal.valueOf(100)));
            double duration =
                    task.getDuration() == null ? 0 : task.getDuration().getDuration();
            assignment.setWork(Duration.getInstance(duration * a.units().doubleValue(), TimeUnit.MINUTES));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new MSPDIWriter().write(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The project's calendar (the workspace default when it has none) as the file's default calendar:
     * the working times of each weekday and every exception. The " (KEY)" an import appends to keep
     * calendar names unique is left out, so a file goes out under the name it came in with.
     */
    private ProjectCalendar calendar(ProjectFile file, UUID workspaceId, ProjectRow project, int perDay) {
        UUID calendarId =
                project.calendarId() != null ? project.calendarId() : calendars.defaultCalendarFor(workspaceId);
        CalendarView view = calendars.get(calendarId).body();
        ProjectCalendar calendar = file.addCalendar();
        String suffix = " (" + project.key() + ")";
        calendar.setName(
                view.name().endsWith(suffix)
                        ? view.name().substring(0, view.name().length() - suffix.length())
                        : view.name());
        calendar.setCalendarMinutesPerDay(perDay);
        WorkWeek week = view.workWeek();
        Map<DayOfWeek, List<WorkingTime>> days = new EnumMap<>(DayOfWeek.class);
        days.put(DayOfWeek.MONDAY, week.mon());
        days.put(DayOfWeek.TUESDAY, week.tue());
        days.put(DayOfWeek.WEDNESDAY, week.wed());
        days.put(DayOfWeek.THURSDAY, week.thu());
        days.put(DayOfWeek.FRIDAY, week.fri());
        days.put(DayOfWeek.SATURDAY, week.sat());
        days.put(DayOfWeek.SUNDAY, week.sun());
        for (Map.Entry<DayOfWeek, List<WorkingTime>> day : days.entrySet()) {
            List<WorkingTime> times = day.getValue() == null ? List.of() : day.getValue();
            calendar.setCalendarDayType(day.getKey(), times.isEmpty() ? DayType.NON_WORKING : DayType.WORKING);
            ProjectCalendarHours hours = calendar.addCalendarHours(day.getKey());
            times.forEach(t -> hours.add(range(t)));
        }
        for (CalendarException e : view.exceptions()) {
            ProjectCalendarException exception = calendar.addCalendarException(e.startDate(), e.endDate());
            exception.setName(e.name());
            if (e.workingTimes() != null) {
                e.workingTimes().forEach(t -> exception.add(range(t)));
            }
        }
        return calendar;
    }

    private static LocalTimeRange range(WorkingTime t) {
        return new LocalTimeRange(time(t.from()), time(t.to()));
    }

    private static LocalTime time(String hhmm) {
        return hhmm.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(hhmm);
    }

    @Transactional
    public byte[] csv(UUID projectId) {
        projects.readable(projectId);
        int perDay = repository.minutesPerDay(projectId);
        List<Outlined> outline = outline(repository.tasks(projectId));
        Map<UUID, Integer> ids =
                outline.stream().collect(Collectors.toMap(o -> o.task().id(), Outlined::id));
        Map<UUID, List<String>> predecessors = new HashMap<>();
        for (LinkRow link : repository.links(projectId)) {
            Integer id = ids.get(link.predecessorId());
            if (id == null) {
                continue;
            }
            predecessors
                    .computeIfAbsent(link.successorId(), k -> new ArrayList<>())
                    .add(predecessor(id, link, perDay));
        }
        Map<UUID, List<String>> assignees = new HashMap<>();
        for (AssignmentRow a : repository.assignments(projectId)) {
            assignees.computeIfAbsent(a.taskId(), k -> new ArrayList<>()).add(a.personName());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = CSVFormat.DEFAULT
                        .builder()
                        .setHeader(CSV_COLUMNS.toArray(String[]::new))
                        .get()
                        .print(writer)) {
            for (Outlined o : outline) {
                TaskRow t = o.task();
                int minutes = minutes(t.durationDays(), t.durationMinutes(), perDay);
                csv.printRecord(
                        o.id(),
                        o.wbs(),
                        o.level(),
                        t.title(),
                        duration(minutes, perDay),
                        minutes,
                        t.earlyStart() == null ? "" : t.earlyStart().toString(),
                        t.earlyFinish() == null ? "" : t.earlyFinish().toString(),
                        String.join(";", predecessors.getOrDefault(t.id(), List.of())),
                        String.join(";", assignees.getOrDefault(t.id(), List.of())),
                        t.constraintType().toUpperCase(Locale.ROOT),
                        date(t.constraintDate()),
                        date(t.deadline()),
                        t.percentComplete().stripTrailingZeros().toPlainString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code 3FS+2d}, {@code 5SS}, {@code 4FF-30m}: a link as MS Project writes it in the Predecessors column. */
    static String predecessor(int id, LinkRow link, int perDay) {
        String type = link.type().toUpperCase(Locale.ROOT);
        int lag = minutes(link.lagDays(), link.lagMinutes(), perDay);
        if (lag == 0) {
            return id + (type.equals("FS") ? "" : type);
        }
        return id + type + (lag > 0 ? "+" : "-") + duration(Math.abs(lag), perDay);
    }

    /** Whole days as {@code 2d}, otherwise minutes as {@code 30m} (nothing lost). */
    static String duration(int minutes, int perDay) {
        if (minutes % perDay == 0) {
            return minutes / perDay + "d";
        }
        return minutes + "m";
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static int minutes(BigDecimal days, Integer minutes, int perDay) {
        return minutes != null ? minutes : (int) Math.round(days.doubleValue() * perDay);
    }

    /** Depth-first WBS order; ids 1, 2, 3… in that order, as MS Project numbers rows. */
    static List<Outlined> outline(List<TaskRow> tasks) {
        Map<UUID, List<TaskRow>> children = new HashMap<>();
        List<TaskRow> roots = new ArrayList<>();
        for (TaskRow t : tasks) {
            if (t.parentId() == null) {
                roots.add(t);
            } else {
                children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Outlined> result = new ArrayList<>(tasks.size());
        walk(roots, "", 1, children, result);
        return result;
    }

    private static void walk(
            List<TaskRow> level, String prefix, int depth, Map<UUID, List<TaskRow>> children, List<Outlined> out) {
        int n = 0;
        for (TaskRow t : level) {
            String wbs = prefix + (++n);
            out.add(new Outlined(t, wbs, depth, out.size() + 1));
            walk(children.getOrDefault(t.id(), List.of()), wbs + ".", depth + 1, children, out);
        }
    }
}
