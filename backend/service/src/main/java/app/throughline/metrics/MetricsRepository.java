package app.throughline.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.Session;

/**
 * The metrics' SQL: one aggregate query per metric over the move history, the activity log,
 * milestones, baselines and feedback, for one project or a whole workspace. Nothing is loaded row
 * by row into Java.
 */
@ApplicationScoped
class MetricsRepository {

    enum Scope {
        PROJECT("project_id"),
        WORKSPACE("workspace_id");

        final String column;

        Scope(String column) {
            this.column = column;
        }
    }

    record Rates(long onTime, long judged, long onTimeBaseline, long judgedBaseline, long achieved, long due) {}

    record Times(Double cycleP50, Double cycleP85, Double leadP50, Double leadP85, long count) {}

    record Scope3(long added, long removed, long reestimated) {}

    record Satisfaction(Double mean, long count) {}

    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([a-zA-Z]+)");

    private final EntityManager entityManager;

    MetricsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    // statuses with their categories, per workflow of the workspace
    private static final String MOVES = """
            cats AS (
                SELECT w.id AS workflow_id, s->>'key' AS key, s->>'category' AS category
                FROM workflows w CROSS JOIN LATERAL jsonb_array_elements(w.statuses) s
                WHERE w.workspace_id = :ws
            ),
            per_task AS (
                SELECT tt.task_id,
                       min(tt.at) FILTER (WHERE c.category IN ('in_progress', 'review')) AS started,
                       max(tt.at) FILTER (WHERE c.category = 'done') AS done_at
                FROM task_transitions tt
                JOIN projects p ON p.id = tt.project_id
                JOIN cats c ON c.workflow_id = p.workflow_id AND c.key = tt.to_status
                WHERE tt.%1$s = :id
                GROUP BY tt.task_id
            ),
            done AS (
                SELECT t.id, t.created_at, pt.started, pt.done_at,
                       CAST(pt.done_at AT TIME ZONE :zone AS date) AS done_day
                FROM per_task pt JOIN tasks t ON t.id = pt.task_id
                WHERE t.status_category = 'done' AND pt.done_at IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM tasks child WHERE child.parent_id = t.id)
            )
            """;

