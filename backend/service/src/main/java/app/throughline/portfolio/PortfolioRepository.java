package app.throughline.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Set-based reads for the portfolio: one query each for the projects with their stored schedules,
 * their progress and their milestones, whatever the number of projects. Plain JDBC into records,
 * like the capacity reads the portfolio is built with.
 */
@ApplicationScoped
class PortfolioRepository {

    /** A project with its stored schedule summary (null schedule fields until it was computed). */
    record ProjectRow(
            UUID id,
            String key,
            String name,
            String status,
            LocalDate startDate,
            LocalDate targetFinishDate,
            UUID calendarId,
            LocalDate statusDate,
            LocalDateTime start,
            LocalDateTime finish,
            String health) {}

    /** Duration-weighted progress sums over a project's leaf tasks that are not cancelled. */
    record Progress(UUID projectId, int tasks, double durationDays, double weightedPercent, double percentSum) {}

    /** One gate of a milestone (null task fields for a milestone without gates). */
    record MilestoneGateRow(
            UUID milestoneId,
            UUID projectId,
            String name,
            LocalDate dueDate,
            boolean committed,
            UUID taskId,
            LocalDateTime earlyFinish,
            boolean done) {}

    /** The project a task belongs to. */
    record TaskProject(UUID taskId, UUID projectId) {}

    private final EntityManager entityManager;

    PortfolioRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The workspace's projects by key, as the projects list sorts them. */
    List<ProjectRow> projects(UUID workspaceId) {
        return query(
                """
                SELECT p.id, p.key, p.name, p.status, p.start_date, p.target_finish_date, p.calendar_id, p.status_date,
                       ps.start, ps.finish, ps.health
                FROM projects p LEFT JOIN project_schedules ps ON ps.project_id = p.id
                WHERE p.workspace_id = ? ORDER BY p.key
                """,
                workspaceId,
                rs -> new ProjectRow(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, UUID.class),
                        rs.getObject(8, LocalDate.class),
                        rs.getObject(9, LocalDateTime.class),
                        rs.getObject(10, LocalDateTime.class),
                        rs.getString(11)));
    }

    /** Per project: leaf tasks that are not cancelled, their total duration and completion sums (a done task counts as 100). */
    List<Progress> progress(UUID workspaceId) {
        return query(
                """
                SELECT t.project_id, count(*), sum(t.duration_days), sum(t.duration_days * c.percent), sum(c.percent)
                FROM tasks t
                CROSS JOIN LATERAL (SELECT CASE WHEN t.status_category = 'done' THEN 100 ELSE t.percent_complete END AS percent) c
                WHERE t.workspace_id = ? AND t.status_category <> 'cancelled'
                  AND NOT EXISTS (SELECT 1 FROM tasks child WHERE child.parent_id = t.id)
                GROUP BY t.project_id
                """,
                workspaceId,
                rs -> new Progress(
                        rs.getObject(1, UUID.class), rs.getInt(2), decimal(rs, 3), decimal(rs, 4), decimal(rs, 5)));
    }

    /**
     * The workspace's milestones by project, due date and id, one row per gate with the gate's
     * stored early finish (null when it has no schedule yet) and whether it is done.
     */
    List<MilestoneGateRow> milestoneGates(UUID workspaceId) {
        return query(
                """
                SELECT m.id, m.project_id, m.name, m.due_date, m.committed, g.task_id, ts.early_finish,
                       coalesce(t.status_category = 'done' OR t.percent_complete >= 100, false)
                FROM milestones m
                LEFT JOIN milestone_gates g ON g.milestone_id = m.id
                LEFT JOIN tasks t ON t.id = g.task_id
                LEFT JOIN task_schedules ts ON ts.task_id = g.task_id
                WHERE m.workspace_id = ? ORDER BY m.project_id, m.due_date, m.id
                """,
                workspaceId,
                rs -> new MilestoneGateRow(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getBoolean(5),
                        rs.getObject(6, UUID.class),
                        rs.getObject(7, LocalDateTime.class),
                        rs.getBoolean(8)));
    }

    /** The project of each of the tasks. */
    List<TaskProject> projectsOfTasks(UUID workspaceId, List<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, project_id FROM tasks WHERE workspace_id = ? AND id = ANY (?)")) {
                statement.setObject(1, workspaceId);
                statement.setArray(2, connection.createArrayOf("uuid", taskIds.toArray(UUID[]::new)));
                return rows(statement, rs -> new TaskProject(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)));
            }
        });
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, UUID workspaceId, RowMapper<T> mapper) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, workspaceId);
                return rows(statement, mapper);
            }
        });
    }

    private static <T> List<T> rows(PreparedStatement statement, RowMapper<T> mapper) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        }
    }

    private static double decimal(ResultSet rs, int column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? 0 : value.doubleValue();
    }
}
