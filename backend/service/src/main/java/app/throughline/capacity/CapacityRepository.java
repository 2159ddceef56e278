package app.throughline.capacity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Set-based reads for capacity features (workload, levelling): a handful of queries per request,
 * whatever the number of people, tasks or days. Plain JDBC into records: these reads run on every
 * workload, portfolio and levelling request, over up to every assignment of the workspace.
 */
@ApplicationScoped
public class CapacityRepository {

    /** A person as capacity sees them. */
    public record PersonRow(UUID id, String name, UUID teamId, UUID calendarId, double maxUnits) {}

    /** Days off of a person, inclusive. */
    public record TimeOffRow(UUID personId, LocalDate startDate, LocalDate endDate) {}

    /**
     * One assignment with its task's scheduled working time; for progress, the task's % complete,
     * its work in minutes (duration × the project's minutes per day) and the project's fixed status
     * date (null: the status date rolls with today).
     */
    public record AssignmentLoad(
            UUID personId,
            UUID taskId,
            UUID projectId,
            double units,
            LocalDateTime earlyStart,
            LocalDateTime earlyFinish,
            double percentComplete,
            double workMinutes,
            LocalDate statusDate) {

        public AssignmentLoad withRemaining(LocalDateTime from, double remainingUnits) {
            return new AssignmentLoad(
                    personId,
                    taskId,
                    projectId,
                    remainingUnits,
                    from,
                    earlyFinish,
                    percentComplete,
                    workMinutes,
                    statusDate);
        }
    }

    private record ProjectCalendar(UUID projectId, UUID calendarId) {}

    private final EntityManager entityManager;

    CapacityRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    private static final String PERSON_COLUMNS = "SELECT id, name, team_id, calendar_id, max_units FROM people";

