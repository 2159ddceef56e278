package app.throughline.milestone;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MilestonesTest {

    @Test
    void shouldCreateAMilestoneGatedByTasksWithAnOwner() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String task = Planning.task(ada, project, "Design", 5);
        String owner = Planning.person(ada, "Olivia Owner", null);
        String id = ada.request()
                .body(Map.of(
                        "name",
                        "Design sign-off",
                        "dueDate",
                        "2027-01-15",
                        "ownerId",
                        owner,
                        "gatingTaskIds",
                        List.of(task),
                        "committed",
                        true))
                .post("/api/v1/projects/{id}/milestones", project)
                .then()
                .statusCode(201)
                .body("gatingTaskIds", contains(task))
                .body("committed", equalTo(true))
                .body("ownerId", equalTo(owner))
                .extract()
                .path("id");
        ada.request()
                .body(Map.of("dueDate", "2027-01-22"))
                .patch("/api/v1/milestones/{id}", id)
                .then()
                .statusCode(200)
                .body("dueDate", equalTo("2027-01-22"));
        ada.request()
                .get("/api/v1/projects/{id}/milestones", project)
                .then()
                .body("items.name", contains("Design sign-off"));
    }

    @Test
    void shouldRefuseGatingTasksOfAnotherWorkspace() {
        Session ada = Api.register("ada");
        Session bob = Api.register("bob");
        String project = Planning.project(ada);
        String bobsTask = Planning.task(bob, Planning.project(bob), "Secret", 1);
        ada.request()
                .body(Map.of("name", "M", "dueDate", "2027-01-15", "gatingTaskIds", List.of(bobsTask)))
                .post("/api/v1/projects/{id}/milestones", project)
                .then()
                .statusCode(404);
        ada.request().get("/api/v1/projects/{id}/milestones", project).then().body("items.size()", equalTo(0));
    }
}
