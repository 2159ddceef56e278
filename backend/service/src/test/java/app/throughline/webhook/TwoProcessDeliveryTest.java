package app.throughline.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Two real service processes (the packaged jar) on one database, one of them killed with {@code
 * kill -9} while it has deliveries on the wire: no event is lost. Process A starts the embedded
 * PostgreSQL; process B is pointed at A's database by its JDBC URL (as a second replica would be).
 * Both dispatch the outbox and deliver webhooks. The receiver on 127.0.0.1 holds every request
 * until it has {@code 2 × concurrency} of them at once: each process sends at most {@code
 * concurrency} at a time, so at that moment both are mid-delivery. B is then killed (SIGKILL: no
 * shutdown hook, its claimed deliveries neither answered nor recorded), the receiver lets the
 * requests go, and A, once B's lease has run out, sends what B had claimed. Every event arrives at
 * least once with a valid signature, every delivery ends recorded as succeeded, and an event
 * arrives twice only if it was one B had claimed (the receiver deduplicates by {@code
 * Throughline-Delivery}).
 *
 * <p>Runs against target/quarkus-app, so only after packaging ({@code make test-faults}, part of
 * {@code make test}, passes {@code -Dfaults.packaged=true}).
 */
class TwoProcessDeliveryTest {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EVENTS = 200;
    private static final int CONCURRENCY = 4;
    private static final String SECRET = "two-process-shared-secret";

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Every request's event id (duplicates included), requests held right now, bad signatures. */
    private final List<String> arrivals = new CopyOnWriteArrayList<>();

    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger mostHeld = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch bothSending = new CountDownLatch(1);

