package app.throughline.importing;

import app.throughline.calendar.CalendarDtos.CalendarException;
import app.throughline.calendar.CalendarDtos.CreateCalendar;
import app.throughline.calendar.CalendarDtos.WorkWeek;
import app.throughline.calendar.CalendarDtos.WorkingTime;
import app.throughline.calendar.CalendarService;
import app.throughline.importing.PlanSchedule.CalendarShape;
import app.throughline.importing.PlanSchedule.DayException;
import app.throughline.planning.PlanChanged;
import app.throughline.schedule.engine.ConstraintType;
import app.throughline.workflow.StatusCategory;
import app.throughline.workflow.WorkflowDefinition;
import app.throughline.workflow.WorkflowDtos.WorkflowStatus;
import app.throughline.workflow.WorkflowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.hibernate.Session;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.Task;

/**
 * Writes a plan read by MPXJ as a new project of the workspace, in the caller's transaction:
 * calendars (week and exceptions), the task tree (durations in days of the project calendar,
 * constraints, deadlines, progress), links with lags, work resources as people, their
 * assignments with units, and the file's baseline. Nothing is written if anything fails.
 *
 * <p>What the data model keeps is coarser than the file: dates of constraints, deadlines and actuals
 * are days, durations and lags are days to 3 decimals, and tasks have no calendar of their own.
 */
@ApplicationScoped
class PlanWriter {

    private static final Map<ConstraintType, String> CONSTRAINTS = Map.of(
            ConstraintType.ASAP, "asap",
            ConstraintType.ALAP, "alap",
            ConstraintType.SNET, "snet",
            ConstraintType.SNLT, "snlt",
            ConstraintType.FNET, "fnet",
            ConstraintType.FNLT, "fnlt",
            ConstraintType.MSO, "mso",
            ConstraintType.MFO, "mfo");

    private static final int MAX_CALENDAR_EXCEPTIONS = 1000;

    private final EntityManager entityManager;
    private final CalendarService calendars;
    private final WorkflowService workflows;
    private final Event<PlanChanged> planChanged;

    PlanWriter(
            EntityManager entityManager,
            CalendarService calendars,
            WorkflowService workflows,
            Event<PlanChanged> planChanged) {
        this.entityManager = entityManager;
        this.calendars = calendars;
        this.workflows = workflows;
        this.planChanged = planChanged;
    }

    /** What the new project is called and who imports it. */
    record Target(UUID workspaceId, UUID userId, String name, String key) {}

