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

    /** Milestone counts of one bucket: due dates for the current rate, first-baseline dates for the other. */
    record Rates(long onTime, long judged, long onTimeBaseline, long judgedBaseline, long achieved, long due) {

        static final Rates NONE = new Rates(0, 0, 0, 0, 0, 0);

        Rates plus(Rates o) {
            return new Rates(
                    onTime + o.onTime,
                    judged + o.judged,
                    onTimeBaseline + o.onTimeBaseline,
                    judgedBaseline + o.judgedBaseline,
                    achieved + o.achieved,
                    due + o.due);
        }
    }

    record Times(Double cycleP50, Double cycleP85, Double leadP50, Double leadP85, long count) {}

    /** One bucket (by its calendar start, before clipping to the range): tasks done and milestone counts. */
    record DeliveryBucket(LocalDate start, long done, Rates rates) {}

    /** What the move history gives over the whole range, and per bucket. */
    record Delivery(Times times, Double estimateAccuracy, List<DeliveryBucket> buckets) {}

    record Scope3(LocalDate start, long added, long removed, long reestimated) {}

    record Satisfaction(LocalDate start, long sum, long count) {}

    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([a-zA-Z]+)");

    private final EntityManager entityManager;

    MetricsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    // The bucket (its calendar start) of a date expression.
    private static String bucket(String date) {
        return "CAST(date_trunc(:unit, CAST(" + date + " AS timestamp)) AS date)";
    }

    /**
     * Every figure that comes from the move history, in one statement so the history is read once:
     * per task the first move, the first move to an in-progress or review status and the last move
     * to done (status keys of each project's workflow by category); the done leaf tasks; from them
     * cycle and lead time, throughput per bucket, estimate accuracy and the milestones' achievement.
     * A task's lead time starts at its creation or its first recorded move, whichever is earlier
     * (imported and seeded tasks carry history older than their row), so it is never negative.
     */
    Delivery delivery(
            Scope scope,
            UUID id,
            UUID workspaceId,
            LocalDate from,
            LocalDate to,
            LocalDate today,
            String unit,
            String zone) {
        String sql = """
                WITH keys AS (
                    SELECT p.id AS project_id,
                           array_agg(s->>'key') FILTER (WHERE s->>'category' IN ('in_progress', 'review')) AS started_keys,
                           array_agg(s->>'key') FILTER (WHERE s->>'category' = 'done') AS done_keys
                    FROM projects p JOIN workflows w ON w.id = p.workflow_id
                    CROSS JOIN LATERAL jsonb_array_elements(w.statuses) s
                    WHERE p.%2$s = :id AND w.workspace_id = :ws
                    GROUP BY p.id
                ),
                per_task AS (
                    SELECT tt.task_id,
                           min(tt.at) AS first_at,
                           min(tt.at) FILTER (WHERE tt.to_status = ANY (k.started_keys)) AS started,
                           max(tt.at) FILTER (WHERE tt.to_status = ANY (k.done_keys)) AS done_at
                    FROM task_transitions tt JOIN keys k ON k.project_id = tt.project_id
                    WHERE tt.%1$s = :id
                    GROUP BY tt.task_id
                ),
                first_baselines AS (
                    SELECT DISTINCT ON (b.project_id) b.project_id, b.id, b.created_at
                    FROM baselines b WHERE b.%1$s = :id ORDER BY b.project_id, b.created_at, b.id
                ),
                -- the planned duration (the first baseline's, else the current one) joins here, where the
                -- planner knows there are thousands of done tasks: one hash join, not a lookup per task
                done AS MATERIALIZED (
                    SELECT t.id, t.project_id, least(t.created_at, pt.first_at) AS created_at, pt.started, pt.done_at,
                           CAST(pt.done_at AT TIME ZONE :zone AS date) AS done_day,
                           t.actual_start, t.actual_finish, coalesce(bt.duration_days, t.duration_days) AS planned
                    FROM per_task pt JOIN tasks t ON t.id = pt.task_id
                    LEFT JOIN first_baselines f ON f.project_id = t.project_id
                    LEFT JOIN baseline_tasks bt ON bt.baseline_id = f.id AND bt.task_id = t.id
                    WHERE t.status_category = 'done' AND pt.done_at IS NOT NULL
                      AND NOT EXISTS (SELECT 1 FROM tasks child WHERE child.parent_id = t.id)
                ),
                buckets AS (
                    SELECT CAST(g AS date) AS start
                    FROM generate_series(date_trunc(:unit, CAST(:from AS timestamp)), CAST(:to AS timestamp),
                                         CAST('1 ' || :unit AS interval)) g
                ),
                measured AS (
                    SELECT CASE WHEN started IS NOT NULL AND started <= done_at
                                THEN extract(epoch FROM done_at - started) / 86400.0 END AS cycle,
                           extract(epoch FROM done_at - created_at) / 86400.0 AS lead
                    FROM done WHERE done_day BETWEEN :from AND :to
                ),
                -- both quantiles of a measure from one sort of it
                quantiles AS (
                    SELECT percentile_cont(ARRAY[0.5, 0.85]) WITHIN GROUP (ORDER BY cycle) AS cycle,
                           percentile_cont(ARRAY[0.5, 0.85]) WITHIN GROUP (ORDER BY lead) AS lead,
                           count(*) AS measured
                    FROM measured
                ),
                times AS (
                    SELECT round(CAST(cycle[1] AS numeric), 2) AS cycle50, round(CAST(cycle[2] AS numeric), 2) AS cycle85,
                           round(CAST(lead[1] AS numeric), 2) AS lead50, round(CAST(lead[2] AS numeric), 2) AS lead85,
                           measured
                    FROM quantiles
                ),
                estimate AS (
                    -- planned days against Monday-Friday days from actual start to actual finish inclusive
                    SELECT round(sum(planned) / nullif(sum(actual), 0), 3) AS accuracy FROM (
                        SELECT d.planned,
                               CASE WHEN d.actual_finish < d.actual_start THEN 0 ELSE
                                   (d.actual_finish - d.actual_start + 1) / 7 * 5
                                   + least((d.actual_finish - d.actual_start + 1) %% 7,
                                           greatest(0, 6 - CAST(extract(isodow FROM d.actual_start) AS int)))
                                   + greatest(0, (d.actual_finish - d.actual_start + 1) %% 7
                                                 - (8 - CAST(extract(isodow FROM d.actual_start) AS int)))
                               END AS actual
                        FROM done d
                        WHERE d.actual_start IS NOT NULL AND d.actual_finish IS NOT NULL
                          AND d.actual_finish BETWEEN :from AND :to
                    ) finished WHERE planned > 0
                ),
                throughput AS (
                    SELECT %3$s AS start, count(*) AS done
                    FROM done WHERE done_day BETWEEN :from AND :to GROUP BY 1
                ),
                gates AS (
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
                ms AS (
                    SELECT m.id, m.committed, m.due_date,
                           coalesce(g.all_done, false) AS achieved,
                           g.finished,
                           (SELECT CAST(a.changes->'dueDate'->>'new' AS date) FROM activity a
                            WHERE a.entity_id = m.id AND a.entity_type = 'milestone' AND a.at <= f.created_at
                              AND a.changes -> 'dueDate' IS NOT NULL
                            ORDER BY a.at DESC, a.id DESC LIMIT 1) AS baseline_due
                    FROM milestones m
                    LEFT JOIN gates g ON g.id = m.id
                    LEFT JOIN first_baselines f ON f.project_id = m.project_id
                    WHERE m.%1$s = :id
                ),
                by_due AS (
                    SELECT %4$s AS start,
                           count(*) FILTER (WHERE committed AND achieved AND finished <= due_date) AS on_time,
                           count(*) FILTER (WHERE committed AND (achieved OR due_date < :today)) AS judged,
                           count(*) FILTER (WHERE achieved) AS achieved,
                           count(*) AS due
                    FROM ms WHERE due_date BETWEEN :from AND :to GROUP BY 1
                ),
                by_baseline AS (
                    SELECT %5$s AS start,
                           count(*) FILTER (WHERE committed AND achieved AND finished <= baseline_due) AS on_time,
                           count(*) FILTER (WHERE committed AND (achieved OR baseline_due < :today)) AS judged
                    FROM ms WHERE baseline_due BETWEEN :from AND :to GROUP BY 1
                )
                SELECT CAST(b.start AS text), coalesce(tp.done, 0),
                       coalesce(bd.on_time, 0), coalesce(bd.judged, 0),
                       coalesce(bb.on_time, 0), coalesce(bb.judged, 0),
                       coalesce(bd.achieved, 0), coalesce(bd.due, 0),
                       tm.cycle50, tm.cycle85, tm.lead50, tm.lead85, tm.measured, e.accuracy
                FROM buckets b
                LEFT JOIN throughput tp ON tp.start = b.start
                LEFT JOIN by_due bd ON bd.start = b.start
                LEFT JOIN by_baseline bb ON bb.start = b.start
                CROSS JOIN times tm CROSS JOIN estimate e
                ORDER BY b.start
                """.formatted(
                        scope.column,
                        scope == Scope.PROJECT ? "id" : "workspace_id",
                        bucket("done_day"),
                        bucket("due_date"),
                        bucket("baseline_due"));
        // a workspace's year of moves grouped per task outgrows the default 4 MB: the sort spilled to disk
        roomForHistory();
        List<DeliveryRow> rows = query(
                sql,
                Map.of("id", id, "ws", workspaceId, "from", from, "to", to, "today", today, "unit", unit, "zone", zone),
                rs -> new DeliveryRow(
                        new DeliveryBucket(
                                LocalDate.parse(rs.getString(1)),
                                rs.getLong(2),
                                new Rates(
                                        rs.getLong(3),
                                        rs.getLong(4),
                                        rs.getLong(5),
                                        rs.getLong(6),
                                        rs.getLong(7),
                                        rs.getLong(8))),
                        new Times(decimal(rs, 9), decimal(rs, 10), decimal(rs, 11), decimal(rs, 12), rs.getLong(13)),
                        decimal(rs, 14)));
        // the times and the accuracy are range-wide: every bucket's row repeats them
        Times times = rows.isEmpty()
                ? new Times(null, null, null, null, 0)
                : rows.get(0).times();
        Double accuracy = rows.isEmpty() ? null : rows.get(0).accuracy();
        List<DeliveryBucket> buckets = rows.stream().map(DeliveryRow::bucket).toList();
        return new Delivery(times, accuracy, buckets);
    }

    /** Memory for this transaction's sorts and hashes over the move history (as flow analytics take). */
    private void roomForHistory() {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("SET LOCAL work_mem = '32MB'");
            }
        });
    }

    private record DeliveryRow(DeliveryBucket bucket, Times times, Double accuracy) {}

    /** Per project with a baseline: the finish variance, in working days, of the task that finishes last; their mean. */
    Double scheduleVariance(Scope scope, UUID id) {
        String sql = """
                SELECT avg(v) FROM (
                    SELECT CAST(ts.finish_variance_minutes AS numeric) / greatest(ps.minutes_per_day, 1) AS v
                    FROM projects p
                    JOIN project_schedules ps ON ps.project_id = p.id
                    -- one probe of task_schedules_last_idx (V39) per project, not a sort of every task
                    CROSS JOIN LATERAL (
                        SELECT s.finish_variance_minutes FROM task_schedules s
                        WHERE s.project_id = p.id AND s.finish_variance_minutes IS NOT NULL
                        ORDER BY s.early_finish DESC, s.task_id LIMIT 1
                    ) ts
                    WHERE p.%1$s = :id
                ) last_tasks
                """.formatted(scope == Scope.PROJECT ? "id" : "workspace_id");
        return one(sql, Map.of("id", id), rs -> decimal(rs, 1));
    }

    /** Task creations, deletions and duration changes in [from, to] after the project's first baseline, per bucket. */
    List<Scope3> scopeChanges(Scope scope, UUID id, LocalDate from, LocalDate to, String unit, String zone) {
        String sql = """
                WITH firsts AS (
                    SELECT b.project_id, min(b.created_at) AS at FROM baselines b WHERE b.%1$s = :id GROUP BY b.project_id
                ),
                -- counted per local day first (a date groups cheaper than a bucket's text), then per bucket
                daily AS (
                    SELECT CAST(a.at AT TIME ZONE :zone AS date) AS day,
                           count(*) FILTER (WHERE a.action = 'created') AS added,
                           count(*) FILTER (WHERE a.action = 'deleted') AS removed,
                           count(*) FILTER (WHERE a.action = 'updated' AND a.changes -> 'durationDays' IS NOT NULL)
                               AS reestimated
                    FROM activity a JOIN firsts f ON f.project_id = a.project_id
                    WHERE a.%1$s = :id AND a.entity_type = 'task' AND a.at > f.at
                      AND a.at >= CAST(CAST(:from AS date) AS timestamp) AT TIME ZONE :zone
                      AND a.at < CAST(CAST(:to AS date) + 1 AS timestamp) AT TIME ZONE :zone
                    GROUP BY 1
                )
                SELECT CAST(%2$s AS text), sum(added), sum(removed), sum(reestimated)
                FROM daily GROUP BY 1
                """.formatted(scope.column, bucket("day"));
        return query(
                sql,
                Map.of("id", id, "from", from, "to", to, "unit", unit, "zone", zone),
                rs -> new Scope3(LocalDate.parse(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
    }

    /** Sum and count of the ratings left in [from, to], per bucket. */
    List<Satisfaction> satisfaction(Scope scope, UUID id, LocalDate from, LocalDate to, String unit, String zone) {
        String sql = """
                SELECT CAST(%2$s AS text), sum(rating), count(*) FROM report_feedback
                WHERE %1$s = :id
                  AND created_at >= CAST(CAST(:from AS date) AS timestamp) AT TIME ZONE :zone
                  AND created_at < CAST(CAST(:to AS date) + 1 AS timestamp) AT TIME ZONE :zone
                GROUP BY 1
                """.formatted(scope.column, bucket("created_at AT TIME ZONE :zone"));
        return query(
                sql,
                Map.of("id", id, "from", from, "to", to, "unit", unit, "zone", zone),
                rs -> new Satisfaction(LocalDate.parse(rs.getString(1)), rs.getLong(2), rs.getLong(3)));
    }

    /** The project's start date; for a workspace, the earliest start of its live projects. */
    LocalDate firstStart(Scope scope, UUID id) {
        return one(
                "SELECT CAST(min(start_date) AS text) FROM projects WHERE %s = :id AND status <> 'cancelled'"
                        .formatted(scope == Scope.PROJECT ? "id" : "workspace_id"),
                Map.of("id", id),
                rs -> rs.getString(1) == null ? null : LocalDate.parse(rs.getString(1)));
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
