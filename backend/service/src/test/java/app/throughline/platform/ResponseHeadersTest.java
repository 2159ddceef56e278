package app.throughline.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import app.throughline.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every answer carries the safety headers and a cache policy that fits what it is. */
@QuarkusTest
class ResponseHeadersTest {

    @Test
    void apiAnswersAreNeverStoredAndCarryTheSafetyHeaders() {
        Api.register("ada")
                .request()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")));
    }

    @Test
    void aSignInAnswerCarryingATokenIsNotStored() {
        var ada = Api.register("ada");
        given().contentType("application/json")
                .body("{\"email\": \"" + ada.email() + "\", \"password\": \"" + ada.password() + "\"}")
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void errorsFromBelowTheRestLayerCarryTheHeadersToo() {
        given().get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void theCachePolicyFollowsTheKindOfResource() {
        org.assertj.core.api.Assertions.assertThat(ResponseHeaders.cachePolicy("/assets/index-3f2a.js", null))
                .isEqualTo(ResponseHeaders.HASHED_ASSET);
        org.assertj.core.api.Assertions.assertThat(
                        ResponseHeaders.cachePolicy("/index.html", "public, immutable, max-age=86400"))
                .isEqualTo("no-cache");
        org.assertj.core.api.Assertions.assertThat(ResponseHeaders.cachePolicy("/", null))
                .isEqualTo("no-cache");
        org.assertj.core.api.Assertions.assertThat(ResponseHeaders.cachePolicy("/api/v1/me", null))
                .isEqualTo("no-store");
    }

    @Test
    void aTooLongAddressGetsAProblem() {
        given().get("/api/v1/me?q=" + "x".repeat(9000))
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("type", containsString("uri-too-long"));
    }
}
