package app.throughline.idempotency;

import static org.hamcrest.Matchers.equalTo;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    @Test
    void shouldReturnTheFirstResponseForARetryWithTheSameKey() {
        Session ada = Api.register("ada");
        String key = UUID.randomUUID().toString();
        var created = ada.request()
                .header("Idempotency-Key", key)
                .body(Map.of("name", "Once"))
                .post("/api/v1/workspaces")
                .then()
                .statusCode(201)
                .extract();
        String first = created.path("id");
        ada.request()
                .header("Idempotency-Key", key)
                .body(Map.of("name", "Once"))
                .post("/api/v1/workspaces")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", created.header("Location"))
                .body("id", equalTo(first));
        ada.request().get("/api/v1/workspaces").then().body("items.size()", equalTo(2));
    }

    @Test
    void shouldRefuseTheSameKeyWithAnotherBody() {
        Session ada = Api.register("ada");
        String key = UUID.randomUUID().toString();
        ada.request()
                .header("Idempotency-Key", key)
                .body(Map.of("name", "One"))
                .post("/api/v1/workspaces")
                .then()
                .statusCode(201);
        ada.request()
                .header("Idempotency-Key", key)
                .body(Map.of("name", "Two"))
                .post("/api/v1/workspaces")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        ada.request().get("/api/v1/workspaces").then().body("items.size()", equalTo(2));
    }

    @Test
    void shouldKeepKeysOfDifferentUsersApart() {
        Session ada = Api.register("ada");
        Session bob = Api.register("bob");
        String key = UUID.randomUUID().toString();
        String adas = ada.request()
                .header("Idempotency-Key", key)
                .body(Map.of("name", "Same"))
                .post("/api/v1/workspaces")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String bobs = bob.request()
                .header("Idempotency-Key", key)
                .body(Map.of("name", "Same"))
                .post("/api/v1/workspaces")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        org.assertj.core.api.Assertions.assertThat(bobs).isNotEqualTo(adas);
    }

    @Test
    void shouldRunARetryAgainWhenTheFirstAttemptFailed() {
        Session ada = Api.register("ada");
        String key = UUID.randomUUID().toString();
        ada.request()
                .header("Idempotency-Key", key)
                .body(Map.of("name", ""))
                .post("/api/v1/workspaces")
                .then()
                .statusCode(422);
        ada.request()
                .header("Idempotency-Key", key)
                .body(Map.of("name", ""))
                .post("/api/v1/workspaces")
                .then()
                .statusCode(422);
    }

    @jakarta.inject.Inject
    javax.sql.DataSource database;

    @Test
    void aReplayedTokenCreationNeverShowsOrStoresTheSecretAgain() throws Exception {
        Session ada = Api.register("ada");
        String key = UUID.randomUUID().toString();
        String secret = ada.request()
                .header("Idempotency-Key", key)
                .body(Map.of("name", "CI export"))
                .post("/api/v1/me/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        org.assertj.core.api.Assertions.assertThat(secret).startsWith("tl_pat_");
        ada.request()
                .header("Idempotency-Key", key)
                .body(Map.of("name", "CI export"))
                .post("/api/v1/me/tokens")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("name", equalTo("CI export"))
                .body("token", org.hamcrest.Matchers.nullValue());
        try (var connection = database.getConnection();
                var query = connection.prepareStatement(
                        "SELECT count(*) FROM idempotency_records WHERE body LIKE '%' || ? || '%'")) {
            query.setString(1, secret);
            var rows = query.executeQuery();
            rows.next();
            org.assertj.core.api.Assertions.assertThat(rows.getInt(1)).isZero();
        }
    }

    @Test
    void fiveHundredConcurrentRetriesWithOneKeyCreateOneResource() throws Exception {
        Session ada = Api.register("ada");
        String key = UUID.randomUUID().toString();
        String projectKey = app.throughline.support.Planning.newKey();
        Map<String, Object> body = Map.of("key", projectKey, "name", "Retried", "startDate", "2027-01-04");
        int retries = 500;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(32);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            java.util.List<java.util.concurrent.Future<io.restassured.response.Response>> answers =
                    new java.util.ArrayList<>();
            for (int i = 0; i < retries; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return ada.request()
                            .header("Idempotency-Key", key)
                            .body(body)
                            .post("/api/v1/workspaces/{id}/projects", ada.workspaceId());
                }));
            }
            start.countDown();
            java.util.Set<String> createdIds = new java.util.HashSet<>();
            int firsts = 0;
            for (var answer : answers) {
                var response = answer.get();
                org.assertj.core.api.Assertions.assertThat(response.statusCode())
                        .as("a retry is answered with the first response or told to wait")
                        .isIn(201, 409);
                if (response.statusCode() == 201) {
                    createdIds.add(response.path("id"));
                    if (response.header("Idempotent-Replayed") == null) {
                        firsts++;
                    }
                } else {
                    org.assertj.core.api.Assertions.assertThat(response.contentType())
                            .startsWith("application/problem+json");
                }
            }
            org.assertj.core.api.Assertions.assertThat(firsts)
                    .as("requests that really ran")
                    .isEqualTo(1);
            org.assertj.core.api.Assertions.assertThat(createdIds).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        ada.request()
                .get("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("items.findAll { it.key == '" + projectKey + "' }.size()", equalTo(1));
    }
}
