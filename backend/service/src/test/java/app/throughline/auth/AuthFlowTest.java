package app.throughline.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthFlowTest {

    @Test
    void shouldRegisterAUserWithAWorkspaceTheyOwn() {
        String email = Api.uniqueEmail("ada");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Ada", "email", email, "password", "a-long-password", "workspaceName", "Engines"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201)
                .body("user.email", equalTo(email))
                .body("workspace.name", equalTo("Engines"))
                .body("workspace.role", equalTo("owner"))
                .body("tokenType", equalTo("Bearer"))
                .body("accessToken", notNullValue());
    }

    @Test
    void shouldSignInAndShowTheUserWithTheirMemberships() {
        Session ada = Api.register("ada");
        String token = Api.login(ada.email().toUpperCase(), ada.password());
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("user.id", equalTo(ada.userId().toString()))
                .body("memberships", hasSize(1))
                .body("memberships[0].workspaceId", equalTo(ada.workspaceId().toString()))
                .body("memberships[0].role", equalTo("owner"));
    }

    @Test
    void shouldRefuseAWrongPasswordWithAProblem() {
        Session ada = Api.register("ada");
        given().contentType(ContentType.JSON)
                .body(Map.of("email", ada.email(), "password", "not-the-password"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("detail", equalTo("E-mail or password is wrong"));
    }

    @Test
    void shouldRateLimitAnAccountAfterRepeatedFailedSignIns() {
        Session ada = Api.register("ada");
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("email", ada.email(), "password", "wrong-" + i))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(401);
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("email", ada.email(), "password", ada.password()))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .contentType("application/problem+json")
                .body("type", equalTo("https://throughline.app/problems/rate-limited"));
    }

    @Test
    void shouldRefuseADuplicateEmailWithAConflict() {
        Session ada = Api.register("ada");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "Ada 2", "email", ada.email(), "password", "another-password", "workspaceName", "X"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRequireCredentialsForTheApi() {
        given().get("/api/v1/me")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json");
    }

    @Test
    void shouldAuthenticateWithAPersonalApiTokenUntilItIsRevoked() {
        Session ada = Api.register("ada");
        var created = ada.request()
                .body(Map.of("name", "script"))
                .post("/api/v1/me/tokens")
                .then()
                .statusCode(201)
                .body("token", startsWith("tl_pat_"))
                .extract();
        String token = created.path("token");
        String id = created.path("id");

        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("user.id", equalTo(ada.userId().toString()));
        ada.request()
                .get("/api/v1/me/tokens/{id}", id)
                .then()
                .statusCode(200)
                .body("lastUsedAt", notNullValue())
                .body("token", equalTo(null));
        ada.request()
                .get("/api/v1/me/tokens")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items[0].token", equalTo(null));

        ada.request().delete("/api/v1/me/tokens/{id}", id).then().statusCode(204);

        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/me")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldNotRevealOrRevokeAnotherUsersToken() {
        Session ada = Api.register("ada");
        Session bob = Api.register("bob");
        String id = ada.request()
                .body(Map.of("name", "script"))
                .post("/api/v1/me/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        bob.request().delete("/api/v1/me/tokens/{id}", id).then().statusCode(404);
    }

    @Test
    void shouldRefuseAnExpiredApiToken() {
        Session ada = Api.register("ada");
        ada.request()
                .body(Map.of("name", "old", "expiresAt", "2020-01-01T00:00:00Z"))
                .post("/api/v1/me/tokens")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("expiresAt"));
    }
}