    private static PersonRow personRow(ResultSet rs) throws SQLException {
        return new PersonRow(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class),
                rs.getBigDecimal(5).doubleValue());
    }

    /** People of the workspace by name, optionally one team or one person. */
    public List<PersonRow> people(UUID workspaceId, UUID teamId, UUID personId) {
        StringBuilder sql = new StringBuilder(PERSON_COLUMNS + " WHERE workspace_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(workspaceId));
        if (teamId != null) {
            sql.append(" AND team_id = ?");
            parameters.add(teamId);
        }
        if (personId != null) {
            sql.append(" AND id = ?");
            parameters.add(personId);
        }
        sql.append(" ORDER BY lower(name), id");
        return query(sql.toString(), parameters, CapacityRepository::personRow);
    }

    /** These people of the workspace, by name. */
    public List<PersonRow> people(UUID workspaceId, Collection<UUID> personIds) {
        return query(
                PERSON_COLUMNS + " WHERE workspace_id = ? AND id = ANY (?) ORDER BY lower(name), id",
                List.of(workspaceId, personIds.toArray(UUID[]::new)),
                CapacityRepository::personRow);
    }

    public boolean teamExists(UUID workspaceId, UUID teamId) {
        return !query(
                        "SELECT id FROM teams WHERE workspace_id = ? AND id = ?",
                        List.of(workspaceId, teamId),
                        rs -> rs.getObject(1, UUID.class))
                .isEmpty();
    }

    /** Time off of the workspace's people that touches {@code [from, to]}. */
    public List<TimeOffRow> timeOff(UUID workspaceId, LocalDate from, LocalDate to) {
        return query(
                "SELECT person_id, start_date, end_date FROM time_off WHERE workspace_id = ? AND end_date >= ? AND start_date <= ?",
                List.of(workspaceId, Date.valueOf(from), Date.valueOf(to)),
                rs -> new TimeOffRow(
                        rs.getObject(1, UUID.class),
                        rs.getDate(2).toLocalDate(),
                        rs.getDate(3).toLocalDate()));
    }

    /**
     * Assignments on open, scheduled leaf tasks with working time in {@code [from, to]}, in projects
     * that are not cancelled; {@code projectIds} null for all projects of the workspace.
     */
    public List<AssignmentLoad> assignments(
            UUID workspaceId, LocalDate from, LocalDate to, List<UUID> projectIds, boolean excludeProjects) {
        return assignments(workspaceId, from, to, projectIds, excludeProjects, null);
    }

    /** The same, only of {@code personIds} when not null. */
    public List<AssignmentLoad> assignments(
            UUID workspaceId,
            LocalDate from,
            LocalDate to,
            List<UUID> projectIds,
            boolean excludeProjects,
            Collection<UUID> personIds) {
        String sql = """
                SELECT a.person_id, a.task_id, t.project_id, a.units, ts.early_start, ts.early_finish,
                       t.percent_complete, t.duration_days * coalesce(ps.minutes_per_day, 480), p.status_date
                FROM assignments a
                JOIN tasks t ON t.id = a.task_id
                JOIN projects p ON p.id = t.project_id
                JOIN task_schedules ts ON ts.task_id = a.task_id
                LEFT JOIN project_schedules ps ON ps.project_id = t.project_id
                WHERE a.workspace_id = ? AND p.status <> 'cancelled'
                  -- finished or dropped work is no longer demand on anyone
                  AND t.status_category NOT IN ('done', 'cancelled') AND t.percent_complete < 100
                  AND ts.early_finish > ts.early_start AND ts.early_finish > ? AND ts.early_start < ?
                  AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = a.task_id)
                """;
        List<Object> parameters = new ArrayList<>(List.of(
                workspaceId,
                Timestamp.valueOf(from.atStartOfDay()),
                Timestamp.valueOf(to.plusDays(1).atStartOfDay())));
        if (projectIds != null) {
            sql += excludeProjects ? " AND NOT (t.project_id = ANY (?))" : " AND t.project_id = ANY (?)";
            parameters.add(projectIds.toArray(UUID[]::new));
        }
        if (personIds != null) {
            sql += " AND a.person_id = ANY (?)";
            parameters.add(personIds.toArray(UUID[]::new));
        }
        return query(
                sql,
                parameters,
                rs -> new AssignmentLoad(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getBigDecimal(4).doubleValue(),
                        // read as LocalDateTime directly: getTimestamp goes through a Calendar per value
                        rs.getObject(5, LocalDateTime.class),
                        rs.getObject(6, LocalDateTime.class),
                        rs.getBigDecimal(7).doubleValue(),
                        rs.getBigDecimal(8).doubleValue(),
                        rs.getObject(9, LocalDate.class)));
    }

    /**
     * Every assignment of a leaf task of a live project with time in [from, to], finished work
     * included, for utilisation over past periods: a task done with its actual dates spans them
     * (from the start of its first day to the end of its last), any other task its scheduled span;
     * the whole work counts, not the work left (percent complete is given as 0).
     */
    public List<AssignmentLoad> assignmentsAsWorked(UUID workspaceId, LocalDate from, LocalDate to) {
        String sql = """
                SELECT a.person_id, a.task_id, t.project_id, a.units, span.start, span.finish,
                       0, t.duration_days * coalesce(ps.minutes_per_day, 480), p.status_date
                FROM assignments a
                JOIN tasks t ON t.id = a.task_id
                JOIN projects p ON p.id = t.project_id
                LEFT JOIN task_schedules ts ON ts.task_id = a.task_id
                LEFT JOIN project_schedules ps ON ps.project_id = t.project_id
                CROSS JOIN LATERAL (
                    SELECT CASE WHEN worked THEN CAST(t.actual_start AS timestamp) ELSE ts.early_start END AS start,
                           CASE WHEN worked THEN CAST(t.actual_finish + 1 AS timestamp) ELSE ts.early_finish END AS finish
                    FROM (SELECT t.status_category = 'done' AND t.actual_start IS NOT NULL
                                 AND t.actual_finish >= t.actual_start AS worked) w
                ) span
                WHERE a.workspace_id = ? AND p.status <> 'cancelled' AND t.status_category <> 'cancelled'
                  AND span.finish > span.start AND span.finish > ? AND span.start < ?
                  AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = a.task_id)
                """;
        return query(
                sql,
                List.of(
                        workspaceId,
                        Timestamp.valueOf(from.atStartOfDay()),
                        Timestamp.valueOf(to.plusDays(1).atStartOfDay())),
                rs -> new AssignmentLoad(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getBigDecimal(4).doubleValue(),
                        rs.getObject(5, LocalDateTime.class),
                        rs.getObject(6, LocalDateTime.class),
                        rs.getBigDecimal(7).doubleValue(),
                        rs.getBigDecimal(8).doubleValue(),
                        rs.getObject(9, LocalDate.class)));
    }

    /** The calendar of each project of the workspace that has its own (the others use the default). */
    public Map<UUID, UUID> projectCalendars(UUID workspaceId) {
        Map<UUID, UUID> projectCalendar = new HashMap<>();
        for (ProjectCalendar row : query(
                "SELECT id, calendar_id FROM projects WHERE workspace_id = ? AND calendar_id IS NOT NULL",
                List.of(workspaceId),
                rs -> new ProjectCalendar(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))) {
            projectCalendar.put(row.projectId(), row.calendarId());
        }
        return projectCalendar;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> parameters, RowMapper<T> mapper) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    Object value = parameters.get(i);
                    if (value instanceof UUID[] ids) {
                        statement.setArray(i + 1, connection.createArrayOf("uuid", ids));
                    } else {
                        statement.setObject(i + 1, value);
                    }
                }
                try (ResultSet rs = statement.executeQuery()) {
                    List<T> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(mapper.map(rs));
                    }
                    return rows;
                }
            }
        });
    }
}
