package app.throughline.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Adding a member by e-mail is an invitation: the answer does not reveal whether the address had an
 * account (same status, same fields, no name), and the person has no access until they accept.
 */
@QuarkusTest
class InvitationsTest {

    @Test
    void shouldAnswerAnExistingAndANewAddressAlike() {
        Session owner = Api.register("owner");
        Session bob = Api.register("bob");
        String newcomer = Api.uniqueEmail("newcomer");

        ExtractableResponse<Response> existing = invite(owner, bob.email(), "member");
        ExtractableResponse<Response> fresh = invite(owner, newcomer, "member");

        assertThat(existing.statusCode()).isEqualTo(202);
        assertThat(fresh.statusCode()).isEqualTo(202);
        Map<String, Object> existingBody = existing.jsonPath().getMap("");
        Map<String, Object> freshBody = fresh.jsonPath().getMap("");
        assertThat(existingBody.keySet()).isEqualTo(freshBody.keySet());
        assertThat(existingBody.keySet())
                .containsExactlyInAnyOrder(
                        "id", "workspaceId", "workspaceName", "email", "role", "state", "invitedAt", "initialPassword");
        assertThat(existingBody).containsEntry("state", "pending").containsEntry("email", bob.email());
        assertThat(freshBody).containsEntry("state", "pending").containsEntry("email", newcomer);
        assertThat(existing.asString()).doesNotContain("\"bob\"");
    }

    @Test
    void shouldGiveNoAccessUntilTheInvitedPersonAccepts() {
        Session owner = Api.register("owner");
        Session bob = Api.register("bob");
        String invitation = invite(owner, bob.email(), "coordinator").path("id");

        bob.request().get("/api/v1/workspaces/{id}", owner.workspaceId()).then().statusCode(404);
        owner.request()
                .get("/api/v1/workspaces/{id}/members", owner.workspaceId())
                .then()
                .body("items", hasSize(1));
        owner.request()
                .get("/api/v1/workspaces/{id}/invitations", owner.workspaceId())
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(invitation))
                .body("items[0].email", equalTo(bob.email()))
                .body("items[0].initialPassword", equalTo(null));
        bob.request()
                .get("/api/v1/me/invitations")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(invitation))
                .body("items[0].workspaceName", equalTo("owner's workspace"))
                .body("items[0].role", equalTo("coordinator"));

        bob.request()
                .post("/api/v1/invitations/{id}/accept", invitation)
                .then()
                .statusCode(200)
                .body("state", equalTo("accepted"));

        bob.request()
                .get("/api/v1/workspaces/{id}", owner.workspaceId())
                .then()
                .statusCode(200)
                .body("role", equalTo("coordinator"));
        bob.request().get("/api/v1/me/invitations").then().body("items", hasSize(0));
        owner.request()
                .get("/api/v1/workspaces/{id}/invitations", owner.workspaceId())
                .then()
                .body("items", hasSize(0));
        owner.request()
                .get("/api/v1/workspaces/{id}/members", owner.workspaceId())
                .then()
                .body("items.email", hasItem(bob.email()));
        bob.request()
                .post("/api/v1/invitations/{id}/accept", invitation)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void shouldCreateANewAccountWithTheInitialPasswordAndLeaveAnExistingOneAlone() {
        Session owner = Api.register("owner");
        Session bob = Api.register("bob");
        String newcomer = Api.uniqueEmail("newcomer");
        String newcomersPassword = invite(owner, newcomer, "viewer").path("initialPassword");
        String passwordForBob = invite(owner, bob.email(), "viewer").path("initialPassword");

        assertThat(newcomersPassword).hasSize(16);
        Api.login(newcomer, newcomersPassword);
        Api.login(bob.email(), bob.password());
        given().contentType(ContentType.JSON)
                .body(Map.of("email", bob.email(), "password", passwordForBob))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldLeaveADeclinedInvitationWithoutAccess() {
        Session owner = Api.register("owner");
        Session bob = Api.register("bob");
        String invitation = invite(owner, bob.email(), "admin").path("id");

        bob.request()
                .post("/api/v1/invitations/{id}/decline", invitation)
                .then()
                .statusCode(200)
                .body("state", equalTo("declined"));

        bob.request().get("/api/v1/workspaces/{id}", owner.workspaceId()).then().statusCode(404);
        bob.request().post("/api/v1/invitations/{id}/accept", invitation).then().statusCode(409);
        // declined is answered: the admin may invite again
        assertThat(invite(owner, bob.email(), "member").statusCode()).isEqualTo(202);
    }

    @Test
    void shouldHideAnotherPersonsInvitationAndRefuseDuplicates() {
        Session owner = Api.register("owner");
        Session bob = Api.register("bob");
        Session eve = Api.register("eve");
        String invitation = invite(owner, bob.email(), "member").path("id");

        eve.request().post("/api/v1/invitations/{id}/accept", invitation).then().statusCode(404);
        eve.request()
                .post("/api/v1/invitations/{id}/decline", invitation)
                .then()
                .statusCode(404);
        eve.request().delete("/api/v1/invitations/{id}", invitation).then().statusCode(404);
        owner.request()
                .post("/api/v1/invitations/{id}/accept", invitation)
                .then()
                .statusCode(404);
        eve.request()
                .get("/api/v1/workspaces/{id}/invitations", owner.workspaceId())
                .then()
                .statusCode(404);
        assertThat(invite(owner, bob.email(), "member").statusCode()).isEqualTo(409);
        assertThat(invite(owner, owner.email(), "member").statusCode()).isEqualTo(409);
        bob.request().get("/api/v1/me/invitations").then().body("items", hasSize(1));
    }

    @Test
    void shouldLetAnAdminWithdrawAnOpenInvitation() {
        Session owner = Api.register("owner");
        Session bob = Api.register("bob");
        Session member = Api.memberOf(owner, "coordinator");
        String invitation = invite(owner, bob.email(), "member").path("id");

        member.request().delete("/api/v1/invitations/{id}", invitation).then().statusCode(403);
        owner.request().delete("/api/v1/invitations/{id}", invitation).then().statusCode(204);

        bob.request().get("/api/v1/me/invitations").then().body("items.id", not(hasItem(invitation)));
        bob.request().post("/api/v1/invitations/{id}/accept", invitation).then().statusCode(404);
        bob.request().get("/api/v1/workspaces/{id}", owner.workspaceId()).then().statusCode(404);
    }

    @Test
    void shouldNotKeepTheInitialPasswordInTheIdempotencyStore() {
        Session owner = Api.register("owner");
        String email = Api.uniqueEmail("retried");
        String key = "invite-" + email;
        String first = owner.request()
                .header("Idempotency-Key", key)
                .body(Map.of("email", email, "role", "member"))
                .post("/api/v1/workspaces/{id}/members", owner.workspaceId())
                .then()
                .statusCode(202)
                .extract()
                .path("initialPassword");
        assertThat(first).isNotBlank();
        owner.request()
                .header("Idempotency-Key", key)
                .body(Map.of("email", email, "role", "member"))
                .post("/api/v1/workspaces/{id}/members", owner.workspaceId())
                .then()
                .statusCode(202)
                .body("email", equalTo(email))
                .body("initialPassword", equalTo(null));
    }

    private static ExtractableResponse<Response> invite(Session admin, String email, String role) {
        return admin.request()
                .body(Map.of("email", email, "role", role))
                .post("/api/v1/workspaces/{id}/members", admin.workspaceId())
                .then()
                .extract();
    }
}
