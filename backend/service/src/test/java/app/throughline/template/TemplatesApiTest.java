package app.throughline.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Templates: save a project, start a new one from it forwards from a start date or backwards from a
 * finish date. Dates below are worked out by hand on the default calendar (Mon–Fri, 8 h a day).
 */
@QuarkusTest
class TemplatesApiTest {

    /** A (3 days) → 1 day lag → B (2 days); milestone "Done" gated by B, 5 working days after the start. */
    static String sourceProject(Session ada) {
        String project = ada.request()
                .body(Map.of("key", Planning.newKey(), "name", "Source", "startDate", "2027-01-04"))
                .post("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String a = Planning.task(ada, project, "Draft", 3);
        String b = Planning.task(ada, project, "Review", 2);
        ada.request()
                .body(Map.of("predecessorId", a, "successorId", b, "type", "fs", "lagDays", 1))
                .post("/api/v1/dependencies")
                .then()
                .statusCode(201);
        ada.request()
                .body(Map.of("name", "Done", "dueDate", "2027-01-11", "gatingTaskIds", List.of(b)))
                .post("/api/v1/projects/{id}/milestones", project)
                .then()
                .statusCode(201);
        ada.request()
                .body(Map.of("title", "Reviewer away", "probability", 2, "impact", 3))
                .post("/api/v1/projects/{id}/risks", project)
                .then()
                .statusCode(201);
        return project;
    }

    static String saveAsTemplate(Session ada, String project) {
        return ada.request()
                .body(Map.of("name", "Two-step", "fromProjectId", project))
                .post("/api/v1/workspaces/{id}/templates", ada.workspaceId())
                .then()
                .statusCode(201)
                .body("body.tasks.size()", equalTo(2))
                .body("body.dependencies[0].lagDays", anyOf(equalTo(1), equalTo(1.0f)))
                .body("body.milestones[0].offsetDays", equalTo(5))
                .body("body.risks[0].title", equalTo("Reviewer away"))
                .extract()
                .path("id");
    }

    @Test
    void shouldStartANewProjectForwardsFromAStartDate() {
        Session ada = Api.register("ada");
        String template = saveAsTemplate(ada, sourceProject(ada));
        String project = ada.request()
                .body(Map.of("key", Planning.newKey(), "name", "Spring", "startDate", "2027-03-01"))
                .post("/api/v1/templates/{id}/instantiate", template)
                .then()
                .statusCode(201)
                .body("startDate", equalTo("2027-03-01"))
                .extract()
                .path("id");
        // Draft Mon 1 – Wed 3 March, lag Thu 4, Review Fri 5 and Mon 8: the project finishes on 8 March
        assertThat(ada.request()
                        .get("/api/v1/projects/{id}/schedule", project)
                        .then()
                        .extract()
                        .<String>path("finish"))
                .startsWith("2027-03-08");
        // the milestone: 5 working days after Mon 1 March = Mon 8 March, gated by Review
        ada.request()
                .get("/api/v1/projects/{id}/milestones", project)
                .then()
                .body("items[0].name", equalTo("Done"))
                .body("items[0].dueDate", equalTo("2027-03-08"));
        ada.request().get("/api/v1/projects/{id}/risks", project).then().body("items.title", hasItems("Reviewer away"));
        ada.request()
                .get("/api/v1/projects/{id}/dependencies", project)
                .then()
                .body("items[0].lagDays", anyOf(equalTo(1), equalTo(1.0f)));
    }

    @Test
    void shouldStartANewProjectBackwardsSoItFinishesOnTheTargetDate() {
        Session ada = Api.register("ada");
        String template = saveAsTemplate(ada, sourceProject(ada));
        // six working days (3 + 1 lag + 2) ending Fri 19 March 2027 start on Fri 12 March:
        // Draft Fri 12, Mon 15, Tue 16; lag Wed 17; Review Thu 18, Fri 19
        String project = ada.request()
                .body(Map.of("key", Planning.newKey(), "name", "Summer", "finishDate", "2027-03-19"))
                .post("/api/v1/templates/{id}/instantiate", template)
                .then()
                .statusCode(201)
                .body("startDate", equalTo("2027-03-12"))
                .extract()
                .path("id");
        assertThat(ada.request()
                        .get("/api/v1/projects/{id}/schedule", project)
                        .then()
                        .extract()
                        .<String>path("finish"))
                .startsWith("2027-03-19");
        ada.request()
                .get("/api/v1/projects/{id}/milestones", project)
                .then()
                .body("items[0].dueDate", equalTo("2027-03-19"));
    }

    @Test
    void shouldOfferThreeBuiltInTemplatesAndStartAProjectFromOne() {
        Session ada = Api.register("ada");
        List<Map<String, Object>> templates = ada.request()
                .get("/api/v1/workspaces/{id}/templates", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("name", hasItems("Agency campaign", "Software release", "Client onboarding"))
                .extract()
                .path("findAll { it.builtIn }");
        assertThat(templates).hasSize(3);
        // listed twice: still three
        ada.request()
                .get("/api/v1/workspaces/{id}/templates", ada.workspaceId())
                .then()
                .body("findAll { it.builtIn }.size()", equalTo(3));
        String release = templates.stream()
                .filter(t -> t.get("name").equals("Software release"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .toString();
        String project = ada.request()
                .body(Map.of("key", Planning.newKey(), "name", "Release 4.2", "startDate", "2027-02-01"))
                .post("/api/v1/templates/{id}/instantiate", release)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ada.request()
                .get("/api/v1/projects/{id}/tasks?limit=100", project)
                .then()
                .body("items.title", hasItems("Code freeze", "Regression testing", "Deploy to production"));
        ada.request()
                .get("/api/v1/projects/{id}/milestones", project)
                .then()
                .body("items.name", hasItems("Code freeze", "Release candidate", "Go-live"));
    }

    @Test
    void shouldKeepOtherWorkspacesOutAndRefuseBadInput() {
        Session ada = Api.register("ada");
        Session eve = Api.register("eve");
        String template = saveAsTemplate(ada, sourceProject(ada));
        eve.request().get("/api/v1/templates/{id}", template).then().statusCode(404);
        eve.request()
                .body(Map.of("key", Planning.newKey(), "name", "Stolen", "startDate", "2027-03-01"))
                .post("/api/v1/templates/{id}/instantiate", template)
                .then()
                .statusCode(404);
        eve.request().delete("/api/v1/templates/{id}", template).then().statusCode(404);
        // a project of another workspace cannot be saved here
        eve.request()
                .body(Map.of("name", "Stolen", "fromProjectId", sourceProject(ada)))
                .post("/api/v1/workspaces/{id}/templates", eve.workspaceId())
                .then()
                .statusCode(404);
        // both dates, or neither
        ada.request()
                .body(Map.of(
                        "key", Planning.newKey(), "name", "X", "startDate", "2027-03-01", "finishDate", "2027-04-01"))
                .post("/api/v1/templates/{id}/instantiate", template)
                .then()
                .statusCode(422);
        ada.request()
                .body(Map.of("key", Planning.newKey(), "name", "X"))
                .post("/api/v1/templates/{id}/instantiate", template)
                .then()
                .statusCode(422);
        ada.request()
                .body(Map.of("key", "bad key", "name", "X", "startDate", "2027-03-01"))
                .post("/api/v1/templates/{id}/instantiate", template)
                .then()
                .statusCode(422);
        // a body whose link names a task it does not have
        ada.request()
                .body(Map.of(
                        "name",
                        "Broken",
                        "body",
                        Map.of(
                                "tasks",
                                List.of(Map.of("ref", "a", "title", "A", "durationDays", 1)),
                                "dependencies",
                                List.of(Map.of("predecessorRef", "a", "successorRef", "zzz")))))
                .post("/api/v1/workspaces/{id}/templates", ada.workspaceId())
                .then()
                .statusCode(422);
        ada.request().delete("/api/v1/templates/{id}", template).then().statusCode(204);
        ada.request().get("/api/v1/templates/{id}", template).then().statusCode(404);
    }
}
