package app.throughline.report;

import app.throughline.api.Cursor;
import app.throughline.report.ReportFacts.CriticalTask;
import app.throughline.report.ReportFacts.DueFact;
import app.throughline.report.ReportFacts.SlipFact;
import app.throughline.report.ReportFacts.TaskFact;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Status reports, and the set-based reads their facts are generated from: one query per section,
 * over the move history, the stored schedule and the baselines.
 */
@ApplicationScoped
public class StatusReportRepository implements PanacheRepositoryBase<StatusReport, UUID> {

    /** The project's schedule summary and its baselines' finishes (null until computed or baselined). */
    record FinishRow(
            LocalDateTime forecastFinish,
            int minutesPerDay,
            String health,
            LocalDateTime firstBaselineFinish,
            LocalDateTime latestBaselineFinish) {}

    /** A project of the workspace. */
    record ProjectRow(UUID id, String key, String name, String status) {}

    /** A milestone's owner name. */
    record PersonName(UUID id, String name) {}

    // statuses of the project's workflow with their categories, so moves can be read by category
    private static final String CATEGORIES = """
            cats AS (
                SELECT s->>'key' AS key, s->>'category' AS category
                FROM projects p JOIN workflows w ON w.id = p.workflow_id
                CROSS JOIN LATERAL jsonb_array_elements(w.statuses) s
                WHERE p.id = ?
            )
            """;

    /** The project's reports, newest first. */
    public List<StatusReport> pageOfProject(UUID projectId, Cursor after, int limitPlusOne) {
        if (after == null) {
            return find("projectId = :p order by createdAt desc, id desc", Parameters.with("p", projectId))
                    .page(0, limitPlusOne)
                    .list();
        }
        return find(
                        "projectId = :p and (createdAt < :c or (createdAt = :c and id < :id))"
                                + " order by createdAt desc, id desc",
                        Parameters.with("p", projectId)
                                .and("c", after.instant(0))
                                .and("id", after.uuid(1)))
                .page(0, limitPlusOne)
                .list();
    }

    /** Published reports of the project, oldest first (to say what changed between neighbours). */
    public List<StatusReport> publishedOfProject(UUID projectId) {
        return find(
                        "projectId = :p and state = :s order by publishedAt, id",
                        Parameters.with("p", projectId).and("s", StatusReport.PUBLISHED))
                .list();
    }

    /** The latest published report of the project, if any. */
    public Optional<StatusReport> latestPublished(UUID projectId) {
        return find(
                        "projectId = :p and state = :s order by publishedAt desc, id desc",
                        Parameters.with("p", projectId).and("s", StatusReport.PUBLISHED))
                .firstResultOptional();
    }

    /** Published reports of the workspace whose period ends in [from, to], latest per project first. */
    public List<StatusReport> publishedOfWorkspace(UUID workspaceId, LocalDate from, LocalDate to) {
        return find(
                        "workspaceId = :w and state = :s and periodEnd >= :f and periodEnd <= :t"
                                + " order by projectId, publishedAt desc, id desc",
                        Parameters.with("w", workspaceId)
                                .and("s", StatusReport.PUBLISHED)
                                .and("f", from)
                                .and("t", to))
                .list();
    }

