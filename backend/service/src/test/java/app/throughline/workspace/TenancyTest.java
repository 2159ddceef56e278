package app.throughline.workspace;

import static org.hamcrest.Matchers.equalTo;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Another workspace's objects are invisible (404) on every endpoint; a weak role gets 403. */
@QuarkusTest
class TenancyTest {

    @Test
    void shouldAnswerNotFoundForEveryEndpointProbedWithAnotherTenantsIds() {
        Session ada = Api.register("ada");
        Session bob = Api.register("bob");
        String bobsToken = bob.request()
                .body(Map.of("name", "bob's script"))
                .post("/api/v1/me/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        ada.request()
                .get("/api/v1/workspaces/{id}", bob.workspaceId())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        ada.request()
                .body(Map.of("name", "taken over"))
                .patch("/api/v1/workspaces/{id}", bob.workspaceId())
                .then()
                .statusCode(404);
        ada.request()
                .get("/api/v1/workspaces/{id}/members", bob.workspaceId())
                .then()
                .statusCode(404);
        ada.request()
                .body(Map.of("email", ada.email(), "role", "owner"))
                .post("/api/v1/workspaces/{id}/members", bob.workspaceId())
                .then()
                .statusCode(404);
        ada.request()
                .get("/api/v1/workspaces/{id}/members/{user}", bob.workspaceId(), bob.userId())
                .then()
                .statusCode(404);
        ada.request()
                .body(Map.of("role", "viewer"))
                .patch("/api/v1/workspaces/{id}/members/{user}", bob.workspaceId(), bob.userId())
                .then()
                .statusCode(404);
        ada.request()
                .delete("/api/v1/workspaces/{id}/members/{user}", bob.workspaceId(), bob.userId())
                .then()
                .statusCode(404);
        ada.request().get("/api/v1/me/tokens/{id}", bobsToken).then().statusCode(404);
        ada.request().delete("/api/v1/me/tokens/{id}", bobsToken).then().statusCode(404);

        // and nothing of Bob's changed
        bob.request()
                .get("/api/v1/workspaces/{id}", bob.workspaceId())
                .then()
                .statusCode(200)
                .body("name", equalTo("bob's workspace"));
        bob.request()
                .get("/api/v1/workspaces/{id}/members", bob.workspaceId())
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].role", equalTo("owner"));
        bob.request().get("/api/v1/me/tokens").then().body("items.size()", equalTo(1));
    }

    @Test
    void shouldListOnlyTheWorkspacesTheCallerBelongsTo() {
        Session ada = Api.register("ada");
        Api.register("bob");
        ada.request()
                .get("/api/v1/workspaces")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(ada.workspaceId().toString()));
    }

    @Test
    void shouldForbidAViewerFromRenamingTheWorkspace() {
        Session owner = Api.register("owner");
        Session viewer = Api.memberOf(owner, "viewer");
        viewer.request()
                .get("/api/v1/workspaces/{id}", owner.workspaceId())
                .then()
                .statusCode(200)
                .body("role", equalTo("viewer"));
        viewer.request()
                .body(Map.of("name", "renamed"))
                .patch("/api/v1/workspaces/{id}", owner.workspaceId())
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        owner.request()
                .get("/api/v1/workspaces/{id}", owner.workspaceId())
                .then()
                .body("name", equalTo("owner's workspace"));
    }

    @Test
    void shouldForbidAnAdminFromMakingSomeoneOwner() {
        Session owner = Api.register("owner");
        Session admin = Api.memberOf(owner, "admin");
        admin.request()
                .body(Map.of("email", Api.uniqueEmail("x"), "role", "owner"))
                .post("/api/v1/workspaces/{id}/members", owner.workspaceId())
                .then()
                .statusCode(403);
    }

    @Test
    void shouldTakeAwayAccessOnTheNextRequestWhenAMemberIsRemoved() {
        Session owner = Api.register("owner");
        Session member = Api.memberOf(owner, "member");
        member.request()
                .get("/api/v1/workspaces/{id}", owner.workspaceId())
                .then()
                .statusCode(200);

        owner.request()
                .delete("/api/v1/workspaces/{id}/members/{user}", owner.workspaceId(), member.userId())
                .then()
                .statusCode(204);

        member.request()
                .get("/api/v1/workspaces/{id}", owner.workspaceId())
                .then()
                .statusCode(404);
    }

    @Test
    void shouldTakeEffectAtOnceWhenARoleIsLowered() {
        Session owner = Api.register("owner");
        Session admin = Api.memberOf(owner, "admin");
        admin.request()
                .body(Map.of("name", "by admin"))
                .patch("/api/v1/workspaces/{id}", owner.workspaceId())
                .then()
                .statusCode(200);

        owner.request()
                .body(Map.of("role", "viewer"))
                .patch("/api/v1/workspaces/{id}/members/{user}", owner.workspaceId(), admin.userId())
                .then()
                .statusCode(200)
                .body("role", equalTo("viewer"));

        admin.request()
                .body(Map.of("name", "by admin again"))
                .patch("/api/v1/workspaces/{id}", owner.workspaceId())
                .then()
                .statusCode(403);
    }

    @Test
    void shouldKeepTheLastOwner() {
        Session owner = Api.register("owner");
        owner.request()
                .body(Map.of("role", "admin"))
                .patch("/api/v1/workspaces/{id}/members/{user}", owner.workspaceId(), owner.userId())
                .then()
                .statusCode(409);
        owner.request()
                .delete("/api/v1/workspaces/{id}/members/{user}", owner.workspaceId(), owner.userId())
                .then()
                .statusCode(409);
    }
}
