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
import java.util.UUID;

/**
 * Delivery metrics and status report drafts as a client sees them, in a workspace of 50 projects
 * and 20,000 tasks with a year of history (moves to in progress and done with actuals, duration
 * re-estimates in the activity log, baselines a year old): workspace metrics for 12 months by
 * week (goal p95 < 500 ms) and drafting a report (goal p95 < 300 ms). Tasks and baselines go
 * through the API; the history is written straight into the service's database (its address from
 * the data directory's postgres.url), as FlowBenchmark does.
 * Usage: {@code ReportsBenchmark [baseUrl] [postgres.url file] [projects] [tasks per project]}.
 */
public final class ReportsBenchmark {

    private static final int READS = 20;
    private static final int DRAFTS = 40;
    private static final int WARM_UP = 5;

    private final Path databaseAddress;
    private final int projectCount;
    private final int tasksPerProject;
    private final JsonApi api;

    private ReportsBenchmark(String base, Path databaseAddress, int projectCount, int tasksPerProject) {
        this.api = new JsonApi(base);
        this.databaseAddress = databaseAddress;
        this.projectCount = projectCount;
        this.tasksPerProject = tasksPerProject;
    }

    public static void main(String[] args) throws Exception {
        new ReportsBenchmark(
                        args.length > 0 ? args[0] : "http://localhost:18090",
                        Path.of(args.length > 1 ? args[1] : ".data/postgres.url"),
                        args.length > 2 ? Integer.parseInt(args[2]) : 50,
                        args.length > 3 ? Integer.parseInt(args[3]) : 400)
                .run();
    }