    public Optional<StatusReport> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The workspace's projects by key. */
    List<ProjectRow> projectsOfWorkspace(UUID workspaceId) {
        return query(
                "SELECT id, key, name, status FROM projects WHERE workspace_id = ? ORDER BY key",
                List.of(workspaceId),
                rs -> new ProjectRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** Tasks finished in [from, to]: the actual finish, else the day of the last move to a done status. */
    List<TaskFact> completed(UUID projectId, LocalDate from, LocalDate to, String zone) {
        return query(
                "WITH " + CATEGORIES + """
                        , moved AS (
                            SELECT tt.task_id, max(CAST(tt.at AT TIME ZONE ? AS date)) AS on_day
                            FROM task_transitions tt JOIN cats c ON c.key = tt.to_status AND c.category = 'done'
                            WHERE tt.project_id = ? GROUP BY tt.task_id
                        )
                        SELECT t.id, p.key || '-' || t.number, t.title, coalesce(t.actual_finish, m.on_day) AS on_day
                        FROM tasks t JOIN projects p ON p.id = t.project_id
                        LEFT JOIN moved m ON m.task_id = t.id
                        WHERE t.project_id = ? AND t.status_category = 'done'
                          AND coalesce(t.actual_finish, m.on_day) BETWEEN ? AND ?
                          AND NOT EXISTS (SELECT 1 FROM tasks child WHERE child.parent_id = t.id)
                        ORDER BY on_day, t.number
                        """,
                List.of(projectId, zone, projectId, projectId, from, to),
                StatusReportRepository::taskFact);
    }

    /** Tasks started in [from, to]: the actual start, else the day of the first move out of to-do. */
    List<TaskFact> started(UUID projectId, LocalDate from, LocalDate to, String zone) {
        return query(
                "WITH " + CATEGORIES + """
                        , moved AS (
                            SELECT tt.task_id, min(CAST(tt.at AT TIME ZONE ? AS date)) AS on_day
                            FROM task_transitions tt
                            JOIN cats c ON c.key = tt.to_status AND c.category IN ('in_progress', 'review', 'done')
                            WHERE tt.project_id = ? GROUP BY tt.task_id
                        )
                        SELECT t.id, p.key || '-' || t.number, t.title, coalesce(t.actual_start, m.on_day) AS on_day
                        FROM tasks t JOIN projects p ON p.id = t.project_id
                        LEFT JOIN moved m ON m.task_id = t.id
                        WHERE t.project_id = ? AND t.status_category <> 'cancelled'
                          AND coalesce(t.actual_start, m.on_day) BETWEEN ? AND ?
                          AND NOT EXISTS (SELECT 1 FROM tasks child WHERE child.parent_id = t.id)
                        ORDER BY on_day, t.number
                        """,
                List.of(projectId, zone, projectId, projectId, from, to),
                StatusReportRepository::taskFact);
    }

    /** Unfinished leaf tasks forecast later than their latest-baseline finish, most slipped first. */
    List<SlipFact> slipped(UUID projectId, int limit) {
        return query(
                """
                SELECT t.id, p.key || '-' || t.number, t.title, CAST(ts.baseline_finish AS date),
                       CAST(ts.early_finish AS date),
                       round(CAST(ts.finish_variance_minutes AS numeric) / greatest(ps.minutes_per_day, 1), 2)
                FROM tasks t JOIN projects p ON p.id = t.project_id
                JOIN task_schedules ts ON ts.task_id = t.id
                JOIN project_schedules ps ON ps.project_id = t.project_id
                -- the project on the schedule rows too: else the planner reads every task of the workspace
                WHERE t.project_id = ? AND ts.project_id = t.project_id
                  AND t.status_category NOT IN ('done', 'cancelled')
                  AND ts.finish_variance_minutes > 0
                  AND NOT EXISTS (SELECT 1 FROM tasks child WHERE child.parent_id = t.id)
                ORDER BY ts.finish_variance_minutes DESC, t.number
                LIMIT ?
                """,
                List.of(projectId, limit),
                rs -> new SlipFact(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getBigDecimal(6).doubleValue()));
    }

    /** Unfinished leaf tasks the stored schedule marks critical, by number. */
    List<CriticalTask> critical(UUID projectId) {
        return query(
                """
                SELECT t.id, p.key || '-' || t.number, t.title
                FROM tasks t JOIN projects p ON p.id = t.project_id
                JOIN task_schedules ts ON ts.task_id = t.id
                WHERE t.project_id = ? AND ts.project_id = t.project_id AND ts.critical
                  AND t.status_category NOT IN ('done', 'cancelled')
                  AND NOT EXISTS (SELECT 1 FROM tasks child WHERE child.parent_id = t.id)
                ORDER BY t.number
                """,
                List.of(projectId),
                rs -> new CriticalTask(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
    }

    /** Those of {@code taskIds} that are finished (done), so leaving the critical path is no news. */
    List<UUID> finished(Collection<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return query(
                "SELECT id FROM tasks WHERE id = ANY (?) AND status_category = 'done'",
                List.of((Object) taskIds.toArray(UUID[]::new)),
                rs -> rs.getObject(1, UUID.class));
    }

    /** Whether the project has a baseline at all. */
    boolean hasBaseline(UUID projectId) {
        return !query("SELECT 1 FROM baselines WHERE project_id = ? LIMIT 1", List.of(projectId), rs -> 1)
                .isEmpty();
    }

    /** Unfinished leaf tasks with a deadline or forecast finish in [from, to], and open milestones due then. */
    List<DueFact> dueSoon(UUID projectId, LocalDate from, LocalDate to, int limit) {
        return query(
                """
                SELECT kind, id, key, title, due FROM (
                    SELECT 'task' AS kind, t.id, p.key || '-' || t.number AS key, t.title,
                           coalesce(t.deadline, CAST(ts.early_finish AS date)) AS due, t.number AS n
                    FROM tasks t JOIN projects p ON p.id = t.project_id
                    LEFT JOIN task_schedules ts ON ts.task_id = t.id
                    WHERE t.project_id = ? AND t.status_category NOT IN ('done', 'cancelled')
                      AND NOT EXISTS (SELECT 1 FROM tasks child WHERE child.parent_id = t.id)
                      AND coalesce(t.deadline, CAST(ts.early_finish AS date)) BETWEEN ? AND ?
                    UNION ALL
                    SELECT 'milestone', m.id, NULL, m.name, m.due_date, 0
                    FROM milestones m
                    WHERE m.project_id = ? AND m.due_date BETWEEN ? AND ?
                      AND EXISTS (
                          SELECT 1 FROM milestone_gates g JOIN tasks gt ON gt.id = g.task_id
                          WHERE g.milestone_id = m.id AND gt.status_category NOT IN ('done', 'cancelled'))
                ) due ORDER BY due, kind, n, title LIMIT ?
                """,
                List.of(projectId, from, to, projectId, from, to, limit),
                rs -> new DueFact(
                        rs.getString(1),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)));
    }

    /** The stored schedule's finish and health with the first and latest baseline's finish. */
    FinishRow finish(UUID projectId) {
        List<FinishRow> rows = query(
                """
                WITH b AS (
                    SELECT b.id, row_number() OVER (ORDER BY b.created_at, b.id) AS first_rank,
                           row_number() OVER (ORDER BY b.created_at DESC, b.id DESC) AS last_rank
                    FROM baselines b WHERE b.project_id = ?
                )
                SELECT ps.finish, coalesce(ps.minutes_per_day, 480), ps.health,
                       (SELECT max(bt.finish) FROM baseline_tasks bt JOIN b ON b.id = bt.baseline_id WHERE b.first_rank = 1),
                       (SELECT max(bt.finish) FROM baseline_tasks bt JOIN b ON b.id = bt.baseline_id WHERE b.last_rank = 1)
                FROM (SELECT 1) one LEFT JOIN project_schedules ps ON ps.project_id = ?
                """,
                List.of(projectId, projectId),
                rs -> new FinishRow(
                        rs.getObject(1, LocalDateTime.class),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDateTime.class),
                        rs.getObject(5, LocalDateTime.class)));
        return rows.get(0);
    }

    /** The leaf tasks of the project among {@code taskIds}. */
    List<UUID> tasksOfProject(UUID projectId, Collection<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return query(
                "SELECT id FROM tasks WHERE project_id = ? AND id = ANY (?)",
                List.of(projectId, taskIds.toArray(UUID[]::new)),
                rs -> rs.getObject(1, UUID.class));
    }

    /**
     * People assigned to the project's open, scheduled leaf tasks whose span touches [from, to]: the
     * only ones who can be over-allocated on the project's work in that window.
     */
    List<UUID> peopleWorkingOn(UUID projectId, LocalDate from, LocalDate to) {
        return query(
                """
                SELECT DISTINCT a.person_id
                FROM assignments a
                JOIN tasks t ON t.id = a.task_id
                JOIN task_schedules ts ON ts.task_id = a.task_id
                WHERE t.project_id = ? AND t.status_category NOT IN ('done', 'cancelled') AND t.percent_complete < 100
                  AND ts.early_finish > ts.early_start AND ts.early_finish > ? AND ts.early_start < ?
                  AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = a.task_id)
                """,
                List.of(projectId, from.atStartOfDay(), to.plusDays(1).atStartOfDay()),
                rs -> rs.getObject(1, UUID.class));
    }

    /** Names of people. */
    List<PersonName> names(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return query(
                "SELECT id, name FROM people WHERE id = ANY (?)",
                List.of((Object) personIds.toArray(UUID[]::new)),
                rs -> new PersonName(rs.getObject(1, UUID.class), rs.getString(2)));
    }

    private static TaskFact taskFact(ResultSet rs) throws SQLException {
        return new TaskFact(
                rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class));
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    <T> List<T> query(String sql, List<?> parameters, RowMapper<T> mapper) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(connection, statement, parameters);
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

    static void bind(Connection connection, PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof UUID[] ids) {
                statement.setArray(i + 1, connection.createArrayOf("uuid", ids));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
