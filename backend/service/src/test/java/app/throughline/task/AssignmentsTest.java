package app.throughline.task;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Changing how much of a person's time a task takes, without losing someone else's change. */
@QuarkusTest
class AssignmentsTest {

    private record Assigned(Session ada, String project, String task, String assignment) {}

    private static Assigned halfTimeOnATask() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String task = Planning.task(ada, project, "Build", 2);
        String person = Planning.person(ada, "Priya", null);
        String assignment = ada.request()
                .body(Map.of("personId", person, "units", 0.5))
                .post("/api/v1/tasks/{id}/assignments", task)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new Assigned(ada, project, task, assignment);
    }

    @Test
    void shouldChangeTheUnitsOfAnAssignmentAndLogTheOldAndNewValue() {
        Assigned a = halfTimeOnATask();
        a.ada()
                .request()
                .header("If-Match", "\"0\"")
                .body(Map.of("units", 0.75))
                .patch("/api/v1/assignments/{id}", a.assignment())
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("units", equalTo(0.75f))
                .body("version", equalTo(1));
        a.ada()
                .request()
                .get("/api/v1/tasks/{id}", a.task())
                .then()
                .body("assignments[0].units", equalTo(0.75f))
                .body("assignments[0].version", equalTo(1));
        a.ada()
                .request()
                .get("/api/v1/projects/{id}/activity", a.project())
                .then()
                .body(
                        "items.findAll { it.entityType == 'assignment' && it.action == 'updated' }.changes.units.new",
                        hasItem(0.75f));
    }

    @Test
    void shouldRefuseAStaleChangeAndKeepTheOtherPersonsUnits() {
        Assigned a = halfTimeOnATask();
        a.ada()
                .request()
                .header("If-Match", "\"0\"")
                .body(Map.of("units", 1))
                .patch("/api/v1/assignments/{id}", a.assignment())
                .then()
                .statusCode(200);
        a.ada()
                .request()
                .header("If-Match", "\"0\"")
                .body(Map.of("units", 0.25))
                .patch("/api/v1/assignments/{id}", a.assignment())
                .then()
                .statusCode(412);
        a.ada()
                .request()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/assignments/{id}", a.assignment())
                .then()
                .statusCode(412);
        a.ada()
                .request()
                .get("/api/v1/assignments/{id}", a.assignment())
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("units", equalTo(1));
    }

    @Test
    void shouldRefuseUnitsOutOfRangeNamingTheField() {
        Assigned a = halfTimeOnATask();
        a.ada()
                .request()
                .body(Map.of("units", 0))
                .patch("/api/v1/assignments/{id}", a.assignment())
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("units"));
        a.ada()
                .request()
                .body(Map.of("units", 11))
                .patch("/api/v1/assignments/{id}", a.assignment())
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("units"));
        a.ada().request().get("/api/v1/assignments/{id}", a.assignment()).then().body("units", equalTo(0.5f));
    }

    @Test
    void shouldLetOnlyCoordinatorsChangeUnitsAndHideAssignmentsFromOtherWorkspaces() {
        Assigned a = halfTimeOnATask();
        Session member = Api.memberOf(a.ada(), "member");
        member.request()
                .body(Map.of("units", 1))
                .patch("/api/v1/assignments/{id}", a.assignment())
                .then()
                .statusCode(403);
        member.request().get("/api/v1/assignments/{id}", a.assignment()).then().statusCode(200);
        Session stranger = Api.register("eve");
        stranger.request()
                .get("/api/v1/assignments/{id}", a.assignment())
                .then()
                .statusCode(404);
        stranger.request()
                .body(Map.of("units", 1))
                .patch("/api/v1/assignments/{id}", a.assignment())
                .then()
                .statusCode(404);
    }
}
