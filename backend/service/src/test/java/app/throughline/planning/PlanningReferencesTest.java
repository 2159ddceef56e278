package app.throughline.planning;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Objects the plan refers to (calendars, people) are not deleted from under it silently. */
@QuarkusTest
class PlanningReferencesTest {

    @Test
    void shouldRefuseToDeleteACalendarThatAProjectSchedulesOn() {
        Session ada = Api.register("ada");
        Map<String, Object> week = Map.of(
                "mon",
                List.of(Map.of("from", "09:00", "to", "17:00")),
                "tue",
                List.of(),
                "wed",
                List.of(),
                "thu",
                List.of(),
                "fri",
                List.of(),
                "sat",
                List.of(),
                "sun",
                List.of());
        String calendar = ada.request()
                .body(Map.of("name", "Mondays", "workWeek", week, "exceptions", List.of()))
                .post("/api/v1/workspaces/{id}/calendars", ada.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ada.request()
                .body(Map.of("key", "MON", "name", "Mondays only", "startDate", "2026-12-01", "calendarId", calendar))
                .post("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(201);
        ada.request()
                .delete("/api/v1/calendars/{id}", calendar)
                .then()
                .statusCode(409)
                .body("detail", containsString("1 project"));
    }

    @Test
    void shouldLogTheAssignmentsThatGoWithADeletedPerson() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String task = Planning.task(ada, project, "Build", 2);
        String person = Planning.person(ada, "Leaving", null);
        String assignment = ada.request()
                .body(Map.of("personId", person, "units", 1))
                .post("/api/v1/tasks/{id}/assignments", task)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ada.request().delete("/api/v1/people/{id}", person).then().statusCode(204);
        ada.request().get("/api/v1/tasks/{id}/assignments", task).then().body("size()", equalTo(0));
        ada.request()
                .get("/api/v1/projects/{id}/activity", project)
                .then()
                .body("items.findAll { it.action == 'deleted' }.entityId", hasItem(assignment));
    }
}
