package app.throughline.project;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectsTest {

    @Test
    void shouldCreateAndListProjectsByKey() {
        Session ada = Api.register("ada");
        ada.request()
                .body(Map.of(
                        "key",
                        "WEB",
                        "name",
                        "Website relaunch",
                        "startDate",
                        "2026-12-01",
                        "targetFinishDate",
                        "2027-03-31"))
                .post("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(201)
                .body("key", equalTo("WEB"))
                .body("status", equalTo("planned"));
        ada.request()
                .body(Map.of("key", "APP", "name", "App launch", "startDate", "2026-12-01", "status", "active"))
                .post("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(201);
        ada.request()
                .get("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("items.key", org.hamcrest.Matchers.contains("APP", "WEB"));
        ada.request()
                .queryParam("status", "active")
                .get("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .body("items.key", org.hamcrest.Matchers.contains("APP"));
    }

    @Test
    void shouldRefuseATakenKey() {
        Session ada = Api.register("ada");
        Map<String, Object> body = Map.of("key", "WEB", "name", "One", "startDate", "2026-12-01");
        ada.request()
                .body(body)
                .post("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(201);
        ada.request()
                .body(body)
                .post("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(409);
    }

    @Test
    void shouldRefuseBadKeysAndDatesOutOfOrder() {
        Session ada = Api.register("ada");
        ada.request()
                .body(Map.of("key", "web", "name", "x", "startDate", "2026-12-01"))
                .post("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("key"));
        ada.request()
                .body(Map.of("key", "WEB", "name", "x", "startDate", "2026-12-01", "targetFinishDate", "2026-11-01"))
                .post("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("targetFinishDate"));
        ada.request()
                .get("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .body("items.size()", equalTo(0));
    }

    @Test
    void shouldKeepAbsentFieldsAndClearNullOnesWhenPatching() {
        Session ada = Api.register("ada");
        String id = ada.request()
                .body(Map.of(
                        "key",
                        "WEB",
                        "name",
                        "x",
                        "description",
                        "keep me",
                        "startDate",
                        "2026-12-01",
                        "targetFinishDate",
                        "2027-01-31"))
                .post("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ada.request()
                .body(Map.of("name", "renamed"))
                .patch("/api/v1/projects/{id}", id)
                .then()
                .statusCode(200)
                .body("name", equalTo("renamed"))
                .body("description", equalTo("keep me"));
        Map<String, Object> clear = new HashMap<>();
        clear.put("targetFinishDate", null);
        ada.request()
                .body(clear)
                .patch("/api/v1/projects/{id}", id)
                .then()
                .statusCode(200)
                .body("targetFinishDate", nullValue())
                .body("description", equalTo("keep me"));
    }

    @Test
    void shouldRecordProjectChangesWithOldAndNewValues() {
        Session ada = Api.register("ada");
        String id = Planning.project(ada);
        ada.request()
                .body(Map.of("name", "Renamed", "status", "active"))
                .patch("/api/v1/projects/{id}", id)
                .then()
                .statusCode(200);
        ada.request()
                .get("/api/v1/projects/{id}/activity", id)
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("updated"))
                .body("items[0].changes.name.old", equalTo("Project"))
                .body("items[0].changes.name.new", equalTo("Renamed"))
                .body("items[0].changes.status.new", equalTo("active"))
                .body("items[0].actorId", equalTo(ada.userId().toString()))
                .body("items[1].action", equalTo("created"));
    }

    @Test
    void shouldLetAViewerReadButNotCreate() {
        Session owner = Api.register("owner");
        Session viewer = Api.memberOf(owner, "viewer");
        String id = Planning.project(owner);
        viewer.request().get("/api/v1/projects/{id}", id).then().statusCode(200);
        viewer.request()
                .body(Map.of("key", "NOPE", "name", "x", "startDate", "2026-12-01"))
                .post("/api/v1/workspaces/{id}/projects", owner.workspaceId())
                .then()
                .statusCode(403);
    }
}
