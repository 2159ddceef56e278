package app.throughline.storedschedule;

import app.throughline.platform.ScalarQueries;
import app.throughline.platform.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * The read side of the stored schedule: what every task and project view shows of the last
 * computation, without depending on how it is computed.
 */
@ApplicationScoped
public class StoredSchedules {

    public static final String COLUMNS =
            "task_id, early_start, early_finish, late_start, late_finish, total_float_minutes, "
                    + "free_float_minutes, critical, driver_kind, driver_dependency_id, driver_summary_id, constraint_conflict, "
                    + "baseline_start, baseline_finish, start_variance_minutes, finish_variance_minutes, leveling_delay_minutes";

    private record ProjectMinutes(UUID projectId, int minutesPerDay) {}

    private record ProjectHealth(UUID projectId, String health) {}

    private final EntityManager entityManager;

    private final Today today;

    StoredSchedules(EntityManager entityManager, Today today) {
        this.entityManager = entityManager;
        this.today = today;
    }

    public List<ScheduleRow> readProject(UUID projectId) {
        return read("SELECT " + COLUMNS + " FROM task_schedules WHERE project_id = ?", projectId);
    }

    public Map<UUID, ScheduleRow> readTasks(Collection<UUID> taskIds) {
        Map<UUID, ScheduleRow> rows = new HashMap<>();
        if (taskIds.isEmpty()) {
            return rows;
        }
        for (ScheduleRow row : read(
                "SELECT " + COLUMNS + " FROM task_schedules WHERE task_id = ANY (?)", taskIds.toArray(UUID[]::new))) {
            rows.put(row.taskId(), row);
        }
        return rows;
    }

    /** The day the project's last computed schedule finishes, or null when it has none. */
    public LocalDate finishOf(UUID projectId) {
        return ScalarQueries.of(
                        entityManager,
                        "SELECT CAST(finish AS date) FROM project_schedules WHERE project_id = :p AND finish IS NOT NULL",
                        "finish",
                        LocalDate.class)
                .setParameter("p", projectId)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** Minutes per working day of each project's calendar, as of its last computation. */
    public Map<UUID, Integer> minutesPerDay(Collection<UUID> projectIds) {
        Map<UUID, Integer> result = new HashMap<>();
        if (projectIds.isEmpty()) {
            return result;
        }
        entityManager
                .unwrap(Session.class)
                .createNativeQuery(
                        "SELECT project_id, minutes_per_day FROM project_schedules WHERE project_id IN (:ids)",
                        ProjectMinutes.class)
                .setParameter("ids", projectIds)
                .getResultList()
                .forEach(r -> result.put(r.projectId(), r.minutesPerDay()));
        return result;
    }

    /**
     * Health of each project (on_track, at_risk, off_track): the one stored at the last recompute,
     * except that a milestone whose due date has passed unachieved since then makes it off track.
     * Only that part of health changes by days passing (at risk depends on forecasts, which do not),
     * so one query keeps a project that nobody edits from staying "on track" past a missed date.
     */
    public Map<UUID, String> healthOf(Collection<UUID> projectIds) {
        Map<UUID, String> health = new HashMap<>();
        if (projectIds.isEmpty()) {
            return health;
        }
        entityManager
                .unwrap(Session.class)
                .createNativeQuery(
                        "SELECT project_id, health FROM project_schedules WHERE project_id IN (:ids)",
                        ProjectHealth.class)
                .setParameter("ids", projectIds)
                .getResultList()
                .forEach(r -> health.put(r.projectId(), r.health()));
        @SuppressWarnings("unchecked")
        List<UUID> missed = entityManager
                .createNativeQuery("""
                SELECT DISTINCT m.project_id FROM milestones m JOIN projects p ON p.id = m.project_id
                WHERE m.project_id IN (:ids) AND m.due_date < COALESCE(p.status_date, CAST(:today AS date))
                  AND NOT (EXISTS (SELECT 1 FROM milestone_gates g WHERE g.milestone_id = m.id)
                           AND NOT EXISTS (SELECT 1 FROM milestone_gates g JOIN tasks t ON t.id = g.task_id
                                           WHERE g.milestone_id = m.id AND NOT (t.status_category = 'done' OR t.percent_complete >= 100)))
                """, UUID.class)
                .setParameter("ids", projectIds)
                .setParameter("today", today.date().toString())
                .getResultList();
        missed.stream().filter(health::containsKey).forEach(project -> health.put(project, "off_track"));
        return health;
    }

    private List<ScheduleRow> read(String sql, Object parameter) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (parameter instanceof UUID[] ids) {
                    select.setArray(1, connection.createArrayOf("uuid", ids));
                } else {
                    select.setObject(1, parameter);
                }
                try (ResultSet rs = select.executeQuery()) {
                    List<ScheduleRow> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(new ScheduleRow(
                                rs.getObject("task_id", UUID.class),
                                time(rs, "early_start"),
                                time(rs, "early_finish"),
                                time(rs, "late_start"),
                                time(rs, "late_finish"),
                                rs.getInt("total_float_minutes"),
                                rs.getInt("free_float_minutes"),
                                rs.getBoolean("critical"),
                                rs.getString("driver_kind"),
                                rs.getObject("driver_dependency_id", UUID.class),
                                rs.getObject("driver_summary_id", UUID.class),
                                rs.getBoolean("constraint_conflict"),
                                time(rs, "baseline_start"),
                                time(rs, "baseline_finish"),
                                integer(rs, "start_variance_minutes"),
                                integer(rs, "finish_variance_minutes"),
                                rs.getInt("leveling_delay_minutes")));
                    }
                    return rows;
                }
            }
        });
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
