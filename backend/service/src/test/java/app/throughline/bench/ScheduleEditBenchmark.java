package app.throughline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The round trip of one task edit as a client sees it: PATCH a task's duration (with If-Match),
 * which recomputes the project's schedule before answering with the new dates. Measured on a
 * 5,000-task and a 20,000-task project in the same run; goals p95 < 50 ms and < 100 ms, and the
 * 20k/5k ratio of the medians under 2 (cost should not grow with the project).
 * Usage: {@code ScheduleEditBenchmark [baseUrl]} (default http://localhost:18090); sizes from the
 * system property {@code bench.sizes} (default {@code 5000,20000}).
 */
public final class ScheduleEditBenchmark {

    private static final int EDITS = 200;
    private static final int WARM_UP = 30;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private String token;

    private ScheduleEditBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        new ScheduleEditBenchmark(args.length > 0 ? args[0] : "http://localhost:18090").run();
    }

    private void run() throws Exception {
        register();
        Map<Integer, double[]> figures = new java.util.LinkedHashMap<>();
        for (String size : System.getProperty("bench.sizes", "5000,20000").split(",")) {
            int tasks = Integer.parseInt(size.trim());
            figures.put(tasks, measure(tasks));
        }
        if (figures.containsKey(5_000) && figures.containsKey(20_000)) {
            double ratio = figures.get(20_000)[0] / figures.get(5_000)[0];
            System.out.printf(
                    Locale.ROOT,
                    "%n20k/5k ratio of the median edit: %.2f (goal: under 2) %s%n",
                    ratio,
                    ratio < 2 ? "MET" : "MISSED");
        }
    }

    private String workspace;

    private void register() throws Exception {
        JsonNode registered = call(
                        "POST",
                        "/api/v1/auth/register",
                        Map.of(
                                "name",
                                "Edit bench",
                                "email",
                                "edit-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                                "password",
                                "benchmark-password-1",
                                "workspaceName",
                                "Edit benchmark"),
                        null)
                .body();
        token = registered.path("accessToken").asText();
        workspace = registered.path("workspace").path("id").asText();
    }

    /** Returns {p50, p95} in ms of the edit round trip in a new project of that many tasks. */
    private double[] measure(int taskCount) throws Exception {
        String key = "E" + taskCount / 1000 + "K";
        String project = call(
                        "POST",
                        "/api/v1/workspaces/" + workspace + "/projects",
                        Map.of("key", key, "name", "Edit benchmark " + taskCount, "startDate", "2027-01-04"),
                        null)
                .body()
                .path("id")
                .asText();

        // 50 phases of 100 tasks; each task depends on one or two earlier tasks (about 2 links per task)
        Random random = new Random(7);
        List<Map<String, Object>> tasks = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        for (int i = 0; i < taskCount; i++) {
            tasks.add(Map.of("ref", "t" + i, "title", "Task " + i, "durationDays", 1 + random.nextInt(10)));
            if (i >= 10) {
                int a = i - 1 - random.nextInt(Math.min(i, 60));
                links.add(Map.of("predecessorRef", "t" + a, "successorRef", "t" + i, "type", "fs", "lagDays", 0));
                int b = i - 1 - random.nextInt(Math.min(i, 60));
                if (b != a) {
                    links.add(Map.of(
                            "predecessorRef",
                            "t" + b,
                            "successorRef",
                            "t" + i,
                            "type",
                            random.nextBoolean() ? "ss" : "ff",
                            "lagDays",
                            random.nextInt(3)));
                }
            }
        }
        Reply bulk = call(
                "POST",
                "/api/v1/projects/" + project + "/tasks:bulk",
                Map.of("tasks", tasks, "dependencies", links),
                null);
        if (bulk.status() != 201) {
            throw new IllegalStateException("bulk create failed: " + bulk.body());
        }
        List<String> ids = new ArrayList<>();
        bulk.body().path("tasks").forEach(t -> ids.add(t.path("id").asText()));
        Map<String, String> etags = new HashMap<>();

        List<Long> samples = new ArrayList<>();
        for (int edit = 0; edit < WARM_UP + EDITS; edit++) {
            String task = ids.get(random.nextInt(ids.size()));
            String etag =
                    etags.computeIfAbsent(task, id -> get("/api/v1/tasks/" + id).etag());
            long started = System.nanoTime();
            Reply reply = call("PATCH", "/api/v1/tasks/" + task, Map.of("durationDays", 1 + random.nextInt(10)), etag);
            long elapsed = System.nanoTime() - started;
            if (reply.status() != 200 || reply.body().path("schedule").isMissingNode()) {
                throw new IllegalStateException("edit failed: " + reply.status() + " " + reply.body());
            }
            etags.put(task, reply.etag());
            if (edit >= WARM_UP) {
                samples.add(elapsed);
            }
        }
        samples.sort(Long::compare);
        System.out.printf(
                Locale.ROOT,
                "%nTask edit round trip, %d-task project with %d dependencies (%d edits after %d warm-up):%n",
                taskCount,
                links.size(),
                EDITS,
                WARM_UP);
        double goal = taskCount <= 5_000 ? 50 : 100;
        System.out.printf(
                Locale.ROOT,
                "  p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms   (goal: p95 < %.0f ms) %s%n",
                at(samples, 0.50),
                at(samples, 0.95),
                at(samples, 0.99),
                at(samples, 1.0),
                goal,
                at(samples, 0.95) < goal ? "MET" : "MISSED");
        measureReads(project, ids, random, taskCount);
        return new double[] {at(samples, 0.50), at(samples, 0.95)};
    }

    /**
     * GET of the whole schedule as the Plan and Timeline load it: unchanged since the last read
     * (served from the kept serialised form), conditional (304), and first read after an edit.
     */
    private void measureReads(String project, List<String> ids, Random random, int taskCount) throws Exception {
        String path = "/api/v1/projects/" + project + "/schedule";
        List<Long> full = new ArrayList<>();
        List<Long> conditional = new ArrayList<>();
        List<Long> afterEdit = new ArrayList<>();
        String tag = null;
        for (int i = 0; i < 20 + READS; i++) {
            long started = System.nanoTime();
            HttpResponse<byte[]> reply = raw(path, null);
            long elapsed = System.nanoTime() - started;
            tag = reply.headers().firstValue("ETag").orElseThrow();
            if (i >= 20) {
                full.add(elapsed);
            }
        }
        for (int i = 0; i < READS; i++) {
            long started = System.nanoTime();
            HttpResponse<byte[]> reply = raw(path, tag);
            conditional.add(System.nanoTime() - started);
            if (reply.statusCode() != 304) {
                throw new IllegalStateException("expected 304, got " + reply.statusCode());
            }
        }
        for (int i = 0; i < 20; i++) {
            String task = ids.get(random.nextInt(ids.size()));
            call("PATCH", "/api/v1/tasks/" + task, Map.of("durationDays", 1 + random.nextInt(10)), null);
            long started = System.nanoTime();
            raw(path, tag);
            afterEdit.add(System.nanoTime() - started);
        }
        full.sort(Long::compare);
        conditional.sort(Long::compare);
        afterEdit.sort(Long::compare);
        boolean goalApplies = taskCount <= 5_000;
        System.out.printf(
                Locale.ROOT,
                "Schedule read, %d tasks: unchanged p50 %.1f ms p95 %.1f ms%s;  If-None-Match (304) p50 %.1f ms p95 %.1f ms;"
                        + "  first read after an edit p50 %.1f ms p95 %.1f ms%n",
                taskCount,
                at(full, 0.5),
                at(full, 0.95),
                goalApplies ? (at(full, 0.95) < 30 ? " (goal p95 < 30 ms) MET" : " (goal p95 < 30 ms) MISSED") : "",
                at(conditional, 0.5),
                at(conditional, 0.95),
                at(afterEdit, 0.5),
                at(afterEdit, 0.95));
    }

    private static final int READS = 100;

    private HttpResponse<byte[]> raw(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private record Reply(int status, JsonNode body, String etag) {}

    private Reply get(String path) {
        try {
            return call("GET", path, null, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Reply call(String method, String path, Object body, String ifMatch) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        JsonNode parsed = response.body().length == 0 ? json.nullNode() : json.readTree(response.body());
        return new Reply(
                response.statusCode(),
                parsed,
                response.headers().firstValue("ETag").orElse(null));
    }

    private static double at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }
}
