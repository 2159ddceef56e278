package app.throughline.flow;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.flow.FlowRepository.Scope;
import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The flow aggregates the transition triggers keep (quarter-hour counts, status visits) answer
 * exactly what windowing over the whole history answers: after random sequences of moves recorded
 * one by one and in batches, out of time order, deleted, re-timed, and of deleted tasks, both are
 * compared for several windows, scopes and time zones (including offsets of 5:45 and −3:30).
 */
@QuarkusTest
class FlowAggregatesTest {

    private static final String[] STATUSES = {"todo", "in_progress", "review", "blocked", "done"};
    private static final String[] ZONES = {"UTC", "Asia/Kathmandu", "America/St_Johns"};
    private static final Instant EPOCH = Instant.parse("2026-10-01T00:00:00Z");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    FlowRepository flow;

    @Test
    void aggregatesAnswerAsTheFullHistoryDoesAfterRandomEdits() throws SQLException {
        for (long seed : new long[] {7, 19, 2026}) {
            Session owner = Api.register("flow-" + seed);
            List<String> projects = List.of(Planning.project(owner), Planning.project(owner));
            List<String[]> tasks = new ArrayList<>();
            for (String project : projects) {
                for (int i = 0; i < 6; i++) {
                    tasks.add(new String[] {project, Planning.task(owner, project, "T" + i, 1)});
                }
            }
            walk(new Random(seed), tasks);
            for (String zone : ZONES) {
                for (LocalDate[] window : windows()) {
                    for (String project : projects) {
                        compare(Scope.project, UUID.fromString(project), window, zone);
                    }
                    compare(Scope.workspace, owner.workspaceId(), window, zone);
                }
            }
        }
    }

    private static List<LocalDate[]> windows() {
        return List.of(
                new LocalDate[] {LocalDate.parse("2026-10-01"), LocalDate.parse("2026-11-30")},
                new LocalDate[] {LocalDate.parse("2026-10-20"), LocalDate.parse("2026-10-27")},
                new LocalDate[] {LocalDate.parse("2026-11-15"), LocalDate.parse("2026-11-15")});
    }

