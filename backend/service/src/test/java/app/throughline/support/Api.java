package app.throughline.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Test helpers that speak the public API the way a client does. */
public final class Api {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private Api() {}

    /** A signed-in user with the workspace they registered. */
    public record Session(UUID userId, UUID workspaceId, String email, String password, String token) {
        public RequestSpecification request() {
            return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
        }
    }

    public static String uniqueEmail(String who) {
        return who + "-" + SEQUENCE.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    /** Registers a new user with their own workspace. */
    public static Session register(String who) {
        String email = uniqueEmail(who);
        String password = "password-of-" + who;
        ExtractableResponse<Response> response = given().contentType(ContentType.JSON)
                .body(Map.of("name", who, "email", email, "password", password, "workspaceName", who + "'s workspace"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201)
                .extract();
        return new Session(
                UUID.fromString(response.path("user.id")),
                UUID.fromString(response.path("workspace.id")),
                email,
                password,
                response.path("accessToken"));
    }

    /**
     * Adds a brand-new user to {@code owner}'s workspace with {@code role} and signs them in: the
     * owner invites the address, the new user signs in with the initial password and accepts.
     */
    public static Session memberOf(Session owner, String role) {
        String email = uniqueEmail(role);
        String password = "password-" + UUID.randomUUID();
        String invitation = owner.request()
                .body(Map.of("email", email, "role", role, "name", role + " person", "initialPassword", password))
                .post("/api/v1/workspaces/{id}/members", owner.workspaceId())
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        String token = login(email, password);
        RequestSpecification asMember =
                given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
        asMember.post("/api/v1/invitations/{id}/accept", invitation).then().statusCode(200);
        String userId = given().header("Authorization", "Bearer " + token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .path("user.id");
        return new Session(UUID.fromString(userId), owner.workspaceId(), email, password, token);
    }

    public static String login(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
    }
}
