package app.throughline.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.notification.NotificationDispatcher;
import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several replicas deliver from one database. Two senders running at once share the due deliveries
 * (each claimed with FOR UPDATE SKIP LOCKED and a lease), so every event reaches the receiver
 * exactly once; a replica that dies after claiming deliveries (its lease committed, nothing sent or
 * recorded) loses nothing: the survivor leaves them alone while the lease holds and sends them once
 * it has run out, so every event arrives at least once and receivers deduplicate by the event id in
 * {@code Throughline-Delivery}.
 *
 * <p>The replicas are threads of one JVM sharing one PostgreSQL, which exercises the same claim SQL
 * and transactions two processes would; the dead replica is a committed claim that is never
 * followed by a send.
 */
@QuarkusTest
@TestProfile(WebhookDeliveryTest.LoopbackAllowed.class)
class DeliveryReplicasTest {

    private static final int EVENTS = 30;

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookRepository webhooks;

    @Inject
    AgroalDataSource dataSource;

    private final ObjectMapper json = new ObjectMapper();
    /** The Throughline-Delivery header (the event id) of every request received, duplicates included. */
    private final List<String> received = new CopyOnWriteArrayList<>();

    private HttpServer receiver;
    private ExecutorService receiverThreads;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("Throughline-Delivery");
            // the header and the payload name the same event
            if (id != null
                    && id.equals(json.readTree(new String(body, StandardCharsets.UTF_8))
                            .get("id")
                            .asText())) {
                received.add(id);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiverThreads = Executors.newFixedThreadPool(4);
        receiver.setExecutor(receiverThreads);
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
        receiverThreads.shutdownNow();
    }

    /** Ada's workspace with a webhook for task.created and {@code EVENTS} new tasks, dispatched. */
    private UUID workspaceWithEvents() {
        Session ada = Api.register("ada");
        ada.request()
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                        "events",
                        List.of("task.created"),
                        "secret",
                        "a-receivers-shared-secret"))
                .post("/api/v1/workspaces/{id}/webhooks", ada.workspaceId())
                .then()
                .statusCode(201);
        String project = Planning.project(ada);
        for (int i = 0; i < EVENTS; i++) {
            Planning.task(ada, project, "Task " + i, 1);
        }
        dispatcher.dispatchAll();
        return ada.workspaceId();
    }

    /** One replica's delivery loop: until nothing is due for it. */
    private int drain(UUID workspace) {
        int attempted = 0;
        int n;
        while ((n = sender.deliverDue(workspace)) > 0) {
            attempted += n;
        }
        return attempted;
    }

    @Test
    void shouldDeliverEachEventOnceWhenTwoReplicasSendAtOnce() throws Exception {
        UUID workspace = workspaceWithEvents();
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> replica = () -> {
                start.await();
                return drain(workspace);
            };
            Future<Integer> a = replicas.submit(replica);
            Future<Integer> b = replicas.submit(replica);
            start.countDown();
            assertThat(a.get() + b.get()).isEqualTo(EVENTS);
        } finally {
            replicas.shutdown();
        }
        assertThat(received).hasSize(EVENTS).doesNotHaveDuplicates();
        assertThat(deliveries(workspace)).containsOnlyKeys("succeeded/1");
    }

    @Test
    void shouldLoseNothingWhenAReplicaDiesAfterClaimingDeliveries() throws Exception {
        UUID workspace = workspaceWithEvents();
        // replica A claims a batch (the lease commits) and dies before sending any of it
        Instant now = Instant.now();
        List<WebhookRepository.Due> orphaned = QuarkusTransaction.requiringNew()
                .call(() -> webhooks.claimDue(now, now.plus(Duration.ofMinutes(2)), 12, workspace));
        assertThat(orphaned).hasSize(12);

        // replica B sends everything else and leaves A's deliveries alone while the lease holds
        assertThat(drain(workspace)).isEqualTo(EVENTS - 12);
        assertThat(new HashSet<>(received)).hasSize(EVENTS - 12);
        Set<String> orphanedEvents = new HashSet<>();
        orphaned.forEach(d -> orphanedEvents.add(d.eventId().toString()));
        assertThat(received).doesNotContainAnyElementsOf(orphanedEvents);

        // two minutes later the lease has run out: B picks A's deliveries up
        expireLeases(workspace);
        assertThat(drain(workspace)).isEqualTo(12);

        assertThat(new HashSet<>(received)).hasSize(EVENTS).containsAll(orphanedEvents);
        assertThat(received).doesNotHaveDuplicates();
        // the orphaned ones needed a second attempt; none is left pending
        assertThat(deliveries(workspace)).isEqualTo(Map.of("succeeded/1", (long) EVENTS - 12, "succeeded/2", 12L));
    }

    /** As if the lease had run out: what a clock two minutes on would see. */
    private void expireLeases(UUID workspace) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE webhook_deliveries SET next_attempt_at = now() WHERE status = 'pending' AND workspace_id = ?")) {
            s.setObject(1, workspace);
            assertThat(s.executeUpdate()).isEqualTo(12);
        }
    }

    /** The workspace's deliveries counted by "status/attempt". */
    private Map<String, Long> deliveries(UUID workspace) throws SQLException {
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        SELECT status || '/' || attempt, count(*) FROM webhook_deliveries WHERE workspace_id = ?
                        GROUP BY 1
                        """)) {
            s.setObject(1, workspace);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counts.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return counts;
    }
}