    /** On-time counts (current and first-baseline due dates) and completion of the milestones due in the range. */
    Rates rates(Scope scope, UUID id, UUID workspaceId, LocalDate from, LocalDate to, LocalDate today, String zone) {
        String sql = ("WITH " + MOVES + """
                , gates AS (
                    SELECT m.id,
                           bool_and(t.status_category IN ('done', 'cancelled') OR t.percent_complete >= 100) AS all_done,
                           max(coalesce(t.actual_finish, d.done_day)) FILTER (WHERE t.status_category <> 'cancelled') AS finished
                    FROM milestones m
                    JOIN milestone_gates g ON g.milestone_id = m.id
                    JOIN tasks t ON t.id = g.task_id
                    LEFT JOIN done d ON d.id = t.id
                    WHERE m.%1$s = :id
                    GROUP BY m.id
                ),
                firsts AS (
                    SELECT b.project_id, min(b.created_at) AS at FROM baselines b WHERE b.%1$s = :id GROUP BY b.project_id
                ),
                ms AS (
                    SELECT m.id, m.committed, m.due_date,
                           coalesce(g.all_done, false) AS achieved,
                           g.finished,
                           (SELECT CAST(a.changes->'dueDate'->>'new' AS date) FROM activity a
                            WHERE a.entity_id = m.id AND a.entity_type = 'milestone' AND a.at <= f.at
                              AND a.changes -> 'dueDate' IS NOT NULL
                            ORDER BY a.at DESC, a.id DESC LIMIT 1) AS baseline_due
                    FROM milestones m
                    LEFT JOIN gates g ON g.id = m.id
                    LEFT JOIN firsts f ON f.project_id = m.project_id
                    WHERE m.%1$s = :id
                )
                SELECT
                  count(*) FILTER (WHERE committed AND due_date BETWEEN :from AND :to AND achieved AND finished <= due_date),
                  count(*) FILTER (WHERE committed AND due_date BETWEEN :from AND :to AND (achieved OR due_date < :today)),
                  count(*) FILTER (WHERE committed AND baseline_due BETWEEN :from AND :to AND achieved AND finished <= baseline_due),
                  count(*) FILTER (WHERE committed AND baseline_due BETWEEN :from AND :to AND (achieved OR baseline_due < :today)),
                  count(*) FILTER (WHERE due_date BETWEEN :from AND :to AND achieved),
                  count(*) FILTER (WHERE due_date BETWEEN :from AND :to)
                FROM ms
                """).formatted(scope.column);
        return one(
                sql,
                Map.of("id", id, "ws", workspaceId, "from", from, "to", to, "today", today, "zone", zone),
                rs -> new Rates(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
    }

    /** p50/p85 of cycle and lead time in days over the tasks done in the range. */
    Times times(Scope scope, UUID id, UUID workspaceId, LocalDate from, LocalDate to, String zone) {
        String sql = ("WITH " + MOVES + """
                , measured AS (
                    SELECT CASE WHEN started IS NOT NULL AND started <= done_at
                                THEN extract(epoch FROM done_at - started) / 86400.0 END AS cycle,
                           extract(epoch FROM done_at - created_at) / 86400.0 AS lead
                    FROM done WHERE done_day BETWEEN :from AND :to
                )
                SELECT round(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY cycle) AS numeric), 2),
                       round(CAST(percentile_cont(0.85) WITHIN GROUP (ORDER BY cycle) AS numeric), 2),
                       round(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY lead) AS numeric), 2),
                       round(CAST(percentile_cont(0.85) WITHIN GROUP (ORDER BY lead) AS numeric), 2),
                       count(*)
                FROM measured
                """).formatted(scope.column);
        return one(
                sql,
                Map.of("id", id, "ws", workspaceId, "from", from, "to", to, "zone", zone),
                rs -> new Times(decimal(rs, 1), decimal(rs, 2), decimal(rs, 3), decimal(rs, 4), rs.getLong(5)));
    }

    /** Tasks whose last move to done fell in each bucket of [from, to]. */
    List<MetricsDtos.Bucket> throughput(
            Scope scope, UUID id, UUID workspaceId, LocalDate from, LocalDate to, String unit, String zone) {
        String sql = ("WITH " + MOVES + """
                , buckets AS (
                    SELECT CAST(g AS date) AS start
                    FROM generate_series(date_trunc(:unit, CAST(:from AS timestamp)), CAST(:to AS timestamp), CAST('1 ' || :unit AS interval)) g
                )
                SELECT CAST(b.start AS text), count(d.id)
                FROM buckets b
                LEFT JOIN done d ON d.done_day BETWEEN :from AND :to
                     AND CAST(date_trunc(:unit, CAST(d.done_day AS timestamp)) AS date) = b.start
                GROUP BY b.start ORDER BY b.start
                """).formatted(scope.column);
        return query(
                sql,
                Map.of("id", id, "ws", workspaceId, "from", from, "to", to, "unit", unit, "zone", zone),
                rs -> new MetricsDtos.Bucket(LocalDate.parse(rs.getString(1)), rs.getLong(2)));
    }

    /** Per project with a baseline: the finish variance, in working days, of the task that finishes last; their mean. */
    Double scheduleVariance(Scope scope, UUID id) {
        String sql = """
                SELECT avg(v) FROM (
                    SELECT DISTINCT ON (ts.project_id)
                           CAST(ts.finish_variance_minutes AS numeric) / greatest(ps.minutes_per_day, 1) AS v
                    FROM task_schedules ts
                    JOIN projects p ON p.id = ts.project_id
                    JOIN project_schedules ps ON ps.project_id = ts.project_id
                    WHERE p.%1$s = :id AND ts.finish_variance_minutes IS NOT NULL
                    ORDER BY ts.project_id, ts.early_finish DESC, ts.task_id
                ) last_tasks
                """.formatted(scope == Scope.PROJECT ? "id" : "workspace_id");
        return one(sql, Map.of("id", id), rs -> decimal(rs, 1));
    }

    /** Task creations, deletions and duration changes in [from, to] after the project's first baseline. */
    Scope3 scopeChanges(Scope scope, UUID id, LocalDate from, LocalDate to, String zone) {
        String sql = """
                WITH firsts AS (
                    SELECT b.project_id, min(b.created_at) AS at FROM baselines b WHERE b.%1$s = :id GROUP BY b.project_id
                )
                SELECT count(*) FILTER (WHERE a.action = 'created'),
                       count(*) FILTER (WHERE a.action = 'deleted'),
                       count(*) FILTER (WHERE a.action = 'updated' AND a.changes -> 'durationDays' IS NOT NULL)
                FROM activity a JOIN firsts f ON f.project_id = a.project_id
                WHERE a.%1$s = :id AND a.entity_type = 'task' AND a.at > f.at
                  AND a.at >= CAST(CAST(:from AS date) AS timestamp) AT TIME ZONE :zone
                  AND a.at < CAST(CAST(:to AS date) + 1 AS timestamp) AT TIME ZONE :zone
                """.formatted(scope.column);
        return one(
                sql,
                Map.of("id", id, "from", from, "to", to, "zone", zone),
                rs -> new Scope3(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
    }

    /** Planned ÷ actual working days over tasks done in the range with both actuals. */
    Double estimateAccuracy(Scope scope, UUID id, UUID workspaceId, LocalDate from, LocalDate to, String zone) {
        String sql = ("WITH " + MOVES + """
                , firsts AS (
                    SELECT DISTINCT ON (b.project_id) b.project_id, b.id
                    FROM baselines b WHERE b.%1$s = :id ORDER BY b.project_id, b.created_at, b.id
                ),
                finished AS (
                    SELECT coalesce(bt.duration_days, t.duration_days) AS planned,
                           (SELECT count(*) FROM generate_series(t.actual_start, t.actual_finish, interval '1 day') g
                            WHERE extract(isodow FROM g) < 6) AS actual
                    FROM done d JOIN tasks t ON t.id = d.id
                    LEFT JOIN firsts f ON f.project_id = t.project_id
                    LEFT JOIN baseline_tasks bt ON bt.baseline_id = f.id AND bt.task_id = t.id
                    WHERE t.actual_start IS NOT NULL AND t.actual_finish IS NOT NULL
                      AND coalesce(t.actual_finish, d.done_day) BETWEEN :from AND :to
                )
                SELECT round(sum(planned) / nullif(sum(actual), 0), 3) FROM finished WHERE planned > 0
                """).formatted(scope.column);
        return one(
                sql, Map.of("id", id, "ws", workspaceId, "from", from, "to", to, "zone", zone), rs -> decimal(rs, 1));
    }

    Satisfaction satisfaction(Scope scope, UUID id, LocalDate from, LocalDate to, String zone) {
        String sql = """
                SELECT round(avg(rating), 2), count(*) FROM report_feedback
                WHERE %1$s = :id
                  AND created_at >= CAST(CAST(:from AS date) AS timestamp) AT TIME ZONE :zone
                  AND created_at < CAST(CAST(:to AS date) + 1 AS timestamp) AT TIME ZONE :zone
                """.formatted(scope.column);
        return one(
                sql,
                Map.of("id", id, "from", from, "to", to, "zone", zone),
                rs -> new Satisfaction(decimal(rs, 1), rs.getLong(2)));
    }

    /** The people assigned to the project's tasks (for its utilisation). */
    List<UUID> peopleOfProject(UUID projectId) {
        return query("""
                SELECT DISTINCT a.person_id FROM assignments a JOIN tasks t ON t.id = a.task_id
                WHERE t.project_id = :id
                """, Map.of("id", projectId), rs -> rs.getObject(1, UUID.class));
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> T one(String sql, Map<String, Object> parameters, RowMapper<T> mapper) {
        return query(sql, parameters, mapper).get(0);
    }

    private <T> List<T> query(String sql, Map<String, Object> parameters, RowMapper<T> mapper) {
        List<Object> values = new ArrayList<>();
        Matcher m = NAMED.matcher(sql);
        StringBuilder positional = new StringBuilder();
        while (m.find()) {
            if (!parameters.containsKey(m.group(1))) {
                throw new IllegalArgumentException("no value for :" + m.group(1));
            }
            values.add(parameters.get(m.group(1)));
            m.appendReplacement(positional, "?");
        }
        m.appendTail(positional);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(positional.toString())) {
                for (int i = 0; i < values.size(); i++) {
                    statement.setObject(i + 1, values.get(i));
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

    private static Double decimal(ResultSet rs, int column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }
}