    private void run() throws Exception {
        JsonNode registered = call(
                        "POST",
                        "/api/v1/auth/register",
                        Map.of(
                                "name",
                                "Reports bench",
                                "email",
                                "reports-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                                "password",
                                "benchmark-password-1",
                                "workspaceName",
                                "Reports benchmark"))
                .body();
        api.signIn(registered.path("accessToken").asText());
        String workspace = registered.path("workspace").path("id").asText();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> projects = new ArrayList<>();
        for (int p = 0; p < projectCount; p++) {
            Reply created = call(
                    "POST",
                    "/api/v1/workspaces/" + workspace + "/projects",
                    Map.of(
                            "key",
                            "R" + p,
                            "name",
                            "Reports " + p,
                            "startDate",
                            today.minusDays(365).toString()));
            if (created.status() != 201) {
                throw new IllegalStateException("project failed: " + created.body());
            }
            String project = created.body().path("id").asText();
            projects.add(project);
            List<Map<String, Object>> tasks = new ArrayList<>();
            for (int i = 0; i < tasksPerProject; i++) {
                tasks.add(Map.of("ref", "t" + i, "title", "Task " + i, "durationDays", 1 + i % 5));
            }
            Reply bulk = call("POST", "/api/v1/projects/" + project + "/tasks:bulk", Map.of("tasks", tasks));
            if (bulk.status() != 201) {
                throw new IllegalStateException("bulk create failed: " + bulk.body());
            }
            Reply baseline = call("POST", "/api/v1/projects/" + project + "/baselines", Map.of("name", "Plan"));
            if (baseline.status() != 201) {
                throw new IllegalStateException("baseline failed: " + baseline.body());
            }
        }
        int rows = writeHistory(UUID.fromString(workspace));

        String metricsPath = "/api/v1/workspaces/" + workspace + "/metrics?from=" + today.minusDays(364) + "&to="
                + today + "&granularity=week";
        List<Long> reads = new ArrayList<>();
        JsonNode sample = null;
        for (int i = 0; i < WARM_UP + READS; i++) {
            long started = System.nanoTime();
            Reply reply = call("GET", metricsPath, null);
            long elapsed = System.nanoTime() - started;
            if (reply.status() != 200) {
                throw new IllegalStateException("metrics failed: " + reply.status() + " " + reply.body());
            }
            sample = reply.body();
            if (i >= WARM_UP) {
                reads.add(elapsed);
            }
        }
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < WARM_UP + DRAFTS; i++) {
            String project = projects.get(i % projects.size());
            long started = System.nanoTime();
            Reply reply = call("POST", "/api/v1/projects/" + project + "/status-reports", Map.of());
            long elapsed = System.nanoTime() - started;
            if (reply.status() != 201) {
                throw new IllegalStateException("draft failed: " + reply.status() + " " + reply.body());
            }
            if (i >= WARM_UP) {
                drafts.add(elapsed);
            }
        }
        reads.sort(Long::compare);
        drafts.sort(Long::compare);
        System.out.printf(
                Locale.ROOT,
                "%nReports, %d projects x %d tasks with %d history rows (throughput buckets %d, done in the year %d):%n",
                projectCount,
                tasksPerProject,
                rows,
                sample.path("throughput").size(),
                sample.path("cycleTimeDays").path("count").asLong());
        System.out.printf(
                Locale.ROOT,
                "  workspace metrics, 12 months by week: p50 %.1f ms   p95 %.1f ms   max %.1f ms   (goal: p95 < 500 ms) %s%n",
                at(reads, 0.5),
                at(reads, 0.95),
                at(reads, 1.0),
                at(reads, 0.95) < 500 ? "MET" : "MISSED");
        System.out.printf(
                Locale.ROOT,
                "  status report draft (%d drafts):     p50 %.1f ms   p95 %.1f ms   max %.1f ms   (goal: p95 < 300 ms) %s%n",
                DRAFTS,
                at(drafts, 0.5),
                at(drafts, 0.95),
                at(drafts, 1.0),
                at(drafts, 0.95) < 300 ? "MET" : "MISSED");
    }

    /**
     * A year of history: each task started on a day of the year and, for seven in ten, done a few
     * days later (moves, actuals and status); every task re-estimated twice in the activity log;
     * baselines dated a year ago so the re-estimates count as scope changes.
     */
    private int writeHistory(UUID workspace) throws Exception {
        String url = Files.readString(databaseAddress).trim();
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            int rows = 0;
            try (PreparedStatement baselines = connection.prepareStatement(
                    "UPDATE baselines SET created_at = now() - interval '366 days' WHERE workspace_id = ?")) {
                baselines.setObject(1, workspace);
                baselines.executeUpdate();
            }
            try (PreparedStatement moves = connection.prepareStatement("""
                    INSERT INTO task_transitions (id, workspace_id, project_id, task_id, from_status, to_status, at)
                    SELECT gen_random_uuid(), t.workspace_id, t.project_id, t.id, m.from_status, m.to_status,
                           now() - interval '360 days' + (t.number % 350) * interval '1 day' + m.after
                    FROM tasks t
                    CROSS JOIN (VALUES ('todo', 'in_progress', interval '0 days'),
                                       ('in_progress', 'done', interval '4 days')) m(from_status, to_status, after)
                    WHERE t.workspace_id = ? AND (m.to_status = 'in_progress' OR t.number % 10 < 7)""")) {
                moves.setObject(1, workspace);
                rows += moves.executeUpdate();
            }
            try (PreparedStatement done = connection.prepareStatement("""
                    UPDATE tasks SET status = 'done', status_category = 'done',
                           actual_start = CAST(now() - interval '360 days' + (number % 350) * interval '1 day' AS date),
                           actual_finish = CAST(now() - interval '356 days' + (number % 350) * interval '1 day' AS date),
                           status_since = now() - interval '356 days' + (number % 350) * interval '1 day'
                    WHERE workspace_id = ? AND number % 10 < 7""")) {
                done.setObject(1, workspace);
                done.executeUpdate();
            }
            try (PreparedStatement edits = connection.prepareStatement("""
                    INSERT INTO activity (workspace_id, project_id, entity_type, entity_id, action, at, changes)
                    SELECT t.workspace_id, t.project_id, 'task', t.id, 'updated',
                           now() - interval '300 days' + ((t.number * g) % 290) * interval '1 day',
                           jsonb_build_object('durationDays', jsonb_build_object('old', 2, 'new', 3))
                    FROM tasks t CROSS JOIN generate_series(1, 2) g
                    WHERE t.workspace_id = ?""")) {
                edits.setObject(1, workspace);
                rows += edits.executeUpdate();
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (PreparedStatement analyze = connection.prepareStatement("ANALYZE")) {
                analyze.execute();
            }
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
