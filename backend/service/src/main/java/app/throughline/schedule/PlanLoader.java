package app.throughline.schedule;

import app.throughline.calendar.CalendarDefinition;
import app.throughline.calendar.CalendarService;
import app.throughline.schedule.engine.ConstraintType;
import app.throughline.schedule.engine.DependencyType;
import app.throughline.schedule.engine.Durations;
import app.throughline.schedule.engine.ScheduleInput;
import app.throughline.schedule.engine.ScheduleInputBuilder;
import app.throughline.schedule.engine.WorkCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a project's plan from the database into the engine's input: tasks and their hierarchy in
 * key order, the dependencies into the project's tasks, the project calendar. A predecessor in
 * another project enters as a pinned stand-in task at its own scheduled dates.
 */
@ApplicationScoped
public class PlanLoader {

    private final EntityManager entityManager;
    private final CalendarService calendars;

    PlanLoader(EntityManager entityManager, CalendarService calendars) {
        this.entityManager = entityManager;
        this.calendars = calendars;
    }

    /** Per-task facts the engine does not need but health and forecasts do. */
    public record TaskFacts(String status, double percentComplete, LocalDate actualFinish) {}

    /** The engine input with the maps back to database ids; stand-ins follow the project's own tasks. */
    public record Plan(
            UUID projectId,
            UUID workspaceId,
            WorkCalendar calendar,
            ScheduleInput input,
            List<UUID> taskIds,
            int ownTasks,
            UUID[] dependencyIds,
            Map<UUID, Integer> indexOf,
            List<TaskFacts> facts,
            LocalDate statusDate) {}

    /** The engine calendar of a project. */
    public WorkCalendar calendarOf(UUID projectId) {
        Object[] project = (Object[]) entityManager
                .createNativeQuery("SELECT workspace_id, start_date, calendar_id FROM projects WHERE id = :p")
                .setParameter("p", projectId)
                .getSingleResult();
        UUID workspaceId = (UUID) project[0];
        UUID calendarId = project[2] != null ? (UUID) project[2] : calendars.defaultCalendarFor(workspaceId);
        return WorkCalendars.of(calendars.definition(workspaceId, calendarId).orElseThrow(), toDate(project[1]));
    }

    public Plan load(UUID projectId) {
        Object[] project = (Object[]) entityManager
                .createNativeQuery(
                        "SELECT workspace_id, start_date, calendar_id, status_date FROM projects WHERE id = :p")
                .setParameter("p", projectId)
                .getSingleResult();
        UUID workspaceId = (UUID) project[0];
        LocalDate start = toDate(project[1]);
        UUID calendarId = project[2] != null ? (UUID) project[2] : calendars.defaultCalendarFor(workspaceId);
        LocalDate statusDate = toDate(project[3]);
        CalendarDefinition definition = calendars
                .definition(workspaceId, calendarId)
                .orElseThrow(() -> new IllegalStateException("Calendar " + calendarId + " is missing"));
        WorkCalendar calendar = WorkCalendars.of(definition, start);

        ScheduleInputBuilder builder = ScheduleInput.builder(start.atStartOfDay(), calendar);
        if (statusDate != null) {
            builder.statusDate(statusDate.plusDays(1).atStartOfDay());
        }
        List<UUID> taskIds = new ArrayList<>();
        List<TaskFacts> facts = new ArrayList<>();
        Map<UUID, Integer> indexOf = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                SELECT id, parent_id, duration_days, constraint_type, constraint_date, deadline, percent_complete,
                       actual_start, actual_finish, status
                FROM tasks WHERE project_id = :p ORDER BY number
                """)
                .setParameter("p", projectId)
                .getResultList();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            int index = builder.addTask(Durations.toMinutes(((BigDecimal) row[2]).doubleValue(), calendar));
            indexOf.put(id, index);
            taskIds.add(id);
        }
        for (Object[] row : rows) {
            int index = indexOf.get((UUID) row[0]);
            if (row[1] != null) {
                builder.parent(index, indexOf.get((UUID) row[1]));
            }
            ConstraintType constraint = ConstraintType.valueOf(((String) row[3]).toUpperCase(Locale.ROOT));
            if (constraint != ConstraintType.ASAP) {
                builder.constraint(index, constraint, toDate(row[4]));
            }
            if (row[5] != null) {
                builder.deadline(index, toDate(row[5]));
            }
            double percent = ((BigDecimal) row[6]).doubleValue();
            if (percent > 0) {
                builder.percentComplete(index, percent);
            }
            if (row[7] != null) {
                builder.actualStart(index, toDate(row[7]).atStartOfDay());
            }
            if (row[8] != null) {
                builder.actualFinish(index, toDate(row[8]).plusDays(1).atStartOfDay());
            }
            facts.add(new TaskFacts((String) row[9], percent, toDate(row[8])));
        }
        int ownTasks = taskIds.size();

        @SuppressWarnings("unchecked")
        List<Object[]> links = entityManager
                .createNativeQuery("""
                SELECT d.id, d.predecessor_id, d.successor_id, d.type, d.lag_days, ps.early_start, ps.early_finish
                FROM dependencies d JOIN tasks s ON s.id = d.successor_id
                LEFT JOIN tasks p ON p.id = d.predecessor_id
                LEFT JOIN task_schedules ps ON ps.task_id = d.predecessor_id AND p.project_id <> :p
                WHERE s.project_id = :p ORDER BY d.created_at, d.id
                """)
                .setParameter("p", projectId)
                .getResultList();
        List<UUID> dependencyIds = new ArrayList<>();
        for (Object[] link : links) {
            UUID predecessorId = (UUID) link[1];
            Integer predecessor = indexOf.get(predecessorId);
            if (predecessor == null) {
                if (link[5] == null) {
                    continue; // the other project has no schedule yet; it will push when it gets one
                }
                predecessor = standIn(builder, calendar, toDateTime(link[5]), toDateTime(link[6]));
                indexOf.put(predecessorId, predecessor);
                taskIds.add(predecessorId);
                facts.add(new TaskFacts("external", 0, null));
            }
            int dependency = builder.addDependency(
                    predecessor,
                    indexOf.get((UUID) link[2]),
                    DependencyType.valueOf(((String) link[3]).toUpperCase(Locale.ROOT)),
                    Durations.toMinutes(((BigDecimal) link[4]).doubleValue(), calendar));
            while (dependencyIds.size() < dependency) {
                dependencyIds.add(null);
            }
            dependencyIds.add((UUID) link[0]);
        }
        return new Plan(
                projectId,
                workspaceId,
                calendar,
                builder.build(),
                taskIds,
                ownTasks,
                dependencyIds.toArray(UUID[]::new),
                indexOf,
                facts,
                statusDate);
    }

    private static int standIn(
            ScheduleInputBuilder builder, WorkCalendar calendar, LocalDateTime start, LocalDateTime finish) {
        int task = builder.addTask(Math.max(0, calendar.workingMinutesBetween(start, finish)));
        builder.constraint(task, ConstraintType.MSO, start);
        return task;
    }

    static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        return ((java.sql.Date) value).toLocalDate();
    }

    static LocalDateTime toDateTime(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime time) {
            return time;
        }
        return ((Timestamp) value).toLocalDateTime();
    }
}
