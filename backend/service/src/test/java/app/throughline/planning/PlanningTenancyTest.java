package app.throughline.planning;

import static org.hamcrest.Matchers.equalTo;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every planning endpoint answers 404 for another workspace's ids, and changes nothing there. */
@QuarkusTest
class PlanningTenancyTest {

    @Test
    void shouldHideAnotherWorkspacesPlanningObjects() {
        Session ada = Api.register("ada");
        Session bob = Api.register("bob");
        String project = Planning.project(bob);
        String task = Planning.task(bob, project, "Bob's task", 2);
        String other = Planning.task(bob, project, "Bob's other", 2);
        String dependency = Planning.link(bob, task, other);
        String person = Planning.person(bob, "Bob's person", null);
        String assignment = bob.request()
                .body(Map.of("personId", person, "units", 1))
                .post("/api/v1/tasks/{id}/assignments", task)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String milestone = bob.request()
                .body(Map.of("name", "M", "dueDate", "2027-01-01"))
                .post("/api/v1/projects/{id}/milestones", project)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        ada.request()
                .get("/api/v1/workspaces/{id}/projects", bob.workspaceId())
                .then()
                .statusCode(404);
        ada.request()
                .body(Map.of("key", "HACK", "name", "x", "startDate", "2026-12-01"))
                .post("/api/v1/workspaces/{id}/projects", bob.workspaceId())
                .then()
                .statusCode(404);
        ada.request().get("/api/v1/projects/{id}", project).then().statusCode(404);
        ada.request()
                .body(Map.of("name", "x"))
                .patch("/api/v1/projects/{id}", project)
                .then()
                .statusCode(404);
        ada.request().delete("/api/v1/projects/{id}", project).then().statusCode(404);
        ada.request().get("/api/v1/projects/{id}/tasks", project).then().statusCode(404);
        ada.request()
                .body(Map.of("title", "x", "durationDays", 1))
                .post("/api/v1/projects/{id}/tasks", project)
                .then()
                .statusCode(404);
        ada.request()
                .body(Map.of("tasks", List.of(Map.of("ref", "a", "title", "x", "durationDays", 1))))
                .post("/api/v1/projects/{id}/tasks:bulk", project)
                .then()
                .statusCode(404);
        ada.request().get("/api/v1/projects/{id}/activity", project).then().statusCode(404);
        ada.request().get("/api/v1/projects/{id}/dependencies", project).then().statusCode(404);
        ada.request().get("/api/v1/projects/{id}/milestones", project).then().statusCode(404);
        ada.request()
                .body(Map.of("name", "M", "dueDate", "2027-01-01"))
                .post("/api/v1/projects/{id}/milestones", project)
                .then()
                .statusCode(404);
        ada.request().get("/api/v1/tasks/{id}", task).then().statusCode(404);
        ada.request()
                .body(Map.of("title", "x"))
                .patch("/api/v1/tasks/{id}", task)
                .then()
                .statusCode(404);
        ada.request().delete("/api/v1/tasks/{id}", task).then().statusCode(404);
        ada.request().get("/api/v1/tasks/{id}/activity", task).then().statusCode(404);
        ada.request().get("/api/v1/tasks/{id}/assignments", task).then().statusCode(404);
        ada.request()
                .body(Map.of("personId", person, "units", 1))
                .post("/api/v1/tasks/{id}/assignments", task)
                .then()
                .statusCode(404);
        ada.request().delete("/api/v1/assignments/{id}", assignment).then().statusCode(404);
        ada.request().get("/api/v1/tasks/{id}/comments", task).then().statusCode(404);
        ada.request()
                .body(Map.of("body", "hi"))
                .post("/api/v1/tasks/{id}/comments", task)
                .then()
                .statusCode(404);
        ada.request().get("/api/v1/dependencies/{id}", dependency).then().statusCode(404);
        ada.request()
                .body(Map.of("lagDays", 3))
                .patch("/api/v1/dependencies/{id}", dependency)
                .then()
                .statusCode(404);
        ada.request().delete("/api/v1/dependencies/{id}", dependency).then().statusCode(404);
        ada.request()
                .body(Map.of("predecessorId", task, "successorId", other))
                .post("/api/v1/dependencies")
                .then()
                .statusCode(404);
        ada.request().get("/api/v1/milestones/{id}", milestone).then().statusCode(404);
        ada.request()
                .body(Map.of("name", "x"))
                .patch("/api/v1/milestones/{id}", milestone)
                .then()
                .statusCode(404);
        ada.request().delete("/api/v1/milestones/{id}", milestone).then().statusCode(404);

        // someone else's person cannot be put on my task either
        String mine = Planning.task(ada, Planning.project(ada), "Mine", 1);
        ada.request()
                .body(Map.of("personId", person, "units", 1))
                .post("/api/v1/tasks/{id}/assignments", mine)
                .then()
                .statusCode(404);

        bob.request().get("/api/v1/projects/{id}/tasks", project).then().body("items.size()", equalTo(2));
        bob.request()
                .get("/api/v1/dependencies/{id}", dependency)
                .then()
                .statusCode(200)
                .body("lagDays", equalTo(0));
    }
}
