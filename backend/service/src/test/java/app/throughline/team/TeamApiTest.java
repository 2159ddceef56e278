package app.throughline.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Teams: admins manage them, names are unique per workspace ignoring case, every change is logged. */
@QuarkusTest
class TeamApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    EntityManager entityManager;

    static String createTeam(Session session, String name) {
        return session.request()
                .body(Map.of("name", name, "description", name + " people"))
                .post("/api/v1/workspaces/{id}/teams", session.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void shouldCreateReadRenameAndDeleteATeam() {
        Session ada = Api.register("ada");
        String location = ada.request()
                .body(Map.of("name", "Design", "description", "Brand and UX"))
                .post("/api/v1/workspaces/{id}/teams", ada.workspaceId())
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Design"))
                .body("description", equalTo("Brand and UX"))
                .body("workspaceId", equalTo(ada.workspaceId().toString()))
                .body("id", notNullValue())
                .extract()
                .header("Location");
        assertThat(location).contains("/api/v1/teams/");

        String id = ada.request()
                .get(location)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Design"))
                .extract()
                .path("id");

        ada.request()
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "Product design"))
                .patch("/api/v1/teams/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Product design"))
                .body("description", equalTo("Brand and UX"));

        Map<String, Object> clear = new HashMap<>();
        clear.put("description", null);
        ada.request()
                .body(clear)
                .patch("/api/v1/teams/{id}", id)
                .then()
                .statusCode(200)
                .body("description", nullValue());

        ada.request()
                .header("If-Match", "\"2\"")
                .delete("/api/v1/teams/{id}", id)
                .then()
                .statusCode(204);
        ada.request().get("/api/v1/teams/{id}", id).then().statusCode(404).contentType(PROBLEM);

        List<String> actions = actions(UUID.fromString(id));
        assertThat(actions).containsExactly("created", "updated", "updated", "deleted");
        String renamed = (String) entityManager
                .createNativeQuery(
                        "SELECT changes::text FROM activity WHERE entity_id = :id AND action = 'updated' ORDER BY id LIMIT 1")
                .setParameter("id", UUID.fromString(id))
                .getSingleResult();
        assertThat(renamed).contains("\"old\": \"Design\"").contains("\"new\": \"Product design\"");
    }

    @Test
    void shouldListTeamsByNameWithCursorPaging() {
        Session ada = Api.register("ada");
        for (String name : List.of("engineering", "Content", "design", "Account management", "Marketing")) {
            createTeam(ada, name);
        }
        String next = ada.request()
                .queryParam("limit", 2)
                .get("/api/v1/workspaces/{id}/teams", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of("Account management", "Content")))
                .extract()
                .path("next");
        String last = ada.request()
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .get("/api/v1/workspaces/{id}/teams", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of("design", "engineering")))
                .extract()
                .path("next");
        ada.request()
                .queryParam("limit", 2)
                .queryParam("cursor", last)
                .get("/api/v1/workspaces/{id}/teams", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of("Marketing")))
                .body("next", nullValue());
    }

    @Test
    void shouldRefuseADuplicateNameIgnoringCase() {
        Session ada = Api.register("ada");
        String design = createTeam(ada, "Design");
        String content = createTeam(ada, "Content");
        ada.request()
                .body(Map.of("name", "DESIGN"))
                .post("/api/v1/workspaces/{id}/teams", ada.workspaceId())
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString("DESIGN"));
        ada.request()
                .body(Map.of("name", "design "))
                .patch("/api/v1/teams/{id}", content)
                .then()
                .statusCode(409);
        // renaming a team to another spelling of its own name is fine
        ada.request()
                .body(Map.of("name", "DESIGN"))
                .patch("/api/v1/teams/{id}", design)
                .then()
                .statusCode(200);
        // and another workspace may use the name
        Session bob = Api.register("bob");
        createTeam(bob, "Design");
    }

    @Test
    void shouldNameInvalidAndServerOwnedFields() {
        Session ada = Api.register("ada");
        ada.request()
                .body(Map.of("name", " "))
                .post("/api/v1/workspaces/{id}/teams", ada.workspaceId())
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("name"));
        ada.request()
                .body(Map.of("name", "x".repeat(201)))
                .post("/api/v1/workspaces/{id}/teams", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("name"));
        ada.request()
                .body(Map.of("name", "Design", "id", UUID.randomUUID().toString()))
                .post("/api/v1/workspaces/{id}/teams", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].message", equalTo("is set by the server and cannot be written"));
        String id = createTeam(ada, "Design");
        ada.request()
                .body(Map.of("name", "  "))
                .patch("/api/v1/teams/{id}", id)
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("name"));
        ada.request()
                .body(Map.of("workspaceId", UUID.randomUUID().toString()))
                .patch("/api/v1/teams/{id}", id)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("workspaceId"));
    }

    @Test
    void shouldRefuseAStaleIfMatch() {
        Session ada = Api.register("ada");
        String id = createTeam(ada, "Design");
        ada.request()
                .body(Map.of("name", "Design 2"))
                .patch("/api/v1/teams/{id}", id)
                .then()
                .statusCode(200);
        ada.request()
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "Design 3"))
                .patch("/api/v1/teams/{id}", id)
                .then()
                .statusCode(412)
                .contentType(PROBLEM);
        ada.request()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/teams/{id}", id)
                .then()
                .statusCode(412);
        ada.request().get("/api/v1/teams/{id}", id).then().statusCode(200).body("name", equalTo("Design 2"));
    }

    @Test
    void shouldLetViewersReadButOnlyAdminsWrite() {
        Session owner = Api.register("owner");
        String id = createTeam(owner, "Design");
        Session viewer = Api.memberOf(owner, "viewer");
        Session coordinator = Api.memberOf(owner, "coordinator");
        Session admin = Api.memberOf(owner, "admin");

        viewer.request()
                .get("/api/v1/workspaces/{id}/teams", owner.workspaceId())
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1));
        viewer.request().get("/api/v1/teams/{id}", id).then().statusCode(200);
        viewer.request()
                .body(Map.of("name", "Mine"))
                .post("/api/v1/workspaces/{id}/teams", owner.workspaceId())
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        viewer.request()
                .body(Map.of("name", "Mine"))
                .patch("/api/v1/teams/{id}", id)
                .then()
                .statusCode(403);
        viewer.request().delete("/api/v1/teams/{id}", id).then().statusCode(403);
        coordinator
                .request()
                .body(Map.of("name", "Mine"))
                .post("/api/v1/workspaces/{id}/teams", owner.workspaceId())
                .then()
                .statusCode(403);

        admin.request()
                .body(Map.of("name", "Engineering"))
                .post("/api/v1/workspaces/{id}/teams", owner.workspaceId())
                .then()
                .statusCode(201);
        admin.request().delete("/api/v1/teams/{id}", id).then().statusCode(204);
    }

    @SuppressWarnings("unchecked")
    private List<String> actions(UUID entityId) {
        return entityManager
                .createNativeQuery(
                        "SELECT action FROM activity WHERE entity_id = :id AND entity_type = 'team' ORDER BY id")
                .setParameter("id", entityId)
                .getResultList();
    }
}