    private void walk(Random random, List<String[]> tasks) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (int step = 0; step < 120; step++) {
                int kind = random.nextInt(20);
                if (kind < 6) {
                    append(connection, random, tasks);
                } else if (kind < 12) {
                    record(connection, random, tasks, 1);
                } else if (kind < 15) {
                    record(connection, random, tasks, 2 + random.nextInt(8));
                } else if (kind < 17) {
                    execute(
                            connection,
                            "DELETE FROM task_transitions WHERE id = (SELECT id FROM task_transitions"
                                    + " WHERE task_id = ANY (?) ORDER BY seq OFFSET ? LIMIT 1)",
                            taskIds(tasks),
                            random.nextInt(10));
                } else if (kind < 19) {
                    execute(
                            connection,
                            "UPDATE task_transitions SET at = at + make_interval(mins => ?) WHERE id ="
                                    + " (SELECT id FROM task_transitions WHERE task_id = ANY (?) ORDER BY seq OFFSET ? LIMIT 1)",
                            random.nextInt(6000) - 3000,
                            taskIds(tasks),
                            random.nextInt(10));
                } else if (tasks.size() > 4) {
                    String[] gone = tasks.remove(random.nextInt(tasks.size()));
                    execute(connection, "DELETE FROM tasks WHERE id = ?", UUID.fromString(gone[1]));
                }
            }
        }
    }

    /**
     * Records a move after the last one of each of one to three tasks (sometimes at the same time as
     * the last), the way moves arrive through the API.
     */
    private static void append(Connection connection, Random random, List<String[]> tasks) throws SQLException {
        List<String[]> shuffled = new ArrayList<>(tasks);
        Collections.shuffle(shuffled, random);
        execute(
                connection,
                "INSERT INTO task_transitions (id, workspace_id, project_id, task_id, from_status, to_status, at)"
                        + " SELECT gen_random_uuid(), t.workspace_id, t.project_id, t.id, t.status, CAST(? AS text),"
                        + " coalesce((SELECT max(x.at) FROM task_transitions x WHERE x.task_id = t.id), ?)"
                        + " + make_interval(mins => ?) FROM tasks t WHERE t.id = ANY (?)",
                STATUSES[random.nextInt(STATUSES.length)],
                Timestamp.from(EPOCH.plusSeconds(random.nextInt(30 * 24 * 60) * 60L)),
                random.nextInt(4) == 0 ? 0 : random.nextInt(3000),
                taskIds(shuffled.subList(0, 1 + random.nextInt(Math.min(3, shuffled.size())))));
    }

    /** Records {@code count} moves in one statement, at random times (quarter-hour edges included). */
    private static void record(Connection connection, Random random, List<String[]> tasks, int count)
            throws SQLException {
        StringBuilder sql = new StringBuilder(
                "INSERT INTO task_transitions (id, workspace_id, project_id, task_id, from_status, to_status, at)"
                        + " SELECT gen_random_uuid(), t.workspace_id, t.project_id, t.id, m.from_status, m.to_status, m.at"
                        + " FROM (VALUES ");
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append("(CAST(? AS uuid), CAST(? AS text), CAST(? AS text), CAST(? AS timestamptz))");
            values.add(UUID.fromString(tasks.get(random.nextInt(tasks.size()))[1]));
            values.add(random.nextInt(4) == 0 ? null : STATUSES[random.nextInt(STATUSES.length)]);
            values.add(STATUSES[random.nextInt(STATUSES.length)]);
            long minutes = random.nextBoolean() ? random.nextInt(61 * 24 * 4) * 15L : random.nextInt(61 * 24 * 60);
            values.add(Timestamp.from(EPOCH.plusSeconds(minutes * 60)));
        }
        sql.append(") AS m (task_id, from_status, to_status, at) JOIN tasks t ON t.id = m.task_id");
        execute(connection, sql.toString(), values.toArray());
    }

    private static UUID[] taskIds(List<String[]> tasks) {
        return tasks.stream().map(t -> UUID.fromString(t[1])).toArray(UUID[]::new);
    }

    private static void execute(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof UUID[] ids) {
                    statement.setArray(i + 1, connection.createArrayOf("uuid", ids));
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            statement.execute();
        }
    }

    private void compare(Scope scope, UUID id, LocalDate[] window, String zone) throws SQLException {
        List<String> counts = QuarkusTransaction.requiringNew()
                .call(() -> flow.cumulativeFlow(scope, id, window[0], window[1], zone).stream()
                        .map(c -> c.day() + " " + c.status() + " " + c.count())
                        .toList());
        List<String> times = QuarkusTransaction.requiringNew()
                .call(() -> flow.timeInStatus(scope, id, window[0], window[1], zone).stream()
                        .map(t -> t.status() + " " + t.p50Days() + " " + t.p85Days() + " " + t.count())
                        .toList());
        String context = scope + " " + window[0] + ".." + window[1] + " in " + zone;
        if (window[0].equals(LocalDate.parse("2026-10-01"))) {
            assertThat(counts).as("the two-month window sees the walk's moves").isNotEmpty();
            assertThat(times).as("the two-month window sees the walk's moves").isNotEmpty();
        }
        assertThat(counts)
                .as("cumulative flow, " + context)
                .isEqualTo(reference(CUMULATIVE_FLOW, scope, id, window, zone));
        assertThat(times)
                .as("time in status, " + context)
                .isEqualTo(reference(TIME_IN_STATUS, scope, id, window, zone));
    }

    private List<String> reference(String sql, Scope scope, UUID id, LocalDate[] window, String zone)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql.formatted(scope.column))) {
            statement.setObject(1, id);
            statement.setObject(2, window[0]);
            statement.setObject(3, window[1]);
            statement.setString(4, zone);
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getString(3)
                            + (result.getMetaData().getColumnCount() > 3 ? " " + result.getString(4) : ""));
                }
            }
            return rows;
        }
    }

    /** The definition: every move of the scope replayed by day (moves before the window count on its first day). */
    private static final String CUMULATIVE_FLOW = """
            WITH p AS (SELECT CAST(? AS uuid) AS id, CAST(? AS date) AS f, CAST(? AS date) AS t, CAST(? AS text) AS zone),
            moves AS (
                SELECT greatest(CAST(m.at AT TIME ZONE p.zone AS date), p.f) AS d, m.to_status AS status, 1 AS n
                FROM task_transitions m, p
                WHERE m.%1$s = p.id AND m.at < CAST(p.t + 1 AS timestamp) AT TIME ZONE p.zone
                UNION ALL
                SELECT greatest(CAST(m.at AT TIME ZONE p.zone AS date), p.f), m.from_status, -1
                FROM task_transitions m, p
                WHERE m.%1$s = p.id AND m.from_status IS NOT NULL
                  AND m.at < CAST(p.t + 1 AS timestamp) AT TIME ZONE p.zone
            ),
            daily AS (SELECT d, status, sum(n) AS n FROM moves GROUP BY 1, 2),
            statuses AS (SELECT DISTINCT status FROM moves),
            days AS (SELECT CAST(g AS date) AS d FROM p, generate_series(p.f, p.t, interval '1 day') g)
            SELECT days.d, s.status, CAST(sum(coalesce(daily.n, 0)) OVER (PARTITION BY s.status ORDER BY days.d) AS int)
            FROM days CROSS JOIN statuses s LEFT JOIN daily ON daily.d = days.d AND daily.status = s.status
            ORDER BY 1, 2
            """;

    /**
     * The definition: each stay lasts from its move to the task's next move (by time, then insertion);
     * a task counts in a status when it last left it in the window, with all its stays there summed.
     */
    private static final String TIME_IN_STATUS = """
            WITH p AS (SELECT CAST(? AS uuid) AS id, CAST(? AS date) AS f, CAST(? AS date) AS t, CAST(? AS text) AS zone),
            visits AS (
                SELECT task_id, to_status AS status, at AS entered,
                       lead(at) OVER (PARTITION BY task_id ORDER BY at, seq) AS left_at
                FROM task_transitions, p WHERE %1$s = p.id
            ),
            per_task AS (
                SELECT task_id, status, sum(extract(epoch FROM left_at - entered)) / 86400.0 AS days,
                       max(left_at) AS last_left
                FROM visits WHERE left_at IS NOT NULL
                GROUP BY task_id, status
            ),
            in_window AS (
                SELECT per_task.* FROM per_task, p
                WHERE last_left >= CAST(p.f AS timestamp) AT TIME ZONE p.zone
                  AND last_left < CAST(p.t + 1 AS timestamp) AT TIME ZONE p.zone
            )
            SELECT status,
                   CAST(round(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS numeric), 2) AS numeric),
                   CAST(round(CAST(percentile_cont(0.85) WITHIN GROUP (ORDER BY days) AS numeric), 2) AS numeric),
                   CAST(count(*) AS int)
            FROM in_window GROUP BY status ORDER BY status
            """;
}
