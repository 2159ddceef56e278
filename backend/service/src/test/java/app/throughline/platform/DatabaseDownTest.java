package app.throughline.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import app.throughline.support.EmbeddedPostgresResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With the database unreachable, the API answers 503 problems and readiness goes down. */
@QuarkusTest
@TestProfile(DatabaseDownTest.NoDatabase.class)
class DatabaseDownTest {

    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/nowhere",
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none",
                    "throughline.demo.seed", "false");
        }
    }

    @Test
    void shouldAnswerServiceUnavailableWhenTheDatabaseIsDown() throws Exception {
        String token = Jwt.issuer("https://throughline.app")
                .audience("throughline-api")
                .subject(UUID.randomUUID().toString())
                .expiresIn(600)
                .sign(KeyUtils.decodePrivateKey(java.nio.file.Files.readString(
                        EmbeddedPostgresResource.keys().privateKey())));
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/me")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://throughline.app/problems/service-unavailable"));
    }

    @Test
    void shouldReportNotReady() {
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
    }
}
