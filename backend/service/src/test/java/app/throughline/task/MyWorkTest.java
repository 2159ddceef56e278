package app.throughline.task;

import static org.hamcrest.Matchers.contains;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MyWorkTest {

    @Test
    void shouldListMyOpenTasksAcrossProjectsByDeadline() {
        Session ada = Api.register("ada");
        String me = Planning.person(ada, "Ada", ada.userId());
        String someoneElse = Planning.person(ada, "Other", null);
        String web = Planning.project(ada);
        String app = Planning.project(ada);
        String late = Planning.task(ada, web, Map.of("title", "Late", "durationDays", 1, "deadline", "2027-02-01"));
        String soon = Planning.task(ada, app, Map.of("title", "Soon", "durationDays", 1, "deadline", "2026-12-05"));
        String undated = Planning.task(ada, app, "Undated", 1);
        String notMine = Planning.task(ada, web, "Not mine", 1);
        String done = Planning.task(ada, web, Map.of("title", "Done", "durationDays", 1, "status", "done"));
        for (String task : new String[] {late, soon, undated, done}) {
            ada.request()
                    .body(Map.of("personId", me, "units", 1))
                    .post("/api/v1/tasks/{id}/assignments", task)
                    .then()
                    .statusCode(201);
        }
        ada.request()
                .body(Map.of("personId", someoneElse, "units", 1))
                .post("/api/v1/tasks/{id}/assignments", notMine)
                .then()
                .statusCode(201);

        ada.request()
                .get("/api/v1/me/tasks")
                .then()
                .statusCode(200)
                .body("items.title", contains("Soon", "Late", "Undated"));
        ada.request().queryParam("limit", 1).get("/api/v1/me/tasks").then().body("items.title", contains("Soon"));
    }

    @Test
    void shouldOrderTasksWithoutADeadlineByWhenTheyAreScheduledToFinishAndPageThroughThemAll() {
        Session ada = Api.register("ada");
        String me = Planning.person(ada, "Ada", ada.userId());
        String project = Planning.project(ada);
        String longer = Planning.task(ada, project, "Longer", 5);
        String shorter = Planning.task(ada, project, "Shorter", 1);
        String dated =
                Planning.task(ada, project, Map.of("title", "Dated", "durationDays", 8, "deadline", "2027-03-01"));
        for (String task : new String[] {longer, shorter, dated}) {
            ada.request()
                    .body(Map.of("personId", me, "units", 1))
                    .post("/api/v1/tasks/{id}/assignments", task)
                    .then()
                    .statusCode(201);
        }
        ada.request()
                .get("/api/v1/me/tasks")
                .then()
                .statusCode(200)
                .body("items.title", contains("Dated", "Shorter", "Longer"));

        java.util.List<String> paged = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = ada.request().queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            io.restassured.response.Response page = request.get("/api/v1/me/tasks");
            paged.addAll(page.path("items.title"));
            cursor = page.path("next");
        } while (cursor != null);
        org.hamcrest.MatcherAssert.assertThat(paged, contains("Dated", "Shorter", "Longer"));
    }
}
