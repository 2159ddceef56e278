package app.throughline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures {@code GET /workspaces/{id}/workload} of a running service over HTTP at the target size:
 * 200 people, 5,000 tasks in 25 projects (bulk API), spread over 26 weeks with {@code snet}
 * constraints, one or two people on each task (about 7,500 assignments through the API). Then the
 * workload of all 200 people over the 26 weeks is fetched by day and by week, 10 warm-up and 50
 * timed requests each; p50/p95 are printed against the 300 ms target.
 * Usage: {@code WorkloadBenchmark [baseUrl]} (default http://localhost:18090). Fixed seed.
 */
public final class WorkloadBenchmark {

    private static final int PEOPLE = 200;
    private static final int PROJECTS = 25;
    private static final int TASKS_PER_PROJECT = 200;
    private static final int WEEKS = 26;
    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final double TARGET_MS = 300;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private String token;

    private WorkloadBenchmark(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static void main(String[] args) throws Exception {
        new WorkloadBenchmark(args.length > 0 ? args[0] : "http://localhost:18090").run();
    }

    private record Reply(int status, JsonNode body, long nanos) {}

    private void run() throws Exception {
        String email = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        Reply registered = send(
                "POST",
                "/api/v1/auth/register",
                Map.of(
                        "name",
                        "Benchmark",
                        "email",
                        email,
                        "password",
                        "benchmark-password-1",
                        "workspaceName",
                        "Workload benchmark"));
        expect(registered, 201, "register");
        token = registered.body().path("accessToken").asText();
        String workspace = registered.body().path("workspace").path("id").asText();
        Random random = new Random(42);

        long setup = System.nanoTime();
        List<String> people = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
            Reply person = send(
                    "POST",
                    "/api/v1/workspaces/" + workspace + "/people",
                    Map.of("name", String.format(Locale.ROOT, "Person %03d", p), "maxUnits", p % 10 == 0 ? 0.5 : 1.0));
            expect(person, 201, "create person");
            people.add(person.body().path("id").asText());
        }
        List<String> tasks = new ArrayList<>();
        for (int j = 0; j < PROJECTS; j++) {
            Reply project = send(
                    "POST",
                    "/api/v1/workspaces/" + workspace + "/projects",
                    Map.of(
                            "key",
                            "WL" + (char) ('A' + j),
                            "name",
                            "Workload project " + j,
                            "status",
                            "active",
                            "startDate",
                            START.toString()));
            expect(project, 201, "create project");
            List<Map<String, Object>> bulk = new ArrayList<>();
            for (int t = 0; t < TASKS_PER_PROJECT; t++) {
                Map<String, Object> task = new HashMap<>();
                task.put("ref", "t" + t);
                task.put("title", "Task " + t);
                task.put("durationDays", 2 + random.nextInt(9));
                task.put("constraintType", "snet");
                task.put(
                        "constraintDate",
                        START.plusDays(random.nextInt(WEEKS * 7 - 14)).toString());
                bulk.add(task);
            }
            Reply created = send(
                    "POST",
                    "/api/v1/projects/" + project.body().path("id").asText() + "/tasks:bulk",
                    Map.of("tasks", bulk));
            expect(created, 201, "bulk create");
            created.body().path("tasks").forEach(t -> tasks.add(t.path("id").asText()));
        }
        List<Map.Entry<String, Map<String, Object>>> assignments = new ArrayList<>();
        for (int t = 0; t < tasks.size(); t++) {
            int first = random.nextInt(PEOPLE);
            assignments.add(Map.entry(tasks.get(t), Map.of("personId", people.get(first), "units", 1.0)));
            if (t % 2 == 0) {
                assignments.add(Map.entry(
                        tasks.get(t),
                        Map.of(
                                "personId",
                                people.get((first + 1 + random.nextInt(PEOPLE - 1)) % PEOPLE),
                                "units",
                                0.5)));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Reply>> replies = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> a : assignments) {
            replies.add(pool.submit(() -> send("POST", "/api/v1/tasks/" + a.getKey() + "/assignments", a.getValue())));
        }
        for (Future<Reply> reply : replies) {
            expect(reply.get(), 201, "assign");
        }
        pool.shutdown();
        System.out.printf(
                Locale.ROOT,
                "Set-up: %d people, %d tasks in %d projects, %d assignments in %.1f s%n",
                PEOPLE,
                tasks.size(),
                PROJECTS,
                assignments.size(),
                (System.nanoTime() - setup) / 1e9);

        LocalDate to = START.plusDays(WEEKS * 7L - 1);
        for (String granularity : List.of("day", "week")) {
            String path = "/api/v1/workspaces/" + workspace + "/workload?from=" + START + "&to=" + to + "&granularity="
                    + granularity;
            Reply check = send("GET", path, null);
            expect(check, 200, "workload");
            int over = 0;
            for (JsonNode person : check.body().path("people")) {
                over += person.path("overallocations").size();
            }
            for (int i = 0; i < 10; i++) {
                send("GET", path, null);
            }
            List<Long> samples = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                Reply r = send("GET", path, null);
                expect(r, 200, "workload");
                samples.add(r.nanos());
            }
            Collections.sort(samples);
            double p50 = samples.get(24) / 1e6;
            double p95 = samples.get(47) / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "workload by %-4s %d people × %d periods, %d over-allocation runs: p50 %.1f ms, p95 %.1f ms "
                            + "(target < %.0f ms: %s)%n",
                    granularity,
                    check.body().path("people").size(),
                    check.body().path("people").path(0).path("periods").size(),
                    over,
                    p50,
                    p95,
                    TARGET_MS,
                    p95 < TARGET_MS ? "met" : "MISSED");
        }
    }

    private Reply send(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(5))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - start;
        JsonNode parsed = response.body().length == 0 ? json.nullNode() : json.readTree(response.body());
        return new Reply(response.statusCode(), parsed, nanos);
    }

    private static void expect(Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw new IllegalStateException(
                    what + ": expected " + status + " but got " + reply.status() + " " + reply.body());
        }
    }
}
