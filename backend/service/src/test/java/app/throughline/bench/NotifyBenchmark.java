package app.throughline.bench;

import app.throughline.bench.JsonApi.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Notifications as a receiver sees them. (1) Drain: {@code NOTIFY_EVENTS} (default 10,000) events
 * land in the outbox at once (written straight into the service's database, its address from the
 * data directory's postgres.url: creating them one edit at a time would measure the edits); the
 * service dispatches them and delivers each to a webhook on 127.0.0.1 (the service must allow it:
 * {@code THROUGHLINE_WEBHOOKS_ALLOW_PRIVATE_TARGETS=127.0.0.1/32}, as {@code make bench-notify}
 * sets). Reported: time until the last one arrived and the event-to-delivery latency (arrival minus
 * the event's occurredAt; same machine, same clock), p50/p99. (2) Task edit round trip (PATCH
 * title) p95 with the workspace's webhook subscribed to task.updated and with it subscribed to
 * nothing the edits produce, in alternating rounds (goal: < 5 ms extra). Usage: {@code
 * NotifyBenchmark [baseUrl] [postgres.url file]}.
 */
public final class NotifyBenchmark {

    private static final int ROUNDS = 3;
    private static final int EDITS_PER_ROUND = 60;
    private static final int WARM_UP = 20;

    private final Path databaseAddress;
    private final int events;
    /** Arrival time (epoch ms) of each event id, first arrival only; and how many arrivals in all. */
    private final Map<String, long[]> arrivals = new ConcurrentHashMap<>();

    private final JsonApi api;

    private NotifyBenchmark(String base, Path databaseAddress, int events) {
        this.api = new JsonApi(base);
        this.databaseAddress = databaseAddress;
        this.events = events;
    }

    public static void main(String[] args) throws Exception {
        String size = System.getenv().getOrDefault("NOTIFY_EVENTS", "10000");
        new NotifyBenchmark(
                        args.length > 0 ? args[0] : "http://localhost:18090",
                        Path.of(args.length > 1 ? args[1] : ".data/postgres.url"),
                        Integer.parseInt(size))
                .run();
    }

    private void run() throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ExecutorService receiverThreads = Executors.newFixedThreadPool(4);
        receiver.setExecutor(receiverThreads);
        receiver.createContext("/hook", exchange -> {
            long now = System.currentTimeMillis();
            exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("Throughline-Delivery");
            if (id != null) {
                arrivals.compute(id, (k, v) -> v == null ? new long[] {now, 1} : new long[] {v[0], v[1] + 1});
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            measure("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        } finally {
            receiver.stop(0);
            receiverThreads.shutdownNow();
        }
    }

    private void measure(String hookUrl) throws Exception {
        JsonNode registered = call(
                        "POST",
                        "/api/v1/auth/register",
                        Map.of(
                                "name",
                                "Notify bench",
                                "email",
                                "notify-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                                "password",
                                "benchmark-password-1",
                                "workspaceName",
                                "Notify benchmark"))
                .body();
        api.signIn(registered.path("accessToken").asText());
        String workspace = registered.path("workspace").path("id").asText();
        String project = call(
                        "POST",
                        "/api/v1/workspaces/" + workspace + "/projects",
                        Map.of("key", "NTFY", "name", "Notify benchmark", "startDate", "2026-09-01"))
                .body()
                .path("id")
                .asText();
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tasks.add(Map.of("ref", "t" + i, "title", "Task " + i, "durationDays", 1 + i % 5));
        }
        Reply bulk = call("POST", "/api/v1/projects/" + project + "/tasks:bulk", Map.of("tasks", tasks));
        if (bulk.status() != 201) {
            throw new IllegalStateException("bulk create failed: " + bulk.body());
        }
        List<String> ids = new ArrayList<>();
        bulk.body().path("tasks").forEach(t -> ids.add(t.path("id").asText()));
        Reply hook = call(
                "POST",
                "/api/v1/workspaces/" + workspace + "/webhooks",
                Map.of("url", hookUrl, "events", List.of("task.updated"), "secret", "benchmark-secret-123456"));
        if (hook.status() != 201) {
            throw new IllegalStateException("webhook refused (allow 127.0.0.1/32 for the service): " + hook.body());
        }
        String webhook = hook.body().path("id").asText();

        // (1) the drain
        long inserted = System.currentTimeMillis();
        writeEvents(UUID.fromString(workspace), UUID.fromString(project), ids);
        long deadline = inserted + Math.max(120_000, events * 60L);
        while (arrivals.size() < events && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        long drained = arrivals.values().stream().mapToLong(v -> v[0]).max().orElse(inserted) - inserted;
        int arrived = arrivals.size();
        long duplicates = arrivals.values().stream().mapToLong(v -> v[1] - 1).sum();
        List<Long> latencies = latencies(UUID.fromString(workspace));

        // (2) task edits with and without a subscribed webhook, alternating rounds
        List<Long> with = new ArrayList<>();
        List<Long> without = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < WARM_UP; i++) {
            edit(ids.get(n++ % ids.size()), n);
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (boolean subscribed : new boolean[] {false, true}) {
                Reply patched = call(
                        "PATCH",
                        "/api/v1/webhooks/" + webhook,
                        Map.of("events", List.of(subscribed ? "task.updated" : "status_report.published")));
                if (patched.status() != 200) {
                    throw new IllegalStateException("webhook patch failed: " + patched.body());
                }
                for (int i = 0; i < EDITS_PER_ROUND; i++) {
                    long took = edit(ids.get(n++ % ids.size()), n);
                    (subscribed ? with : without).add(took);
                }
            }
        }
        with.sort(Long::compare);
        without.sort(Long::compare);

        System.out.printf(
                Locale.ROOT,
                "%nNotifications: %d events in the outbox at once, delivered to a webhook on 127.0.0.1:%n",
                events);
        System.out.printf(
                Locale.ROOT,
                "  drained in %.1f s (%d of %d arrived, %d duplicate arrivals)   %.0f events/s%n",
                drained / 1000.0,
                arrived,
                events,
                duplicates,
                arrived * 1000.0 / Math.max(1, drained));
        if (!latencies.isEmpty()) {
            System.out.printf(
                    Locale.ROOT,
                    "  event-to-delivery latency: p50 %.0f ms   p99 %.0f ms   max %.0f ms%n",
                    at(latencies, 0.5),
                    at(latencies, 0.99),
                    at(latencies, 1.0));
        }
        double extra = ms(with, 0.95) - ms(without, 0.95);
        System.out.printf(
                Locale.ROOT,
                "  task edit round trip (%d edits each): without webhooks p50 %.1f ms p95 %.1f ms;"
                        + " with a subscribed webhook p50 %.1f ms p95 %.1f ms; p95 extra %.1f ms (goal < 5 ms) %s%n",
                with.size(),
                ms(without, 0.5),
                ms(without, 0.95),
                ms(with, 0.5),
                ms(with, 0.95),
                extra,
                extra < 5 ? "MET" : "MISSED");
    }

    /** One PATCH of a task's title; returns its round trip in nanoseconds. */
    private long edit(String task, int n) throws Exception {
        long started = System.nanoTime();
        Reply reply = call("PATCH", "/api/v1/tasks/" + task, Map.of("title", "Task edited " + n));
        long took = System.nanoTime() - started;
        if (reply.status() != 200) {
            throw new IllegalStateException("edit failed: " + reply.status() + " " + reply.body());
        }
        return took;
    }

    /** {@code events} task.updated events on the project's tasks, committed at once. */
    private void writeEvents(UUID workspace, UUID project, List<String> tasks) throws Exception {
        String url = Files.readString(databaseAddress).trim();
        try (Connection connection = DriverManager.getConnection(url);
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO outbox (id, type, workspace_id, project_id, subject_id, occurred_at, data)
                        SELECT gen_random_uuid(), 'task.updated', ?, ?, (?::uuid[])[1 + g % ?], clock_timestamp(),
                               jsonb_build_object('title', 'Task ' || g, 'changes', jsonb_build_array('title'))
                        FROM generate_series(1, ?) g""")) {
            insert.setObject(1, workspace);
            insert.setObject(2, project);
            insert.setArray(3, connection.createArrayOf("uuid", tasks.toArray()));
            insert.setInt(4, tasks.size());
            insert.setInt(5, events);
            insert.executeUpdate();
        }
    }

    /** Arrival minus occurredAt of every arrived event, sorted (ms). */
    private List<Long> latencies(UUID workspace) throws Exception {
        String url = Files.readString(databaseAddress).trim();
        List<Long> latencies = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
                PreparedStatement select =
                        connection.prepareStatement("SELECT id, occurred_at FROM outbox WHERE workspace_id = ?")) {
            select.setObject(1, workspace);
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    long[] arrival = arrivals.get(rows.getString(1));
                    if (arrival != null) {
                        Instant occurred = rows.getTimestamp(2).toInstant();
                        latencies.add(arrival[0] - occurred.toEpochMilli());
                    }
                }
            }
        }
        latencies.sort(Long::compare);
        return latencies;
    }

    private Reply call(String method, String path, Object body) throws Exception {
        return api.call(method, path, body);
    }

    private static double at(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    /** The quantile of round trips measured in nanoseconds, in ms. */
    private static double ms(List<Long> sortedNanos, double q) {
        return at(sortedNanos, q) / 1e6;
    }
}
