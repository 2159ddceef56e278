package app.throughline.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import app.throughline.notification.NotificationDispatcher;
import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deliveries to a receiver on 127.0.0.1 (allowed by the CIDR setting of this profile): signed so an
 * independent check accepts them, retried after a failure, redelivered on request, never redirected,
 * and the webhook switched off after a run of failures.
 */
@QuarkusTest
@TestProfile(WebhookDeliveryTest.LoopbackAllowed.class)
class WebhookDeliveryTest {

    public static class LoopbackAllowed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "throughline.webhooks.allow-private-targets", "127.0.0.1/32",
                    "throughline.webhooks.disable-after-failures", "3");
        }
    }

    private record Received(Map<String, List<String>> headers, String body) {}

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    WebhookSender sender;

    @Inject
    AgroalDataSource dataSource;

    private final ObjectMapper json = new ObjectMapper();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(200);
    private HttpServer receiver;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(
                    new Received(Map.copyOf(exchange.getRequestHeaders()), new String(body, StandardCharsets.UTF_8)));
            int status = answer.get();
            if (status == 302) {
                exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            }
            byte[] reply = "x".repeat(5000).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private UUID workspace;

    private void deliver() {
        dispatcher.dispatchAll();
        // only this test's workspace: other suites' webhooks point at public addresses never to be called
        while (sender.deliverDue(workspace) > 0) {
            // until nothing is due
        }
    }

    private void makeDue() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(
                    "UPDATE webhook_deliveries SET next_attempt_at = now() WHERE status = 'pending' AND workspace_id = '"
                            + workspace + "'");
        }
    }

    @Test
    void shouldDeliverASignedEventThatAnIndependentCheckAccepts() throws Exception {
        Session ada = Api.register("ada");
        workspace = ada.workspaceId();
        String secret = "a-receivers-shared-secret";
        String hook = ada.request()
                .body(Map.of("url", url(), "events", List.of("task.created"), "secret", secret))
                .post("/api/v1/workspaces/{id}/webhooks", ada.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String project = Planning.project(ada);
        String task = Planning.task(ada, project, "Print the flyers", 1);
        deliver();

        assertThat(received).hasSize(1);
        Received r = received.get(0);
        JsonNode payload = json.readTree(r.body());
        assertThat(payload.get("type").asText()).isEqualTo("task.created");
        assertThat(payload.get("subjectId").asText()).isEqualTo(task);
        assertThat(payload.get("data").get("title").asText()).isEqualTo("Print the flyers");
        assertThat(r.headers().get("Throughline-event")).containsExactly("task.created");
        assertThat(r.headers().get("Throughline-delivery"))
                .containsExactly(payload.get("id").asText());
        // the signature, checked the way a receiver would: t=<unix>,v1=<hex HMAC-SHA256(secret, "t.body")>
        String signature = r.headers().get("Throughline-signature").get(0);
        String t = signature.replaceAll("^t=(\\d+),v1=[0-9a-f]{64}$", "$1");
        String v1 = signature.substring(signature.indexOf("v1=") + 3);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        StringBuilder hex = new StringBuilder();
        for (byte b : mac.doFinal((t + "." + r.body()).getBytes(StandardCharsets.UTF_8))) {
            hex.append(String.format("%02x", b));
        }
        assertThat(v1).isEqualTo(hex.toString());
        assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t))).isLessThan(60);

        ada.request()
                .get("/api/v1/webhooks/{id}/deliveries", hook)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].status", equalTo("succeeded"))
                .body("items[0].attempt", equalTo(1))
                .body("items[0].responseStatus", equalTo(200))
                .body("items[0].eventType", equalTo("task.created"))
                .body("items[0].responseExcerpt.length()", equalTo(2000))
                .body("items[0].durationMs", notNullValue());
    }

    @Test
    void shouldSendTheSlackFormatAsText() throws Exception {
        Session ada = Api.register("ada");
        workspace = ada.workspaceId();
        ada.request()
                .body(Map.of("url", url(), "format", "slack"))
                .post("/api/v1/workspaces/{id}/webhooks", ada.workspaceId())
                .then()
                .statusCode(201);
        Planning.task(ada, Planning.project(ada), "Order the banners", 1);
        deliver();
        assertThat(json.readTree(received.get(0).body()).get("text").asText())
                .isEqualTo("Throughline: task.created — Order the banners");
    }

    @Test
    void shouldRetryAFailureRedeliverOnRequestAndSwitchOffAfterARunOfFailures() throws Exception {
        Session ada = Api.register("ada");
        workspace = ada.workspaceId();
        String hook = ada.request()
                .body(Map.of("url", url(), "events", List.of("task.created")))
                .post("/api/v1/workspaces/{id}/webhooks", ada.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        answer.set(500);
        Planning.task(ada, Planning.project(ada), "Rent the hall", 1);
        deliver();
        assertThat(received).hasSize(1);
        String delivery = ada.request()
                .get("/api/v1/webhooks/{id}/deliveries", hook)
                .then()
                .body("items[0].status", equalTo("pending"))
                .body("items[0].responseStatus", equalTo(500))
                .body("items[0].nextAttemptAt", notNullValue())
                .extract()
                .path("items[0].id");
        // not due yet: nothing is sent
        deliver();
        assertThat(received).hasSize(1);
        makeDue();
        deliver();
        assertThat(received).hasSize(2);
        ada.request().get("/api/v1/webhooks/{id}/deliveries", hook).then().body("items[0].attempt", equalTo(2));

        answer.set(302);
        ada.request()
                .post("/api/v1/webhook-deliveries/{id}/redeliver", delivery)
                .then()
                .statusCode(202)
                .body("status", equalTo("pending"));
        deliver();
        // the redirect to the metadata address was not followed: one more request, to the receiver only
        assertThat(received).hasSize(3);
        // three failed attempts in a row: switched off, the owner told
        ada.request()
                .get("/api/v1/webhooks/{id}", hook)
                .then()
                .body("active", equalTo(false))
                .body("consecutiveFailures", equalTo(3))
                .body("disabledAt", notNullValue());
        ada.request().get("/api/v1/me/notifications").then().body("items[0].type", equalTo("webhook.disabled"));
        answer.set(200);
        makeDue();
        deliver();
        assertThat(received).hasSize(3);
    }
}
