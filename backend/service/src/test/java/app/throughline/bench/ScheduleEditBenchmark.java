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
 * The round trip of one task edit in a 5,000-task project, as a client sees it: PATCH a task's
 * duration (with If-Match), which loads the project, recomputes its schedule, writes the changed
 * schedule rows and answers with the new dates. Goal: p95 under 150 ms.
 * Usage: {@code ScheduleEditBenchmark [baseUrl]} (default http://localhost:18090).
 */
public final class ScheduleEditBenchmark {

    private static final int TASKS = 5_000;
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
        String workspace = registered.path("workspace").path("id").asText();
        String project = call(
                        "POST",
                        "/api/v1/workspaces/" + workspace + "/projects",
                        Map.of("key", "EDIT", "name", "Edit benchmark", "startDate", "2027-01-04"),
                        null)
                .body()
                .path("id")
                .asText();

        // 50 phases of 100 tasks; each task depends on one or two earlier tasks (about 2 links per task)
        Random random = new Random(7);
        List<Map<String, Object>> tasks = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
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
                TASKS,
                links.size(),
                EDITS,
                WARM_UP);
        System.out.printf(
                Locale.ROOT,
                "  p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms   (goal: p95 < 150 ms) %s%n",
                at(samples, 0.50),
                at(samples, 0.95),
                at(samples, 0.99),
                at(samples, 1.0),
                at(samples, 0.95) < 150 ? "MET" : "MISSED");
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