    @Test
    void shouldLoseNoEventWhenOneOfTwoProcessesIsKilledMidDelivery() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("faults.packaged"), "runs after packaging: make test-faults");
        assertThat(JAR).as("the packaged service (mvn package)").exists();
        HttpServer receiver = receiver();
        Path dataA = Files.createTempDirectory("throughline-replica-a");
        Path dataB = Files.createTempDirectory("throughline-replica-b");
        Process a = null;
        Process b = null;
        try {
            int portA = freePort();
            a = start(dataA, portA, Map.of());
            String baseA = "http://localhost:" + portA;
            awaitReady(baseA, a, dataA);
            String jdbcUrl = Files.readString(dataA.resolve("postgres.url")).trim();
            int portB = freePort();
            b = start(
                    dataB,
                    portB,
                    Map.of("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl, "QUARKUS_DATASOURCE_USERNAME", "postgres"));
            awaitReady("http://localhost:" + portB, b, dataB);

            // a workspace with a webhook to the receiver, then EVENTS events committed at once
            JsonNode registered = call(
                    baseA,
                    "POST",
                    "/api/v1/auth/register",
                    null,
                    Map.of(
                            "name", "Replica",
                            "email", "replica@example.test",
                            "password", "long-enough-password",
                            "workspaceName", "Replicas"));
            String token = registered.path("accessToken").asText();
            UUID workspace =
                    UUID.fromString(registered.path("workspace").path("id").asText());
            call(
                    baseA,
                    "POST",
                    "/api/v1/workspaces/" + workspace + "/webhooks",
                    token,
                    Map.of(
                            "url",
                            "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                            "events",
                            List.of("task.updated"),
                            "secret",
                            SECRET));
            Set<String> events = queueEvents(jdbcUrl, workspace);

            // both processes have CONCURRENCY requests on the wire: kill B there
            assertThat(bothSending.await(90, TimeUnit.SECONDS))
                    .as("both processes sending at once (held %d at most)", mostHeld.get())
                    .isTrue();
            b.destroyForcibly(); // SIGKILL
            assertThat(b.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(b.exitValue()).as("killed by SIGKILL").isEqualTo(137);
            release.countDown();

            // A alone finishes, B's claimed deliveries included once their lease (20 s) has run out
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < deadline
                    && !(new HashSet<>(arrivals).containsAll(events) && pending(jdbcUrl, workspace) == 0)) {
                Thread.sleep(250);
            }
            Map<String, Long> outcomes = outcomes(jdbcUrl, workspace);
            Set<String> resent = resent(jdbcUrl, workspace);
            Map<String, Integer> times = new HashMap<>();
            arrivals.forEach(id -> times.merge(id, 1, Integer::sum));
            Set<String> duplicated = new HashSet<>();
            times.forEach((id, n) -> {
                if (n > 1) {
                    duplicated.add(id);
                }
            });
            System.out.printf(
                    "[two processes] %d events, %d arrivals (%d distinct, %d duplicated), deliveries %s,"
                            + " sent again after B's lease: %d%n",
                    events.size(), arrivals.size(), times.size(), duplicated.size(), outcomes, resent.size());

            assertThat(new HashSet<>(arrivals))
                    .as("events that reached the receiver")
                    .containsAll(events);
            assertThat(badSignatures.get()).as("requests with a bad signature").isZero();
            assertThat(outcomes).as("deliveries by status").isEqualTo(Map.of("succeeded", (long) EVENTS));
            // B had CONCURRENCY deliveries on the wire when it died: A sent them (and any others B claimed) again
            assertThat(resent).hasSizeGreaterThanOrEqualTo(CONCURRENCY);
            assertThat(resent).isSubsetOf(events);
            assertThat(duplicated).as("events that arrived twice").isSubsetOf(resent);
            assertThat(a.isAlive()).as("A still running").isTrue();
        } finally {
            release.countDown();
            for (Process p : new Process[] {b, a}) {
                if (p != null) {
                    p.destroy();
                    if (!p.waitFor(60, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                }
            }
            receiver.stop(0);
            delete(dataB);
            delete(dataA);
        }
    }

    /** Holds each request until {@link #release}; records its event id and checks its signature. */
    private HttpServer receiver() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ExecutorService threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.createContext("/hook", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String id = exchange.getRequestHeaders().getFirst("Throughline-Delivery");
                String signature = exchange.getRequestHeaders().getFirst("Throughline-Signature");
                int now = held.incrementAndGet();
                mostHeld.accumulateAndGet(now, Math::max);
                if (now >= 2 * CONCURRENCY) {
                    bothSending.countDown();
                }
                try {
                    release.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    held.decrementAndGet();
                }
                if (id == null
                        || !validSignature(signature, body)
                        || !id.equals(JSON.readTree(body).path("id").asText())) {
                    badSignatures.incrementAndGet();
                }
                arrivals.add(id);
                exchange.sendResponseHeaders(204, -1);
            } catch (IOException senderGone) {
                // B died with this request open: it never learns the answer, so its delivery stays claimed
            }
        });
        server.start();
        return server;
    }

    /** {@code t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>}, checked with the JDK's own Mac. */
    private static boolean validSignature(String header, String body) {
        if (header == null || !header.matches("t=\\d+,v1=[0-9a-f]{64}")) {
            return false;
        }
        String t = header.substring(2, header.indexOf(','));
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected =
                    java.util.HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
            return header.endsWith(",v1=" + expected);
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    /** One service process: fast polling, CONCURRENCY senders, a 20 s lease, 127.0.0.1 allowed. */
    private static Process start(Path data, int port, Map<String, String> extra) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("service.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("THROUGHLINE_DATA_DIR", data.toString());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("THROUGHLINE_DEMO_SEED", "false");
        env.put("THROUGHLINE_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "127.0.0.1/32");
        env.put("THROUGHLINE_WEBHOOKS_CONCURRENCY", Integer.toString(CONCURRENCY));
        // requests are held a few seconds: the timeout outlasts that, the lease outlasts a batch
        env.put("THROUGHLINE_WEBHOOKS_TIMEOUT", "PT8S");
        env.put("THROUGHLINE_WEBHOOKS_LEASE", "PT20S");
        env.put("THROUGHLINE_WEBHOOKS_DELIVER_EVERY", "1s");
        env.put("THROUGHLINE_NOTIFICATIONS_DISPATCH_EVERY", "1s");
        env.putAll(extra);
        return builder.start();
    }

    /** EVENTS task.updated events written straight into the outbox, committed at once; their ids. */
    private static Set<String> queueEvents(String jdbcUrl, UUID workspace) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl);
                PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO outbox (id, type, workspace_id, occurred_at, data)
                        SELECT gen_random_uuid(), 'task.updated', ?, clock_timestamp(),
                               jsonb_build_object('title', 'Task ' || g)
                        FROM generate_series(1, ?) g
                        RETURNING id
                        """)) {
            insert.setObject(1, workspace);
            insert.setInt(2, EVENTS);
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private static long pending(String jdbcUrl, UUID workspace) throws Exception {
        return outcomes(jdbcUrl, workspace).getOrDefault("pending", 0L);
    }

    /** The workspace's deliveries counted by status. */
    private static Map<String, Long> outcomes(String jdbcUrl, UUID workspace) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl);
                PreparedStatement s = c.prepareStatement(
                        "SELECT status, count(*) FROM webhook_deliveries WHERE workspace_id = ? GROUP BY 1")) {
            s.setObject(1, workspace);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counts.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return counts;
    }

    /** Events whose delivery took more than one attempt: the ones B had claimed when it died. */
    private static Set<String> resent(String jdbcUrl, UUID workspace) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl);
                PreparedStatement s = c.prepareStatement(
                        "SELECT event_id FROM webhook_deliveries WHERE workspace_id = ? AND attempt > 1")) {
            s.setObject(1, workspace);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }

    private JsonNode call(String base, String method, String path, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    private void awaitReady(String base, Process service, Path data) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new AssertionError("the service exited: " + Files.readString(data.resolve("service.log")));
            }
            try {
                HttpResponse<Void> ready = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the service did not become ready: " + Files.readString(data.resolve("service.log")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind
        }
    }
}
