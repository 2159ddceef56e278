package app.throughline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The service's memory with a 100,000-task project (issue 19, goal 6): bulk-created in five requests
 * of 20,000 tasks, its schedule read, then edited, with the resident set of the service process read
 * from {@code /proc} after each step. The goal is a peak resident set (VmHWM) of at most 1.5 GiB.
 * Usage: {@code MemoryBenchmark baseUrl servicePid}; run by {@code run-start-memory-bench.sh}.
 */
public final class MemoryBenchmark {

    private static final int CHUNKS = 5;
    private static final int CHUNK_TASKS = 20_000;
    private static final int EDITS = 30;
    private static final long GOAL_BYTES = 1536L * 1024 * 1024;

    private final JsonApi api;
    private final long pid;

    private MemoryBenchmark(String base, long pid) {
        this.api = new JsonApi(base);
        this.pid = pid;
    }

    public static void main(String[] args) throws Exception {
        new MemoryBenchmark(args[0], Long.parseLong(args[1])).run();
    }

    private void run() throws Exception {
        memory("service started, nothing loaded");
        JsonApi.Reply registered = api.call(
                "POST",
                "/api/v1/auth/register",
                Map.of(
                        "name",
                        "Memory bench",
                        "email",
                        "memory-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                        "password",
                        "benchmark-password-1",
                        "workspaceName",
                        "Memory benchmark"));
        expect(registered, 201, "register");
        api.signIn(registered.body().path("accessToken").asText());
        String workspace = registered.body().path("workspace").path("id").asText();
        JsonApi.Reply project = api.call(
                "POST",
                "/api/v1/workspaces/" + workspace + "/projects",
                Map.of("key", "MEM", "name", "Memory benchmark 100k", "startDate", "2027-01-04"));
        expect(project, 201, "create project");
        String projectId = project.body().path("id").asText();

        Random random = new Random(11);
        List<String> ids = new ArrayList<>();
        String previousLast = null;
        for (int chunk = 0; chunk < CHUNKS; chunk++) {
            long started = System.nanoTime();
            JsonApi.Reply bulk =
                    api.call("POST", "/api/v1/projects/" + projectId + "/tasks:bulk", chunk(chunk, random));
            expect(bulk, 201, "bulk create chunk " + (chunk + 1));
            List<String> created = new ArrayList<>();
            bulk.body().path("tasks").forEach(t -> created.add(t.path("id").asText()));
            // chunks follow each other, so the project is one network rather than five
            if (previousLast != null) {
                expect(
                        api.call(
                                "POST",
                                "/api/v1/dependencies",
                                Map.of("predecessorId", previousLast, "successorId", created.get(0), "type", "fs")),
                        201,
                        "link chunks");
            }
            previousLast = created.get(created.size() - 1);
            ids.addAll(created);
            System.out.printf(
                    Locale.ROOT,
                    "bulk create %,d tasks (chunk %d of %d): %.1f s%n",
                    CHUNK_TASKS,
                    chunk + 1,
                    CHUNKS,
                    (System.nanoTime() - started) / 1e9);
        }
        memory("after bulk-creating " + String.format(Locale.ROOT, "%,d", ids.size()) + " tasks");

        long started = System.nanoTime();
        JsonApi.Reply schedule = api.call("GET", "/api/v1/projects/" + projectId + "/schedule", null);
        expect(schedule, 200, "schedule read");
        System.out.printf(
                Locale.ROOT,
                "schedule read: %,d tasks in %.2f s%n",
                schedule.body().path("tasks").size(),
                (System.nanoTime() - started) / 1e9);
        memory("after reading the schedule");

        List<Long> edits = new ArrayList<>();
        for (int i = 0; i < EDITS; i++) {
            String task = ids.get(random.nextInt(ids.size()));
            long t0 = System.nanoTime();
            JsonApi.Reply edited =
                    api.call("PATCH", "/api/v1/tasks/" + task, Map.of("durationDays", 1 + random.nextInt(9)));
            edits.add(System.nanoTime() - t0);
            expect(edited, 200, "edit");
        }
        edits.sort(Long::compare);
        System.out.printf(
                Locale.ROOT,
                "%d edits (schedule recomputed each time): p50 %.0f ms, max %.0f ms%n",
                EDITS,
                edits.get(EDITS / 2) / 1e6,
                edits.get(EDITS - 1) / 1e6);
        Status last = memory("after " + EDITS + " edits");
        System.out.printf(
                Locale.ROOT,
                "%nPeak resident set of the service: %,.0f MiB (goal: at most 1,536 MiB) %s%n",
                last.peakBytes() / 1048576.0,
                last.peakBytes() <= GOAL_BYTES ? "MET" : "MISSED");
    }

    private static Map<String, Object> chunk(int chunk, Random random) {
        List<Map<String, Object>> tasks = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        // 20 summaries of 999 tasks each; every task follows one or two of the 60 before it
        for (int i = 0; i < CHUNK_TASKS; i++) {
            String ref = "t" + i;
            if (i % 1000 == 0) {
                tasks.add(Map.of("ref", ref, "title", "Phase " + (chunk * 20 + i / 1000 + 1), "durationDays", 0));
                continue;
            }
            tasks.add(Map.of(
                    "ref",
                    ref,
                    "parentRef",
                    "t" + (i / 1000) * 1000,
                    "title",
                    "Task " + (chunk * CHUNK_TASKS + i) + " of the memory benchmark",
                    "durationDays",
                    1 + random.nextInt(10)));
            int first = (i / 1000) * 1000 + 1;
            if (i > first) {
                int a = i - 1 - random.nextInt(Math.min(i - first, 60));
                links.add(Map.of("predecessorRef", "t" + a, "successorRef", ref, "type", "fs", "lagDays", 0));
            }
        }
        return Map.of("tasks", tasks, "dependencies", links);
    }

    private record Status(long residentBytes, long peakBytes) {}

    private Status memory(String moment) throws IOException {
        long rss = 0;
        long hwm = 0;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kilobytes(line) * 1024;
            } else if (line.startsWith("VmHWM:")) {
                hwm = kilobytes(line) * 1024;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "  memory %-40s resident %,6.0f MiB, peak %,6.0f MiB%n",
                moment,
                rss / 1048576.0,
                hwm / 1048576.0);
        return new Status(rss, hwm);
    }

    private static long kilobytes(String statusLine) {
        return Long.parseLong(statusLine.replaceAll("[^0-9]", ""));
    }

    private static void expect(JsonApi.Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw new IllegalStateException(what + " answered " + reply.status() + ": " + reply.body());
        }
    }
}
