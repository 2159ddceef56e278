package app.throughline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * My work is sorted by scheduled finish, which changes whenever the plan does. Paging must neither
 * skip a task whose finish moves from a later page to before the cursor, nor serve one twice.
 */
@QuarkusTest
class MyWorkCursorTest {

    @Test
    void shouldNotSkipATaskWhoseFinishMovedAcrossThePageBoundaryWhilePaging() {
        Session ada = Api.register("ada");
        String me = Planning.person(ada, "Ada", ada.userId());
        String project = Planning.project(ada);
        List<String> tasks = new ArrayList<>();
        for (int days = 1; days <= 4; days++) {
            String task = Planning.task(ada, project, "Task " + days, days);
            tasks.add(task);
            ada.request()
                    .body(Map.of("personId", me, "units", 1))
                    .post("/api/v1/tasks/{id}/assignments", task)
                    .then()
                    .statusCode(201);
        }
        // by finish: Task 1, Task 2 | Task 3, Task 4
        Response first = ada.request().queryParam("limit", 2).get("/api/v1/me/tasks");
        assertThat(first.<List<String>>path("items.title")).containsExactly("Task 1", "Task 2");

        // meanwhile Task 4 becomes the shortest: its finish moves before the cursor (Task 2)
        ada.request()
                .body(Map.of("durationDays", 0.5))
                .patch("/api/v1/tasks/{id}", tasks.get(3))
                .then()
                .statusCode(200);

        List<String> rest = new ArrayList<>();
        String cursor = first.path("next");
        while (cursor != null) {
            Response page = ada.request()
                    .queryParam("limit", 2)
                    .queryParam("cursor", cursor)
                    .get("/api/v1/me/tasks");
            assertThat(page.statusCode()).isEqualTo(200);
            rest.addAll(page.path("items.title"));
            cursor = page.path("next");
        }
        assertThat(rest).containsExactly("Task 3", "Task 4");
        // a fresh read sees the new order
        assertThat(ada.request().queryParam("limit", 2).get("/api/v1/me/tasks").<List<String>>path("items.title"))
                .containsExactly("Task 4", "Task 1");
    }

    @Test
    void shouldRefuseAnotherUsersCursorWithAProblem() {
        Session ada = Api.register("ada");
        String me = Planning.person(ada, "Ada", ada.userId());
        String project = Planning.project(ada);
        for (int i = 0; i < 3; i++) {
            String task = Planning.task(ada, project, "Task " + i, 1 + i);
            ada.request()
                    .body(Map.of("personId", me, "units", 1))
                    .post("/api/v1/tasks/{id}/assignments", task)
                    .then()
                    .statusCode(201);
        }
        String cursor =
                ada.request().queryParam("limit", 1).get("/api/v1/me/tasks").path("next");
        assertThat(cursor).isNotNull();
        Session eve = Api.register("eve");
        eve.request()
                .queryParam("limit", 1)
                .queryParam("cursor", cursor)
                .get("/api/v1/me/tasks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