    /** Writes the project; {@code progress} hears 0..100 as the rows go in. Returns the project's id. */
    UUID write(ProjectFile file, Target target, IntConsumer progress) {
        UUID ws = target.workspaceId();
        LocalDateTime start = PlanSchedule.projectStart(file);
        LocalDate from = start.toLocalDate().minusDays(PlanSchedule.CALENDAR_DAYS_BEFORE);
        LocalDate to = start.toLocalDate().plusYears(PlanSchedule.CALENDAR_YEARS_AFTER);
        String key = uniqueKey(ws, target.key() != null ? target.key() : keyFrom(target.name()));

        Map<ProjectCalendar, UUID> calendarIds = new IdentityHashMap<>();
        ProjectCalendar projectCalendar = file.getDefaultCalendar();
        int minutesPerDay = 480;
        UUID projectCalendarId = null;
        if (projectCalendar != null) {
            CalendarShape shape = PlanSchedule.shape(projectCalendar, from, to);
            minutesPerDay = shape.minutesPerDay();
            projectCalendarId = calendar(ws, key, shape);
            calendarIds.put(projectCalendar, projectCalendarId);
        }
        UUID defaultCalendar = projectCalendarId != null ? projectCalendarId : calendars.defaultCalendarFor(ws);

        UUID workflowId = workflows.defaultWorkflowFor(ws);
        WorkflowDefinition workflow = workflows.definition(workflowId);
        UUID projectId = UUID.randomUUID();
        LocalDateTime statusDate = file.getProjectProperties().getStatusDate();
        List<Task> tasks = PlanSchedule.tasks(file);
        exec(
                """
                INSERT INTO projects (id, workspace_id, key, name, status, start_date, calendar_id,
                                      status_date, workflow_id, next_task_number, created_by)
                VALUES (?, ?, ?, ?, 'planned', ?, ?, ?, ?, ?, ?)
                """,
                projectId,
                ws,
                key,
                clip(target.name(), 200),
                Date.valueOf(start.toLocalDate()),
                projectCalendarId,
                Date.valueOf((statusDate != null ? statusDate : start).toLocalDate()),
                workflowId,
                tasks.size(),
                target.userId());
        progress.accept(10);

        // tasks, parents before children
        Map<Integer, UUID> taskIds = new HashMap<>();
        for (Task t : tasks) {
            taskIds.put(t.getUniqueID(), UUID.randomUUID());
        }
        List<Task> ordered = new ArrayList<>(tasks);
        ordered.sort(java.util.Comparator.comparingInt(PlanWriter::depth));
        Map<UUID, Integer> positions = new HashMap<>();
        Map<Integer, Integer> numbers = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            numbers.put(tasks.get(i).getUniqueID(), i + 1);
        }
        WorkflowStatus todo = workflow.initialStatus();
        WorkflowStatus doing = first(workflow, StatusCategory.in_progress, todo);
        WorkflowStatus done = first(workflow, StatusCategory.done, todo);
        final int perDay = minutesPerDay;
        session().doWork(connection -> {
            try (PreparedStatement st = connection.prepareStatement("""
                    INSERT INTO tasks (id, workspace_id, project_id, parent_id, number, position, title, status,
                                       status_category, priority, duration_days, duration_minutes, constraint_type,
                                       constraint_date, deadline, percent_complete, actual_start, actual_finish,
                                       created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'medium', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)) {
                int batch = 0;
                for (Task t : ordered) {
                    Task parent = t.getParentTask();
                    UUID parentId = parent == null ? null : taskIds.get(parent.getUniqueID());
                    double percent = t.getPercentageComplete() == null
                            ? 0
                            : Math.max(
                                    0, Math.min(100, t.getPercentageComplete().doubleValue()));
                    WorkflowStatus status = t.getActualFinish() != null || percent >= 100
                            ? done
                            : t.getActualStart() != null || percent > 0 ? doing : todo;
                    int minutes = t.hasChildTasks()
                            ? 0
                            : t.getDuration() != null
                                            && t.getDuration().getUnits() != null
                                            && t.getDuration().getUnits().isElapsed()
                                    ? PlanSchedule.elapsedMinutes(t.getDuration())
                                    : PlanSchedule.minutes(t.getDuration(), file);
                    ConstraintType constraint = PlanSchedule.constraint(t.getConstraintType());
                    LocalDateTime constraintDate = t.getConstraintDate();
                    if (constraint.hasDate() && constraintDate == null) {
                        constraint = ConstraintType.ASAP;
                    }
                    int position = positions.merge(parentId == null ? projectId : parentId, 1, Integer::sum) - 1;
                    LocalDateTime actualStart = t.getActualStart();
                    LocalDateTime actualFinish = t.getActualFinish();
                    if (actualStart != null
                            && actualFinish != null
                            && actualFinish.toLocalDate().isBefore(actualStart.toLocalDate())) {
                        actualFinish = actualStart;
                    }
                    int k = 1;
                    st.setObject(k++, taskIds.get(t.getUniqueID()));
                    st.setObject(k++, ws);
                    st.setObject(k++, projectId);
                    st.setObject(k++, parentId);
                    st.setInt(k++, numbers.get(t.getUniqueID()));
                    st.setInt(k++, position);
                    st.setString(k++, clip(title(t), 500));
                    st.setString(k++, status.key());
                    st.setString(k++, status.category().name());
                    st.setBigDecimal(k++, days(minutes, perDay));
                    st.setInt(k++, Math.max(0, minutes));
                    st.setString(k++, CONSTRAINTS.get(constraint));
                    setDate(st, k++, constraint.hasDate() ? constraintDate : null);
                    setDate(st, k++, t.getDeadline());
                    st.setBigDecimal(k++, BigDecimal.valueOf(percent).setScale(2, RoundingMode.HALF_UP));
                    setDate(st, k++, actualStart);
                    setDate(st, k++, actualFinish);
                    st.setObject(k, target.userId());
                    st.addBatch();
                    if (++batch % 500 == 0) {
                        st.executeBatch();
                    }
                }
                st.executeBatch();
            }
        });
        progress.accept(50);

        // links; a second link between the same two tasks is dropped (the model keeps one per pair)
        Set<String> pairs = new HashSet<>();
        session().doWork(connection -> {
            try (PreparedStatement st = connection.prepareStatement("""
                    INSERT INTO dependencies (id, workspace_id, predecessor_id, successor_id, type, lag_days, lag_minutes,
                                              created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """)) {
                for (Task t : tasks) {
                    if (t.getPredecessors() == null) {
                        continue;
                    }
                    for (Relation r : t.getPredecessors()) {
                        UUID predecessor = taskIds.get(r.getPredecessorTask().getUniqueID());
                        UUID successor = taskIds.get(t.getUniqueID());
                        if (predecessor == null
                                || predecessor.equals(successor)
                                || !pairs.add(predecessor + ">" + successor)) {
                            continue;
                        }
                        st.setObject(1, UUID.randomUUID());
                        st.setObject(2, ws);
                        st.setObject(3, predecessor);
                        st.setObject(4, successor);
                        st.setString(5, PlanSchedule.dependencyType(r).name().toLowerCase(Locale.ROOT));
                        int lag = lagMinutes(r, file, perDay);
                        st.setBigDecimal(6, signedDays(lag, perDay));
                        st.setInt(7, lag);
                        st.setObject(8, target.userId());
                        st.addBatch();
                    }
                }
                st.executeBatch();
            }
        });
        progress.accept(65);

        // work resources become people; their assignments keep their units
        Map<Integer, UUID> people = new HashMap<>();
        for (Resource r : file.getResources()) {
            if (r.getUniqueID() == null || r.getNull() || r.getType() != ResourceType.WORK || blank(r.getName())) {
                continue;
            }
            UUID calendarId = defaultCalendar;
            ProjectCalendar own = r.getCalendar();
            if (own != null) {
                calendarId = calendarIds.computeIfAbsent(own, c -> calendar(ws, key, PlanSchedule.shape(c, from, to)));
            }
            double maxUnits = r.getMaxUnits() == null ? 1 : r.getMaxUnits().doubleValue() / 100.0;
            UUID personId = UUID.randomUUID();
            exec(
                    "INSERT INTO people (id, workspace_id, name, email, calendar_id, max_units) VALUES (?, ?, ?, ?, ?, ?)",
                    personId,
                    ws,
                    clip(r.getName().trim(), 200),
                    email(r.getEmailAddress()),
                    calendarId,
                    units(maxUnits, 2));
            people.put(r.getUniqueID(), personId);
        }
        Set<String> assigned = new HashSet<>();
        session().doWork(connection -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "INSERT INTO assignments (id, workspace_id, task_id, person_id, units) VALUES (?, ?, ?, ?, ?)")) {
                for (Task t : tasks) {
                    UUID taskId = taskIds.get(t.getUniqueID());
                    if (t.getResourceAssignments() == null || t.hasChildTasks()) {
                        continue;
                    }
                    for (ResourceAssignment a : t.getResourceAssignments()) {
                        UUID personId = a.getResource() == null
                                ? null
                                : people.get(a.getResource().getUniqueID());
                        if (personId == null || !assigned.add(taskId + ">" + personId)) {
                            continue;
                        }
                        double units = a.getUnits() == null ? 1 : a.getUnits().doubleValue() / 100.0;
                        st.setObject(1, UUID.randomUUID());
                        st.setObject(2, ws);
                        st.setObject(3, taskId);
                        st.setObject(4, personId);
                        st.setBigDecimal(5, units(units, 2));
                        st.addBatch();
                    }
                }
                st.executeBatch();
            }
        });
        progress.accept(75);

        baseline(file, tasks, taskIds, ws, projectId, target.userId(), perDay);
        progress.accept(80);
        planChanged.fire(new PlanChanged(projectId));
        progress.accept(90);
        return projectId;
    }

    private void baseline(
            ProjectFile file,
            List<Task> tasks,
            Map<Integer, UUID> taskIds,
            UUID ws,
            UUID projectId,
            UUID userId,
            int perDay) {
        boolean any = tasks.stream().anyMatch(t -> t.getBaselineStart() != null && t.getBaselineFinish() != null);
        if (!any) {
            return;
        }
        UUID baselineId = UUID.randomUUID();
        exec(
                "INSERT INTO baselines (id, workspace_id, project_id, name, created_by, created_at) "
                        + "VALUES (?, ?, ?, 'Baseline from the imported file', ?, clock_timestamp())",
                baselineId,
                ws,
                projectId,
                userId);
        session().doWork(connection -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "INSERT INTO baseline_tasks (baseline_id, task_id, start, finish, duration_days) VALUES (?, ?, ?, ?, ?)")) {
                for (Task t : tasks) {
                    if (t.getBaselineStart() == null || t.getBaselineFinish() == null) {
                        continue;
                    }
                    st.setObject(1, baselineId);
                    st.setObject(2, taskIds.get(t.getUniqueID()));
                    st.setTimestamp(3, Timestamp.valueOf(t.getBaselineStart()));
                    st.setTimestamp(4, Timestamp.valueOf(t.getBaselineFinish()));
                    st.setBigDecimal(5, days(PlanSchedule.minutes(t.getBaselineDuration(), file), perDay));
                    st.addBatch();
                }
                st.executeBatch();
            }
        });
    }

    /** Creates a workspace calendar named after the file's, with the project key to keep names unique. */
    private UUID calendar(UUID ws, String key, CalendarShape shape) {
        Map<DayOfWeek, List<WorkingTime>> week = new HashMap<>();
        shape.week().forEach((day, hours) -> week.put(day, workingTimes(hours)));
        List<CalendarException> exceptions = new ArrayList<>();
        for (DayException e : shape.exceptions()) {
            if (exceptions.size() == MAX_CALENDAR_EXCEPTIONS) {
                break;
            }
            exceptions.add(new CalendarException(
                    e.from(), e.to(), e.hours().length == 0 ? "Non-working" : "Other hours", workingTimes(e.hours())));
        }
        String base = clip(shape.name(), 180) + " (" + key + ")";
        String name = base;
        for (int n = 2; nameTaken(ws, name); n++) {
            name = base + " " + n;
        }
        UUID id = calendars.create(
                        ws,
                        new CreateCalendar(
                                name,
                                new WorkWeek(
                                        week.get(DayOfWeek.MONDAY),
                                        week.get(DayOfWeek.TUESDAY),
                                        week.get(DayOfWeek.WEDNESDAY),
                                        week.get(DayOfWeek.THURSDAY),
                                        week.get(DayOfWeek.FRIDAY),
                                        week.get(DayOfWeek.SATURDAY),
                                        week.get(DayOfWeek.SUNDAY)),
                                exceptions),
                        false)
                .id;
        entityManager.flush(); // the rows written with JDBC next refer to it
        return id;
    }

    private boolean nameTaken(UUID ws, String name) {
        return ((Number) entityManager
                                .createNativeQuery(
                                        "SELECT count(*) FROM calendars WHERE workspace_id = :ws AND lower(name) = lower(:n)")
                                .setParameter("ws", ws)
                                .setParameter("n", name)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    private static List<WorkingTime> workingTimes(LocalTime[] hours) {
        List<WorkingTime> times = new ArrayList<>();
        for (int k = 0; k + 1 < hours.length; k += 2) {
            String end = hours[k + 1].equals(LocalTime.MIDNIGHT) ? "24:00" : hhmm(hours[k + 1]);
            times.add(new WorkingTime(hhmm(hours[k]), end));
        }
        return times;
    }

    private static String hhmm(LocalTime t) {
        return String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }

    /** A free project key: the requested one, else with a number appended. */
    private String uniqueKey(UUID ws, String wanted) {
        String key = wanted;
        for (int n = 2; keyTaken(ws, key); n++) {
            String suffix = String.valueOf(n);
            key = wanted.substring(0, Math.min(wanted.length(), 10 - suffix.length())) + suffix;
        }
        return key;
    }

    private boolean keyTaken(UUID ws, String key) {
        return ((Number) entityManager
                                .createNativeQuery(
                                        "SELECT count(*) FROM projects WHERE workspace_id = :ws AND key = :k")
                                .setParameter("ws", ws)
                                .setParameter("k", key)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /** A project key from a name: its capital letters and digits, 2 to 6 of them, starting with a letter. */
    static String keyFrom(String name) {
        StringBuilder key = new StringBuilder();
        for (char c : name.toUpperCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9' && !key.isEmpty())) {
                key.append(c);
            }
            if (key.length() == 6) {
                break;
            }
        }
        while (key.length() < 2) {
            key.append(key.isEmpty() ? "IM" : "P");
        }
        return key.toString();
    }

    private static int lagMinutes(Relation r, ProjectFile file, int perDay) {
        org.mpxj.Duration lag = r.getLag();
        if (lag == null || lag.getDuration() == 0) {
            return 0;
        }
        if (lag.getUnits() == org.mpxj.TimeUnit.PERCENT || lag.getUnits() == org.mpxj.TimeUnit.ELAPSED_PERCENT) {
            Task predecessor = r.getPredecessorTask();
            int minutes =
                    (int) Math.round(lag.getDuration() / 100.0 * PlanSchedule.minutes(predecessor.getDuration(), file));
            return minutes;
        }
        if (lag.getUnits() != null && lag.getUnits().isElapsed()) {
            return (int) Math.round(PlanSchedule.elapsedSigned(lag) * perDay / 1440.0);
        }
        double minutes = lag.convertUnits(org.mpxj.TimeUnit.MINUTES, file.getProjectProperties())
                .getDuration();
        return (int) Math.round(minutes);
    }

    private static BigDecimal signedDays(int minutes, int perDay) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(perDay), 3, RoundingMode.HALF_UP);
    }

    private static BigDecimal days(int minutes, int perDay) {
        return signedDays(Math.max(0, minutes), perDay);
    }

    private static BigDecimal units(double units, int scale) {
        double bounded = Math.max(0.01, Math.min(10, units));
        return BigDecimal.valueOf(bounded).setScale(scale, RoundingMode.HALF_UP);
    }

    private static WorkflowStatus first(WorkflowDefinition workflow, StatusCategory category, WorkflowStatus fallback) {
        return workflow.statuses().stream()
                .filter(s -> s.category() == category)
                .findFirst()
                .orElse(fallback);
    }

    private static int depth(Task t) {
        int depth = 0;
        for (Task p = t.getParentTask(); p != null && depth < 10_000; p = p.getParentTask()) {
            depth++;
        }
        return depth;
    }

    private static String title(Task t) {
        return blank(t.getName()) ? "Task " + t.getUniqueID() : t.getName().trim();
    }

    private static String email(String address) {
        if (address == null) {
            return null;
        }
        String trimmed = address.trim();
        return trimmed.length() <= 320 && trimmed.matches("[^@\\s]+@[^@\\s]+") ? trimmed : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static void setDate(PreparedStatement st, int index, LocalDateTime t) throws java.sql.SQLException {
        if (t == null) {
            st.setNull(index, Types.DATE);
        } else {
            st.setDate(index, Date.valueOf(t.toLocalDate()));
        }
    }

    /** Runs one statement with JDBC parameters (a null is bound untyped, so the column decides). */
    private void exec(String sql, Object... parameters) {
        session().doWork(connection -> {
            try (PreparedStatement st = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i] == null) {
                        st.setNull(i + 1, Types.OTHER);
                    } else {
                        st.setObject(i + 1, parameters[i]);
                    }
                }
                st.executeUpdate();
            }
        });
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
