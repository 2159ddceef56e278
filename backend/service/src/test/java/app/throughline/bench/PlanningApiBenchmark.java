package app.throughline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Measures the planning API of a running service over HTTP, the way a client sees it:
 * <ol>
 * <li>one bulk request creating 10,000 tasks (20 phases × 9 work packages as summaries, the rest leaf
 * tasks) and 20,000 acyclic dependencies of all four types;</li>
 * <li>listing that project page by page with limit 100 and 500 (after a warm-up);</li>
 * <li>adding single dependencies to it: links forward in topological order (accepted, 201) and links
 * that would close a cycle (refused, 409). The server's cycle check cannot be timed alone from outside,
 * so the request latency is reported; it includes HTTP, authentication, the reachability query and, for
 * an accepted link, the insert and everything done on a plan change.</li>
 * </ol>
 * <p>Over 400 lines: one benchmark program whose phases share the project they build; its printing
 * of figures is most of the length.
 * Usage: {@code PlanningApiBenchmark [baseUrl]} (default http://localhost:18090). Deterministic graph (fixed seed).
 */
public final class PlanningApiBenchmark {

    private static final int TASKS = 10_000;
    private static final int DEPENDENCIES = 20_000;
    private static final int PHASES = 20;
    private static final int PACKAGES_PER_PHASE = 9;
    private static final long SEED = 42;

    private static final double TARGET_BULK_SECONDS = 5;
    private static final double TARGET_PAGE_P99_MS = 25;
    private static final double TARGET_CYCLE_MS = 5;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private String token;
    private final List<String[]> table = new ArrayList<>();

    private PlanningApiBenchmark(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static void main(String[] args) throws Exception {
        new PlanningApiBenchmark(args.length > 0 ? args[0] : "http://localhost:18090").run();
    }

    private record Reply(int status, JsonNode body, long nanos, long cycleCheckNanos) {}

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
                        "Benchmark workspace"));
        expect(registered, 201, "register");
        token = registered.body().path("accessToken").asText();
        String workspace = registered.body().path("workspace").path("id").asText();
        Reply project = send(
                "POST",
                "/api/v1/workspaces/" + workspace + "/projects",
                Map.of("key", "BENCH", "name", "Benchmark project", "status", "active", "startDate", "2027-01-04"));
        expect(project, 201, "create project");
        String projectId = project.body().path("id").asText();

        // ---------------------------------------------------------------- 1. bulk create
        Graph graph = Graph.generate();
        byte[] body = json.writeValueAsBytes(graph.request(json));
        System.out.printf(
                Locale.ROOT,
                "bulk request: %,d tasks (%d summaries), %,d dependencies, %.1f MB of JSON%n",
                TASKS,
                PHASES + PHASES * PACKAGES_PER_PHASE,
                graph.edges.size(),
                body.length / 1e6);
        Reply bulk = sendRaw("POST", "/api/v1/projects/" + projectId + "/tasks:bulk", body);
        expect(bulk, 201, "bulk create");
        double bulkSeconds = bulk.nanos() / 1e9;
        int rows = TASKS + graph.edges.size();
        row(
                "bulk create 10k tasks + 20k deps (1 request)",
                String.format(Locale.ROOT, "%.2f s  (%,.0f rows/s)", bulkSeconds, rows / bulkSeconds),
                "< 5 s",
                bulkSeconds < TARGET_BULK_SECONDS);
        String[] ids = new String[TASKS];
        for (JsonNode t : bulk.body().path("tasks")) {
            ids[Integer.parseInt(t.path("ref").asText().substring(1))] =
                    t.path("id").asText();
        }

        // ---------------------------------------------------------------- 2. paging
        for (int limit : new int[] {100, 500}) {
            listAll(projectId, limit, null); // warm-up
            listAll(projectId, limit, null);
            List<Long> samples = new ArrayList<>();
            int passes = limit == 100 ? 3 : 10;
            for (int i = 0; i < passes; i++) {
                int seen = listAll(projectId, limit, samples);
                if (seen != TASKS) {
                    throw new IllegalStateException("listed " + seen + " tasks, expected " + TASKS);
                }
            }
            row(
                    "list tasks, limit " + limit + " (" + samples.size() + " pages)",
                    percentiles(samples),
                    "p99 < 25 ms",
                    percentile(samples, 0.99) < TARGET_PAGE_P99_MS * 1e6);
        }

        // ---------------------------------------------------------------- 3. single links and cycle checks
        Random random = new Random(SEED + 1);
        List<Long> accepted = new ArrayList<>();
        List<Long> refused = new ArrayList<>();
        List<Long> checks = new ArrayList<>();
        List<Integer> reach = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            int[] pair = graph.forwardPair(random);
            Reply r = send(
                    "POST",
                    "/api/v1/dependencies",
                    Map.of("predecessorId", ids[pair[0]], "successorId", ids[pair[1]], "type", "fs", "lagDays", 0));
            expect(r, 201, "forward link " + pair[0] + " -> " + pair[1]);
            graph.add(pair[0], pair[1]);
            if (i >= 30) {
                accepted.add(r.nanos());
                checks.add(r.cycleCheckNanos());
                reach.add(graph.reachFrom(pair[1]));
            }
        }
        for (int i = 0; i < 230; i++) {
            int[] pair = graph.backwardPair(random);
            Reply r = send(
                    "POST",
                    "/api/v1/dependencies",
                    Map.of("predecessorId", ids[pair[0]], "successorId", ids[pair[1]], "type", "fs", "lagDays", 0));
            expect(r, 409, "cycle-closing link " + pair[0] + " -> " + pair[1]);
            if (!r.body().path("cycle").isArray() || r.body().path("cycle").isEmpty()) {
                throw new IllegalStateException("409 without the cycle: " + r.body());
            }
            if (i >= 30) {
                refused.add(r.nanos());
                checks.add(r.cycleCheckNanos());
            }
        }
        reach.sort(null);
        row(
                "cycle check alone (Server-Timing, 400 links)",
                percentiles(checks),
                "< 5 ms",
                percentile(checks, 0.99) < TARGET_CYCLE_MS * 1e6);
        row(
                "add dependency, whole request, accepted (201)",
                percentiles(accepted),
                "(includes the schedule recompute)",
                true);
        row("add dependency, whole request, refused (409)", percentiles(refused), "(HTTP + auth + check)", true);

        System.out.println();
        System.out.printf(Locale.ROOT, "%-46s %-52s %-20s %s%n", "measure", "figure", "target", "");
        System.out.println("-".repeat(126));
        for (String[] r : table) {
            System.out.printf(Locale.ROOT, "%-46s %-52s %-20s %s%n", (Object[]) r);
        }
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "Link requests are whole requests (HTTP + auth + checks + insert + what a plan change triggers); an accepted%n"
                        + "link's successor reaches a median of %d tasks downstream (max %d), which the reachability query walks.%n",
                reach.get(reach.size() / 2),
                reach.get(reach.size() - 1));
    }

    private int listAll(String projectId, int limit, List<Long> samples) throws IOException, InterruptedException {
        String cursor = null;
        int seen = 0;
        do {
            String path = "/api/v1/projects/" + projectId + "/tasks?limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            Reply page = send("GET", path, null);
            expect(page, 200, "list tasks");
            if (samples != null) {
                samples.add(page.nanos());
            }
            seen += page.body().path("items").size();
            JsonNode next = page.body().path("next");
            cursor = next.isMissingNode() || next.isNull() ? null : next.asText();
        } while (cursor != null);
        return seen;
    }

    private void row(String measure, String figure, String target, boolean met) {
        table.add(new String[] {measure, figure, target, met ? "met" : "MISSED"});
        System.out.printf(Locale.ROOT, "%s: %s (target %s) %s%n", measure, figure, target, met ? "met" : "MISSED");
    }

    private static String percentiles(List<Long> nanos) {
        return String.format(
                Locale.ROOT,
                "p50 %.1f  p95 %.1f  p99 %.1f  max %.1f ms",
                percentile(nanos, 0.5) / 1e6,
                percentile(nanos, 0.95) / 1e6,
                percentile(nanos, 0.99) / 1e6,
                percentile(nanos, 1.0) / 1e6);
    }

    private static double percentile(List<Long> nanos, double q) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private Reply send(String method, String path, Object body) throws IOException, InterruptedException {
        return sendRaw(method, path, body == null ? null : json.writeValueAsBytes(body));
    }

    private Reply sendRaw(String method, String path, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(5))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - start;
        JsonNode parsed = response.body().length == 0 ? json.nullNode() : json.readTree(response.body());
        return new Reply(response.statusCode(), parsed, nanos, serverTiming(response, "cycle-check"));
    }

    /** A step's duration from the Server-Timing header, in nanoseconds (-1 when absent). */
    private static long serverTiming(HttpResponse<?> response, String step) {
        for (String entry :
                response.headers().firstValue("Server-Timing").orElse("").split(",")) {
            String[] parts = entry.trim().split(";dur=");
            if (parts.length == 2 && parts[0].equals(step)) {
                return Math.round(Double.parseDouble(parts[1]) * 1e6);
            }
        }
        return -1;
    }

    private static void expect(Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw new IllegalStateException(
                    what + ": expected " + status + " but got " + reply.status() + " " + reply.body());
        }
    }

    /**
     * The benchmark network: task {@code t0…t9999}; the first 200 refs are the phases and work packages
     * (summaries), the rest leaves in topological order, each hanging under a work package. Dependencies
     * link leaves only (a summary's own links are not needed for the load), always from a lower leaf index
     * to a higher one, mostly to recent tasks (a layered flow), some across the project.
     */
    static final class Graph {
        final int summaries = PHASES + PHASES * PACKAGES_PER_PHASE;
        final int[] parent = new int[TASKS];
        final List<int[]> edges = new ArrayList<>();
        final Set<Long> linked = new HashSet<>();
        final List<List<Integer>> successors = new ArrayList<>();
        final Random random = new Random(SEED);

        static Graph generate() {
            Graph g = new Graph();
            for (int i = 0; i < TASKS; i++) {
                g.successors.add(new ArrayList<>());
            }
            for (int p = 0; p < PHASES; p++) {
                g.parent[p] = -1;
                for (int w = 0; w < PACKAGES_PER_PHASE; w++) {
                    g.parent[PHASES + p * PACKAGES_PER_PHASE + w] = p;
                }
            }
            int leaves = TASKS - g.summaries;
            for (int i = 0; i < leaves; i++) {
                // consecutive leaves share a work package, so work packages follow the flow
                g.parent[g.summaries + i] = PHASES + (int) ((long) i * PHASES * PACKAGES_PER_PHASE / leaves);
            }
            for (int i = 1; i < leaves && g.edges.size() < DEPENDENCIES; i++) {
                int wanted = Math.min(i, 2 + (g.random.nextInt(10) == 0 ? 1 : 0));
                for (int k = 0, tries = 0; k < wanted && tries < 20 && g.edges.size() < DEPENDENCIES; tries++) {
                    int back =
                            g.random.nextInt(20) == 0 ? 1 + g.random.nextInt(i) : 1 + g.random.nextInt(Math.min(i, 40));
                    if (g.add(g.summaries + i - back, g.summaries + i)) {
                        k++;
                    }
                }
            }
            while (g.edges.size() < DEPENDENCIES) {
                int a = g.random.nextInt(leaves), b = g.random.nextInt(leaves);
                if (a != b) {
                    g.add(g.summaries + Math.min(a, b), g.summaries + Math.max(a, b));
                }
            }
            return g;
        }

        boolean add(int from, int to) {
            if (!linked.add(((long) from << 32) | to) || linked.contains(((long) to << 32) | from)) {
                return false;
            }
            edges.add(new int[] {from, to});
            successors.get(from).add(to);
            return true;
        }

        boolean linkedEitherWay(int a, int b) {
            return linked.contains(((long) a << 32) | b) || linked.contains(((long) b << 32) | a);
        }

        /** Two unlinked leaves, the first before the second in topological order: the link is accepted. */
        int[] forwardPair(Random r) {
            int leaves = TASKS - summaries;
            while (true) {
                int a = summaries + r.nextInt(leaves), b = summaries + r.nextInt(leaves);
                if (a < b && !linkedEitherWay(a, b)) {
                    return new int[] {a, b};
                }
            }
        }

        /** A link from a task back to one it is reached from (a path of 2–6 links): it closes a cycle. */
        int[] backwardPair(Random r) {
            int leaves = TASKS - summaries;
            while (true) {
                int start = summaries + r.nextInt(leaves);
                int node = start;
                int steps = 2 + r.nextInt(5);
                for (int s = 0; s < steps && !successors.get(node).isEmpty(); s++) {
                    List<Integer> next = successors.get(node);
                    node = next.get(r.nextInt(next.size()));
                }
                if (node != start && !linkedEitherWay(start, node)) {
                    return new int[] {node, start};
                }
            }
        }

        int reachFrom(int from) {
            boolean[] seen = new boolean[TASKS];
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(from));
            seen[from] = true;
            int count = 0;
            while (!queue.isEmpty()) {
                int n = queue.poll();
                count++;
                for (int s : successors.get(n)) {
                    if (!seen[s]) {
                        seen[s] = true;
                        queue.add(s);
                    }
                }
            }
            return count;
        }

        ObjectNode request(ObjectMapper json) {
            String[] types = {"fs", "fs", "fs", "fs", "fs", "fs", "fs", "ss", "ss", "ff", "ff", "sf"};
            Random r = new Random(SEED + 2);
            ObjectNode root = json.createObjectNode();
            ArrayNode tasks = root.putArray("tasks");
            for (int i = 0; i < TASKS; i++) {
                ObjectNode t = tasks.addObject();
                t.put("ref", "t" + i);
                if (parent[i] >= 0) {
                    t.put("parentRef", "t" + parent[i]);
                }
                if (i < PHASES) {
                    t.put("title", "Phase " + (i + 1));
                } else if (i < summaries) {
                    t.put("title", "Work package " + (i - PHASES + 1));
                } else {
                    t.put("title", "Task " + (i - summaries + 1) + " of the benchmark network");
                    t.put("priority", new String[] {"low", "medium", "medium", "high"}[r.nextInt(4)]);
                    t.putArray("tags").add(new String[] {"design", "build", "test", "content"}[r.nextInt(4)]);
                    if (i % 97 == 0) {
                        t.put("constraintType", "snet").put("constraintDate", "2027-02-01");
                    }
                    if (i % 50 == 0) {
                        t.put("deadline", "2027-06-30");
                    }
                }
                t.put("durationDays", i < summaries ? 0 : 0.5 * (1 + r.nextInt(20)));
            }
            ArrayNode links = root.putArray("dependencies");
            for (int[] e : edges) {
                ObjectNode d = links.addObject();
                d.put("predecessorRef", "t" + e[0]);
                d.put("successorRef", "t" + e[1]);
                d.put("type", types[r.nextInt(types.length)]);
                int lag = r.nextInt(10);
                d.put("lagDays", lag < 6 ? 0 : lag < 8 ? 0.5 * (1 + r.nextInt(4)) : -0.5 * (1 + r.nextInt(2)));
            }
            return root;
        }
    }
}
