package app.throughline.bench;

import app.throughline.bench.JsonApi.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Flow analytics and status moves as a client sees them, in a 5,000-task project with 50,000
 * recorded transitions: the cumulative flow + time in status + bottlenecks of 90 days (goal p95 <
 * 200 ms) and a transition round trip between open statuses (goal p95 < 50 ms). The history is
 * written straight into the service's database (its address from the data directory's
 * postgres.url): moving 50,000 times through the API would measure the setup, not the reads.
 * Usage: {@code FlowBenchmark [baseUrl] [postgres.url file]}.
 */
public final class FlowBenchmark {

    private static final int TASKS = 5_000;
    private static final int MOVES_PER_TASK = 10;
    private static final int READS = 60;
    private static final int TRANSITIONS = 200;
    private static final int WARM_UP = 10;

    private final Path databaseAddress;
    private final JsonApi api;

    private FlowBenchmark(String base, Path databaseAddress) {
        this.api = new JsonApi(base);
        this.databaseAddress = databaseAddress;
    }

    public static void main(String[] args) throws Exception {
        new FlowBenchmark(
                        args.length > 0 ? args[0] : "http://localhost:18090",
                        Path.of(args.length > 1 ? args[1] : ".data/postgres.url"))
                .run();
    }

    private void run() throws Exception {
        JsonNode registered = call(
                        "POST",
                        "/api/v1/auth/register",
                        Map.of(
                                "name",
                                "Flow bench",
                                "email",
                                "flow-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                                "password",
                                "benchmark-password-1",
                                "workspaceName",
                                "Flow benchmark"))
                .body();
        api.signIn(registered.path("accessToken").asText());
        String workspace = registered.path("workspace").path("id").asText();
        String project = call(
                        "POST",
                        "/api/v1/workspaces/" + workspace + "/projects",
                        Map.of("key", "FLOW", "name", "Flow benchmark", "startDate", "2026-09-01"))
                .body()
                .path("id")
                .asText();
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            tasks.add(Map.of("ref", "t" + i, "title", "Task " + i, "durationDays", 1 + i % 5));
        }
        Reply bulk = call("POST", "/api/v1/projects/" + project + "/tasks:bulk", Map.of("tasks", tasks));
        if (bulk.status() != 201) {
            throw new IllegalStateException("bulk create failed: " + bulk.body());
        }
        List<String> ids = new ArrayList<>();
        bulk.body().path("tasks").forEach(t -> ids.add(t.path("id").asText()));
        int rows = writeHistory(UUID.fromString(project));

        LocalDate to = LocalDate.now(ZoneOffset.UTC);
        String flowPath = "/api/v1/projects/" + project + "/flow?from=" + to.minusDays(89) + "&to=" + to;
        List<Long> reads = new ArrayList<>();
        JsonNode sample = null;
        for (int i = 0; i < WARM_UP + READS; i++) {
            long started = System.nanoTime();
            Reply reply = call("GET", flowPath, null);
            long elapsed = System.nanoTime() - started;
            if (reply.status() != 200) {
                throw new IllegalStateException("flow failed: " + reply.status() + " " + reply.body());
            }
            sample = reply.body();
            if (i >= WARM_UP) {
                reads.add(elapsed);
            }
        }

        // moves between open statuses: review ⇄ in_progress ⇄ blocked
        String[] cycle = {"in_progress", "blocked", "in_progress", "review"};
        Random random = new Random(11);
        List<Long> moves = new ArrayList<>();
        for (int i = 0; i < WARM_UP + TRANSITIONS; i++) {
            String task = ids.get(random.nextInt(ids.size()));
            String target = cycle[i % cycle.length];
            String current = call("GET", "/api/v1/tasks/" + task, null)
                    .body()
                    .path("status")
                    .asText();
            if (current.equals(target)) {
                target = "in_progress".equals(target) ? "review" : "in_progress";
            }
            long started = System.nanoTime();
            Reply reply = call("POST", "/api/v1/tasks/" + task + "/transitions", Map.of("to", target));
            long elapsed = System.nanoTime() - started;
            if (reply.status() != 200) {
                throw new IllegalStateException("move failed: " + reply.status() + " " + reply.body());
            }
            if (i >= WARM_UP) {
                moves.add(elapsed);
            }
        }
        reads.sort(Long::compare);
        moves.sort(Long::compare);
        System.out.printf(
                Locale.ROOT,
                "%nFlow analytics, %d-task project with %d recorded transitions, 90-day window (%d days, %d statuses, %d bottlenecks):%n",
                TASKS,
                rows,
                sample.path("days").size(),
                sample.path("statuses").size(),
                sample.path("bottlenecks").size());
        System.out.printf(
                Locale.ROOT,
                "  cumulative flow + time in status: p50 %.1f ms   p95 %.1f ms   max %.1f ms   (goal: p95 < 200 ms) %s%n",
                at(reads, 0.5),
                at(reads, 0.95),
                at(reads, 1.0),
                at(reads, 0.95) < 200 ? "MET" : "MISSED");
        System.out.printf(
                Locale.ROOT,
                "  transition round trip (%d moves):  p50 %.1f ms   p95 %.1f ms   max %.1f ms   (goal: p95 < 50 ms) %s%n",
                TRANSITIONS,
                at(moves, 0.5),
                at(moves, 0.95),
                at(moves, 1.0),
                at(moves, 0.95) < 50 ? "MET" : "MISSED");
    }

    /** Ten moves per task over the last 100 days, each task ending in review; answers the rows written. */
    private int writeHistory(UUID project) throws Exception {
        String url = Files.readString(databaseAddress).trim();
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM task_transitions WHERE project_id = ?")) {
                delete.setObject(1, project);
                delete.executeUpdate();
            }
            int rows;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO task_transitions (id, workspace_id, project_id, task_id, from_status, to_status, at)
                    SELECT gen_random_uuid(), t.workspace_id, t.project_id, t.id,
                           CASE WHEN g = 1 THEN NULL ELSE s.path[g - 1] END, s.path[g],
                           now() - interval '100 days' + g * interval '9 days' + (t.number % 1440) * interval '1 minute'
                    FROM tasks t
                    CROSS JOIN generate_series(1, ?) g
                    CROSS JOIN (SELECT ARRAY['todo', 'in_progress', 'review', 'in_progress', 'blocked', 'in_progress',
                                             'review', 'in_progress', 'review', 'review'] AS path) s
                    WHERE t.project_id = ?""")) {
                insert.setInt(1, MOVES_PER_TASK);
                insert.setObject(2, project);
                rows = insert.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE tasks SET status = 'review', status_category = 'review',
                           status_since = now() - interval '10 days' + (number % 1440) * interval '1 minute'
                    WHERE project_id = ?""")) {
                update.setObject(1, project);
                update.executeUpdate();
            }
            connection.commit();
            return rows;
        }
    }

    private Reply call(String method, String path, Object body) throws Exception {
        return api.call(method, path, body);
    }

    private static double at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }
}
