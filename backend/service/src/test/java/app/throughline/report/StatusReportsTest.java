package app.throughline.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Status reports: generated facts, the narrative and RAG, publishing, history and the week's roll-up. */
@QuarkusTest
class StatusReportsTest {

    // the test service's today is 2026-11-30 (a Monday)

    static String project(Session s) {
        return s.request()
                .body(Map.of("key", Planning.newKey(), "name", "Relaunch", "startDate", "2026-11-02"))
                .post("/api/v1/workspaces/{id}/projects", s.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Map<String, Object> task(String title, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("durationDays", 2);
        body.put("status", status);
        return body;
    }

    static io.restassured.response.Response draft(Session s, String project, Map<String, Object> body) {
        return s.request().body(body).post("/api/v1/projects/{id}/status-reports", project);
    }

    @Test
    void shouldStateTheWeeksFactsFromTheData() {
        Session ada = Api.register("ada");
        String project = project(ada);
        Map<String, Object> finishedInWeek = task("Wireframes", "done");
        finishedInWeek.put("actualStart", "2026-11-20");
        finishedInWeek.put("actualFinish", "2026-11-25");
        String wireframes = Planning.task(ada, project, finishedInWeek);
        Map<String, Object> finishedBefore = task("Brief", "done");
        finishedBefore.put("actualStart", "2026-11-02");
        finishedBefore.put("actualFinish", "2026-11-10");
        String brief = Planning.task(ada, project, finishedBefore);
        Map<String, Object> startedInWeek = task("Checkout", "in_progress");
        startedInWeek.put("actualStart", "2026-11-26");
        String checkout = Planning.task(ada, project, startedInWeek);
        Map<String, Object> dueSoon = task("Launch checklist", "todo");
        dueSoon.put("deadline", "2026-12-07");
        String checklist = Planning.task(ada, project, dueSoon);

        draft(ada, project, Map.of())
                .then()
                .statusCode(201)
                .header("ETag", not(nullValue()))
                .body("state", equalTo("draft"))
                .body("periodStart", equalTo("2026-11-24"))
                .body("periodEnd", equalTo("2026-11-30"))
                .body("facts.completed.taskId", contains(wireframes))
                .body("facts.completed.on", contains("2026-11-25"))
                .body("facts.completed.taskId", not(hasItem(brief)))
                .body("facts.started.taskId", contains(checkout))
                .body("facts.dueSoon.id", hasItem(checklist))
                .body("facts.dueSoon.find { it.id == '" + checklist + "' }.dueDate", equalTo("2026-12-07"))
                .body("facts.slipped", nullValue())
                .body("facts.topRisks", equalTo(List.of()))
                .body("facts.overallocated", equalTo(List.of()))
                .body("narrative.summary", nullValue())
                .body("computedRag.overall", equalTo("green"))
                .body("computedRag.resources", equalTo("green"));
    }

    @Test
    void shouldAskForAReasonToOverrideTheComputedRagAndFreezeOnPublish() {
        Session ada = Api.register("ada");
        String project = project(ada);
        Planning.task(ada, project, "Design", 3);
        io.restassured.response.Response created = draft(ada, project, Map.of());
        String id = created.then().statusCode(201).extract().path("id");
        String etag = created.header("ETag");

        ada.request()
                .body(Map.of("rag", Map.of("overall", "red")))
                .patch("/api/v1/status-reports/{id}", id)
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("ragReason"));
        ada.request()
                .body(Map.of("rag", Map.of("overall", "purple"), "ragReason", "x"))
                .patch("/api/v1/status-reports/{id}", id)
                .then()
                .statusCode(422);
        String updated = ada.request()
                .header("If-Match", etag)
                .body(Map.of(
                        "narrative", Map.of("summary", "Design started", "blockers", "Sandbox keys"),
                        "rag", Map.of("overall", "amber", "scope", "green"),
                        "ragReason", "Vendor is slow to answer"))
                .patch("/api/v1/status-reports/{id}", id)
                .then()
                .statusCode(200)
                .body("narrative.summary", equalTo("Design started"))
                .body("rag.overall", equalTo("amber"))
                .body("ragReason", equalTo("Vendor is slow to answer"))
                .extract()
                .header("ETag");
        ada.request()
                .header("If-Match", etag)
                .body(Map.of("narrative", Map.of("summary", "stale")))
                .patch("/api/v1/status-reports/{id}", id)
                .then()
                .statusCode(412);

        ada.request()
                .header("If-Match", updated)
                .post("/api/v1/status-reports/{id}/publish", id)
                .then()
                .statusCode(200)
                .body("state", equalTo("published"))
                .body("publishedAt", not(nullValue()))
                .body("rag.overall", equalTo("amber"))
                .body("rag.schedule", equalTo("green"))
                .body("rag.resources", equalTo("green"));
        ada.request().post("/api/v1/status-reports/{id}/publish", id).then().statusCode(409);
        ada.request()
                .body(Map.of("narrative", Map.of("summary", "rewritten")))
                .patch("/api/v1/status-reports/{id}", id)
                .then()
                .statusCode(409);
        ada.request()
                .get("/api/v1/status-reports/{id}", id)
                .then()
                .statusCode(200)
                .body("narrative.summary", equalTo("Design started"));
    }

    @Test
    void shouldListTheHistoryNewestFirstWithWhatChangedSinceThePreviousReport() {
        Session ada = Api.register("ada");
        String project = project(ada);
        Planning.task(ada, project, "Design", 3);
        String first = publish(ada, project, "2026-11-17", "2026-11-23", Map.of());
        String second = publish(
                ada,
                project,
                "2026-11-24",
                "2026-11-30",
                Map.of("rag", Map.of("overall", "amber"), "ragReason", "Client review pending"));

        ada.request()
                .get("/api/v1/projects/{id}/status-reports", project)
                .then()
                .statusCode(200)
                .body("items.id", contains(second, first))
                .body("items[1].changes", equalTo(List.of()))
                .body("items[0].changes.field", contains("rag.overall"))
                .body("items[0].changes[0].from", equalTo("green"))
                .body("items[0].changes[0].to", equalTo("amber"));

        ada.request()
                .queryParam("week", "2026-12-02")
                .get("/api/v1/workspaces/{id}/status-reports", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("weekStart", equalTo("2026-11-30"))
                .body("weekEnd", equalTo("2026-12-06"))
                .body("reported", equalTo(1))
                .body("amber", equalTo(1))
                .body("projects.find { it.projectId == '" + project + "' }.report.id", equalTo(second));
        ada.request()
                .queryParam("week", "2026-11-26")
                .get("/api/v1/workspaces/{id}/status-reports", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("weekStart", equalTo("2026-11-23"))
                .body("reported", equalTo(1))
                .body("green", equalTo(1))
                .body("projects.find { it.projectId == '" + project + "' }.report.id", equalTo(first));
    }

    @Test
    void shouldStateWhichTasksJoinedAndLeftTheCriticalPathSinceThePreviousReport() {
        Session ada = Api.register("ada");
        String project = project(ada);
        // Design (3 d) -> Build (2 d) sets the finish at 5 days; Copy (1 d) runs beside them with 4 days of float.
        String design = Planning.task(ada, project, "Design", 3);
        String build = Planning.task(ada, project, "Build", 2);
        Planning.link(ada, design, build);
        String copy = Planning.task(ada, project, "Copy", 1);

        String first = draft(ada, project, Map.of("periodStart", "2026-11-17", "periodEnd", "2026-11-23"))
                .then()
                .statusCode(201)
                // the first report records the set and has nothing to compare with
                .body("facts.criticalPath.tasks.taskId", contains(design, build))
                .body("facts.criticalPath.joined", nullValue())
                .body("facts.criticalPath.left", nullValue())
                .extract()
                .path("id");
        ada.request().post("/api/v1/status-reports/{id}/publish", first).then().statusCode(200);

        // Copy grows to 8 days: it now sets the finish alone, and Design and Build gain 3 days of float.
        ada.request()
                .body(Map.of("durationDays", 8))
                .patch("/api/v1/tasks/{id}", copy)
                .then()
                .statusCode(200);
        draft(ada, project, Map.of("periodStart", "2026-11-24", "periodEnd", "2026-11-30"))
                .then()
                .statusCode(201)
                .body("facts.criticalPath.tasks.taskId", contains(copy))
                .body("facts.criticalPath.joined.taskId", contains(copy))
                .body("facts.criticalPath.joined[0].title", equalTo("Copy"))
                .body("facts.criticalPath.left.taskId", contains(design, build));
    }

    @Test
    void shouldPublishTheFactsAsOfThePublishMomentNotTheDrafts() {
        Session ada = Api.register("ada");
        String project = project(ada);
        String design = Planning.task(ada, project, "Design", 3);
        String build = Planning.task(ada, project, "Build", 2);
        Planning.link(ada, design, build);
        String copy = Planning.task(ada, project, "Copy", 1);
        String brief = Planning.task(ada, project, "Brief", 1);
        String report = draft(ada, project, Map.of("periodStart", "2026-11-24", "periodEnd", "2026-11-30"))
                .then()
                .statusCode(201)
                .body("facts.criticalPath.tasks.taskId", contains(design, build))
                .body("facts.completed", equalTo(List.of()))
                .extract()
                .path("id");

        // after the draft: Copy grows to 8 days and sets the finish alone; the brief is reported done
        ada.request()
                .body(Map.of("durationDays", 8))
                .patch("/api/v1/tasks/{id}", copy)
                .then()
                .statusCode(200);
        ada.request()
                .body(Map.of("status", "done", "actualStart", "2026-11-24", "actualFinish", "2026-11-27"))
                .patch("/api/v1/tasks/{id}", brief)
                .then()
                .statusCode(200);
        // the draft still shows what it was made from
        ada.request()
                .get("/api/v1/status-reports/{id}", report)
                .then()
                .statusCode(200)
                .body("facts.criticalPath.tasks.taskId", contains(design, build));

        ada.request()
                .post("/api/v1/status-reports/{id}/publish", report)
                .then()
                .statusCode(200)
                .body("facts.criticalPath.tasks.taskId", contains(copy))
                .body("facts.completed.taskId", contains(brief));
        // and the published snapshot keeps it
        ada.request()
                .get("/api/v1/status-reports/{id}", report)
                .then()
                .statusCode(200)
                .body("state", equalTo("published"))
                .body("facts.criticalPath.tasks.taskId", contains(copy))
                .body("facts.completed.taskId", contains(brief));
    }

    @Test
    void shouldNotCountAFinishedTaskAsLeavingTheCriticalPath() {
        Session ada = Api.register("ada");
        String project = project(ada);
        String design = Planning.task(ada, project, "Design", 3);
        String build = Planning.task(ada, project, "Build", 2);
        Planning.link(ada, design, build);
        String first = draft(ada, project, Map.of("periodStart", "2026-11-17", "periodEnd", "2026-11-23"))
                .then()
                .statusCode(201)
                .body("facts.criticalPath.tasks.taskId", contains(design, build))
                .extract()
                .path("id");
        ada.request().post("/api/v1/status-reports/{id}/publish", first).then().statusCode(200);

        ada.request()
                .body(Map.of("status", "done", "actualStart", "2026-11-02", "actualFinish", "2026-11-25"))
                .patch("/api/v1/tasks/{id}", design)
                .then()
                .statusCode(200);
        draft(ada, project, Map.of("periodStart", "2026-11-24", "periodEnd", "2026-11-30"))
                .then()
                .statusCode(201)
                .body("facts.completed.taskId", contains(design))
                .body("facts.criticalPath.tasks.taskId", not(hasItem(design)))
                .body("facts.criticalPath.left", equalTo(List.of()));
    }

    @Test
    void shouldRefuseABackwardsOrOverlongPeriodAndViewersAndStrangers() {
        Session ada = Api.register("ada");
        String project = project(ada);
        draft(ada, project, Map.of("periodStart", "2026-11-30", "periodEnd", "2026-11-24"))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("periodEnd"));
        draft(ada, project, Map.of("periodStart", "2023-01-01", "periodEnd", "2026-11-24"))
                .then()
                .statusCode(422)
                .body("detail", containsString(""));
        Session viewer = Api.memberOf(ada, "viewer");
        draft(viewer, project, Map.of()).then().statusCode(403);
        String id =
                draft(ada, project, Map.of()).then().statusCode(201).extract().path("id");
        viewer.request().get("/api/v1/status-reports/{id}", id).then().statusCode(200);
        Session stranger = Api.register("eve");
        stranger.request().get("/api/v1/status-reports/{id}", id).then().statusCode(404);
        stranger.request()
                .post("/api/v1/status-reports/{id}/publish", id)
                .then()
                .statusCode(404);
    }

    static String publish(Session s, String project, String from, String to, Map<String, Object> patch) {
        String id = draft(s, project, Map.of("periodStart", from, "periodEnd", to))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        if (!patch.isEmpty()) {
            s.request()
                    .body(patch)
                    .patch("/api/v1/status-reports/{id}", id)
                    .then()
                    .statusCode(200);
        }
        s.request().post("/api/v1/status-reports/{id}/publish", id).then().statusCode(200);
        return id;
    }
}
