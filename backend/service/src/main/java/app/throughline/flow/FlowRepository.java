package app.throughline.flow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Flow analytics computed by PostgreSQL over the transition history, never replaying moves in Java:
 * triggers on the moves keep quarter-hour counts per status ({@code flow_slots}) and each stay of a
 * task in a status ({@code status_visits}) with its total per status ({@code status_stays}), and each query here aggregates those in one statement.
 * A scope is a project or a whole workspace.
 */
@ApplicationScoped
public class FlowRepository {

    public enum Scope {
        project("project_id"),
        workspace("workspace_id");

        final String column;

        Scope(String column) {
            this.column = column;
        }
    }

    /** How many tasks were in a status at the end of a day. */
    public record DayCount(LocalDate day, String status, int count) {}

    /** Time spent in a status per task (all its stays, for tasks that last left it in the window), as percentiles. */
    public record TimeInStatus(String status, BigDecimal p50Days, BigDecimal p85Days, int count) {}

    /** A task in an open status now, with how long it has been there, oldest first per status. */
    public record Waiting(
            UUID projectId, UUID taskId, String status, BigDecimal daysInStatus, int rank, int inStatus) {}

    private final EntityManager entityManager;

    FlowRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Gives this transaction's sorts and hash tables room to stay in memory: with the default 4 MB a
     * 50,000-move history spills its sorts to disk and the planner falls back to sort-based grouping.
     */
    public void roomForAnalytics() {
        session().createNativeMutationQuery("SET LOCAL work_mem = '32MB'").executeUpdate();
    }

    /** Cumulative flow: per day of [from, to] and per status seen, the tasks in it at the day's end. */
    public List<DayCount> cumulativeFlow(Scope scope, UUID id, LocalDate from, LocalDate to, String zone) {
        // per day the moves into each status less those out of it, from the quarter-hour counts the
        // transition triggers keep (moves before the window count on its first day); running sums of
        // the difference are the counts
        String sql = """
                WITH daily AS (
                    SELECT greatest(CAST(slot AT TIME ZONE :zone AS date), CAST(:from AS date)) AS d, status,
                           sum(entered - exited) AS n
                    FROM flow_slots
                    WHERE %1$s = :id AND slot < CAST(CAST(:to AS date) + 1 AS timestamp) AT TIME ZONE :zone
                    GROUP BY 1, 2
                ),
                statuses AS (SELECT DISTINCT status FROM daily),
                days AS (
                    SELECT CAST(g AS date) AS d
                    FROM generate_series(CAST(:from AS date), CAST(:to AS date), interval '1 day') g
                )
                SELECT days.d AS day, s.status,
                       CAST(sum(coalesce(daily.n, 0)) OVER (PARTITION BY s.status ORDER BY days.d) AS int) AS count
                FROM days CROSS JOIN statuses s
                LEFT JOIN daily ON daily.d = days.d AND daily.status = s.status
                ORDER BY day, s.status
                """.formatted(scope.column);
        return session()
                .createNativeQuery(sql, DayCount.class)
                .setParameter("id", id)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("zone", zone)
                .getResultList();
    }

    /**
     * p50/p85 days in each status, over the tasks that last left it in [from, to]: each task counts
     * once per status with the total of its finished stays there (a re-entered status sums its
     * stays). Reads the per-task totals the flow trigger keeps ({@code status_stays}).
     */
    public List<TimeInStatus> timeInStatus(Scope scope, UUID id, LocalDate from, LocalDate to, String zone) {
        String sql = """
                SELECT status,
                       CAST(round(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) / 86400.0 AS numeric), 2) AS numeric) AS p50_days,
                       CAST(round(CAST(percentile_cont(0.85) WITHIN GROUP (ORDER BY seconds) / 86400.0 AS numeric), 2) AS numeric) AS p85_days,
                       CAST(count(*) AS int) AS count
                FROM status_stays
                WHERE %1$s = :id
                  AND last_left_at >= CAST(CAST(:from AS date) AS timestamp) AT TIME ZONE :zone
                  AND last_left_at < CAST(CAST(:to AS date) + 1 AS timestamp) AT TIME ZONE :zone
                GROUP BY status ORDER BY status
                """.formatted(scope.column);
        return session()
                .createNativeQuery(sql, TimeInStatus.class)
                .setParameter("id", id)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("zone", zone)
                .getResultList();
    }

    /** Open work now: per project and status, the tasks ranked by time in status (oldest first) and their count. */
    public List<Waiting> waiting(Scope scope, UUID id, int perStatus) {
        String sql = """
                SELECT project_id, task_id, status, days_in_status, CAST(rank AS int) AS rank, CAST(in_status AS int) AS in_status
                FROM (
                    SELECT t.project_id, t.id AS task_id, t.status,
                           CAST(round(CAST(extract(epoch FROM now() - t.status_since) / 86400.0 AS numeric), 2) AS numeric) AS days_in_status,
                           row_number() OVER (PARTITION BY t.project_id, t.status ORDER BY t.status_since, t.id) AS rank,
                           count(*) OVER (PARTITION BY t.project_id, t.status) AS in_status
                    FROM tasks t
                    WHERE t.%1$s = :id AND t.status_category IN ('todo', 'in_progress', 'review')
                      AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id)
                ) ranked
                WHERE rank <= :per
                ORDER BY status, days_in_status DESC
                """.formatted(scope.column);
        return session()
                .createNativeQuery(sql, Waiting.class)
                .setParameter("id", id)
                .setParameter("per", perStatus)
                .getResultList();
    }

    /** The workflows of the projects in scope, to read limits and categories. */
    public List<ProjectWorkflow> workflows(Scope scope, UUID id) {
        String sql = scope == Scope.project
                ? "SELECT id AS project_id, workflow_id FROM projects WHERE id = :id"
                : "SELECT id AS project_id, workflow_id FROM projects WHERE workspace_id = :id";
        return session()
                .createNativeQuery(sql, ProjectWorkflow.class)
                .setParameter("id", id)
                .getResultList();
    }

    public record ProjectWorkflow(UUID projectId, UUID workflowId) {}

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
