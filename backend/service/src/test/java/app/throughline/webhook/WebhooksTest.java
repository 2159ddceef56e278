package app.throughline.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Webhook administration: admins only, the secret shown once, the SSRF guard on create and on every change. */
@QuarkusTest
class WebhooksTest {

    private static final String PUBLIC_URL = "https://93.184.216.34/hooks/throughline";

    private static String create(Session owner, Map<String, Object> body, int status) {
        return owner.request()
                .body(body)
                .post("/api/v1/workspaces/{id}/webhooks", owner.workspaceId())
                .then()
                .statusCode(status)
                .extract()
                .path("id");
    }

    @Test
    void shouldShowAGeneratedSecretOnceAndNeverAgain() {
        Session ada = Api.register("ada");
        String secret = ada.request()
                .body(Map.of("url", PUBLIC_URL, "events", List.of("task.overdue", "risk.escalated")))
                .post("/api/v1/workspaces/{id}/webhooks", ada.workspaceId())
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("format", equalTo("json"))
                .body("active", equalTo(true))
                .body("events", equalTo(List.of("task.overdue", "risk.escalated")))
                .body("secret", startsWith("whsec_"))
                .extract()
                .path("secret");
        assertThat(secret.length()).isGreaterThanOrEqualTo(32);
        ada.request()
                .get("/api/v1/workspaces/{id}/webhooks", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("[0]", not(hasKey("secret")));
        // a secret the client chose is not echoed
        create(ada, Map.of("url", PUBLIC_URL, "secret", "a-secret-of-my-own-choosing"), 201);
        ada.request()
                .body(Map.of("url", PUBLIC_URL, "secret", "a-secret-of-my-own-choosing"))
                .post("/api/v1/workspaces/{id}/webhooks", ada.workspaceId())
                .then()
                .body("$", not(hasKey("secret")));
    }

    @Test
    void shouldRefuseBadInput() {
        Session ada = Api.register("ada");
        create(ada, Map.of("url", PUBLIC_URL, "secret", "too-short"), 422);
        create(ada, Map.of("url", PUBLIC_URL, "events", List.of("task.exploded")), 422);
        create(ada, Map.of("url", "ftp://93.184.216.34/x"), 422);
        create(ada, Map.of("url", PUBLIC_URL, "format", "xml"), 422);
    }

    @Test
    void shouldLetOnlyAdminsManageWebhooksAndHideThemFromOtherWorkspaces() {
        Session ada = Api.register("ada");
        Session coordinator = Api.memberOf(ada, "coordinator");
        Session admin = Api.memberOf(ada, "admin");
        Session stranger = Api.register("eve");
        String id = create(ada, Map.of("url", PUBLIC_URL), 201);
        coordinator
                .request()
                .get("/api/v1/workspaces/{id}/webhooks", ada.workspaceId())
                .then()
                .statusCode(403);
        coordinator.request().get("/api/v1/webhooks/{id}", id).then().statusCode(403);
        admin.request().get("/api/v1/webhooks/{id}", id).then().statusCode(200);
        stranger.request().get("/api/v1/webhooks/{id}", id).then().statusCode(404);
        stranger.request()
                .body(Map.of("active", false))
                .patch("/api/v1/webhooks/{id}", id)
                .then()
                .statusCode(404);
        stranger.request().get("/api/v1/webhooks/{id}/deliveries", id).then().statusCode(404);
    }

    @Test
    void shouldChangeAndDeleteWithIfMatch() {
        Session ada = Api.register("ada");
        String id = create(ada, Map.of("url", PUBLIC_URL), 201);
        ada.request()
                .header("If-Match", "\"0\"")
                .body(Map.of("format", "slack", "active", false))
                .patch("/api/v1/webhooks/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("format", equalTo("slack"))
                .body("active", equalTo(false));
        ada.request()
                .header("If-Match", "\"0\"")
                .body(Map.of("active", true))
                .patch("/api/v1/webhooks/{id}", id)
                .then()
                .statusCode(412);
        ada.request()
                .header("If-Match", "\"1\"")
                .delete("/api/v1/webhooks/{id}", id)
                .then()
                .statusCode(204);
        ada.request().get("/api/v1/webhooks/{id}", id).then().statusCode(404);
    }

    /**
     * A listener on a loopback port stands for an internal service: every spelling of its address
     * is refused on create and on PATCH, and it never sees a connection.
     */
    @Test
    void shouldRefuseInternalTargetsOnCreateAndOnEveryPatchWithoutConnecting() throws IOException {
        Session ada = Api.register("ada");
        String id = create(ada, Map.of("url", PUBLIC_URL), 201);
        try (ServerSocket internal = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = internal.getLocalPort();
            List<String> corpus = List.of(
                    "http://127.0.0.1:" + port + "/",
                    "http://2130706433:" + port + "/",
                    "http://017700000001:" + port + "/",
                    "http://0x7f000001:" + port + "/",
                    "http://0x7f.0.0.1:" + port + "/",
                    "http://[::ffff:127.0.0.1]:" + port + "/",
                    "http://localhost:" + port + "/",
                    "http://localhost.:" + port + "/",
                    "http://169.254.169.254/latest/meta-data/",
                    "http://[::1]:" + port + "/",
                    "gopher://127.0.0.1:" + port + "/");
            for (String url : corpus) {
                create(ada, Map.of("url", url), 422);
                Map<String, Object> patch = new HashMap<>(Map.of("url", url));
                ada.request()
                        .body(patch)
                        .patch("/api/v1/webhooks/{id}", id)
                        .then()
                        .statusCode(422)
                        .body("errors[0].field", equalTo("url"));
            }
            internal.setSoTimeout(200);
            try {
                internal.accept().close();
                throw new AssertionError("the guard let a connection through to the internal listener");
            } catch (SocketTimeoutException expected) {
                // nobody knocked
            }
        }
        ada.request().get("/api/v1/webhooks/{id}", id).then().body("url", equalTo(PUBLIC_URL));
    }
}
