package app.throughline.platform;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** Sign-in and registration are limited per client address, whichever accounts are tried. */
@QuarkusTest
@TestProfile(AddressRateLimitTest.LowLimits.class)
class AddressRateLimitTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "throughline.rate-limit.login-per-address",
                    "3",
                    "throughline.rate-limit.register-per-address",
                    "2");
        }
    }

    @Test
    void shouldLimitSignInsPerAddressAcrossAccounts() {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("email", "someone" + i + "@example.test", "password", "whatever-it-is"))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(401);
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "someone-else@example.test", "password", "whatever-it-is"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(429)
                .header("Retry-After", Matchers.notNullValue());
    }

    @Test
    void shouldLimitRegistrationsPerAddress() {
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of(
                            "name",
                            "N",
                            "email",
                            "limit" + i + "@example.test",
                            "password",
                            "long-enough-pw",
                            "workspaceName",
                            "W"))
                    .post("/api/v1/auth/register")
                    .then()
                    .statusCode(201);
        }
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "N",
                        "email",
                        "limit9@example.test",
                        "password",
                        "long-enough-pw",
                        "workspaceName",
                        "W"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(429);
    }
}
