package app.throughline.risk;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RisksTest {

    static Map<String, Object> risk(String title, int probability, int impact) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("probability", probability);
        body.put("impact", impact);
        return body;
    }

    static Response create(Session session, String project, Map<String, Object> body) {
        return session.request().body(body).post("/api/v1/projects/{id}/risks", project);
    }

    @Test
    void shouldScoreAndBandRisksAtTheEdges() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        int[][] cases = {{1, 4}, {1, 5}, {3, 3}, {2, 5}, {3, 5}, {4, 4}};
        String[] bands = {"low", "medium", "medium", "high", "high", "critical"};
        int[] scores = {4, 5, 9, 10, 15, 16};
        for (int i = 0; i < cases.length; i++) {
            create(ada, project, risk("Edge " + i, cases[i][0], cases[i][1]))
                    .then()
                    .statusCode(201)
                    .body("score", equalTo(scores[i]))
                    .body("severity", equalTo(bands[i]))
                    .body("kind", equalTo("risk"))
                    .body("status", equalTo("open"))
                    .body("escalationLevel", equalTo(0));
        }
    }

    @Test
    void shouldKeepEveryScoreInTheHistoryAndRefuseAStaleIfMatch() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        Response created = create(ada, project, risk("Supplier late", 2, 3));
        String id = created.then().statusCode(201).extract().path("id");
        String etag = created.header("ETag");
        ada.request()
                .header("If-Match", etag)
                .body(Map.of("probability", 4))
                .patch("/api/v1/risks/{id}", id)
                .then()
                .statusCode(200)
                .body("score", equalTo(12));
        ada.request()
                .header("If-Match", etag)
                .body(Map.of("impact", 5))
                .patch("/api/v1/risks/{id}", id)
                .then()
                .statusCode(412);
        ada.request()
                .body(Map.of("title", "Supplier very late"))
                .patch("/api/v1/risks/{id}", id)
                .then()
                .statusCode(200);
        ada.request()
                .get("/api/v1/risks/{id}", id)
                .then()
                .body("scoreHistory.score", contains(6, 12))
                .body("scoreHistory[1].probability", equalTo(4))
                .body("scoreHistory[1].byUserId", equalTo(ada.userId().toString()))
                .body("impact", equalTo(3));
        ada.request()
                .get("/api/v1/projects/{id}/activity", project)
                .then()
                .statusCode(200)
                .body("items.entityType", hasItem("risk"));
    }

    @Test
    void shouldTurnAnOccurredRiskIntoAnIssue() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String id = create(ada, project, risk("Key designer leaves", 2, 4))
                .then()
                .extract()
                .path("id");
        ada.request()
                .body(Map.of("status", "occurred"))
                .patch("/api/v1/risks/{id}", id)
                .then()
                .statusCode(200)
                .body("kind", equalTo("issue"))
                .body("status", equalTo("occurred"));
    }

    @Test
    void shouldRefuseBadInputAndSaveNothing() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String otherProject = Planning.project(ada);
        String foreignMilestone = ada.request()
                .body(Map.of("name", "Other", "dueDate", "2027-01-15"))
                .post("/api/v1/projects/{id}/milestones", otherProject)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String otherTask = Planning.task(ada, otherProject, "Elsewhere", 2);

        create(ada, project, risk("Zero", 0, 3)).then().statusCode(422).body("errors.field", hasItem("probability"));
        create(ada, project, risk("Six", 6, 3)).then().statusCode(422).body("errors.field", hasItem("probability"));
        create(ada, project, risk("Impact six", 3, 6)).then().statusCode(422).body("errors.field", hasItem("impact"));
        Map<String, Object> negative = risk("Negative", 3, 3);
        negative.put("scheduleImpactDays", -1);
        create(ada, project, negative).then().statusCode(422).body("errors.field", hasItem("scheduleImpactDays"));
        Map<String, Object> unknownTask = risk("Unknown task", 3, 3);
        unknownTask.put("taskIds", List.of("00000000-0000-4000-8000-000000000001"));
        create(ada, project, unknownTask)
                .then()
                .statusCode(422)
                .body("detail", containsString("00000000-0000-4000-8000-000000000001"));
        Map<String, Object> taskOfOtherProject = risk("Other task", 3, 3);
        taskOfOtherProject.put("taskIds", List.of(otherTask));
        create(ada, project, taskOfOtherProject).then().statusCode(422).body("detail", containsString(otherTask));
        Map<String, Object> milestoneOfOtherProject = risk("Other milestone", 3, 3);
        milestoneOfOtherProject.put("milestoneIds", List.of(foreignMilestone));
        create(ada, project, milestoneOfOtherProject)
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("milestoneIds"))
                .body("detail", containsString(foreignMilestone));

        ada.request()
                .get("/api/v1/projects/{id}/risks", project)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));

        String id = create(ada, project, risk("Fine", 3, 3)).then().extract().path("id");
        ada.request()
                .body(Map.of("probability", 6))
                .patch("/api/v1/risks/{id}", id)
                .then()
                .statusCode(422);
        ada.request()
                .body(Map.of("title", "Renamed", "milestoneIds", List.of(foreignMilestone)))
                .patch("/api/v1/risks/{id}", id)
                .then()
                .statusCode(422);
        ada.request()
                .get("/api/v1/risks/{id}", id)
                .then()
                .body("probability", equalTo(3))
                .body("title", equalTo("Fine"))
                .body("scoreHistory.size()", equalTo(1));
    }

    @Test
    void shouldLetViewersReadMembersReportIssuesAndCoordinatorsOwnTheRegister() {
        Session owner = Api.register("owner");
        Session viewer = Api.memberOf(owner, "viewer");
        Session member = Api.memberOf(owner, "member");
        Session coordinator = Api.memberOf(owner, "coordinator");
        String project = Planning.project(owner);
        String id = create(coordinator, project, risk("Scope creep", 3, 4))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        viewer.request().get("/api/v1/risks/{id}", id).then().statusCode(200);
        create(viewer, project, risk("Viewer's", 1, 1)).then().statusCode(403);
        create(member, project, risk("Member's risk", 1, 1)).then().statusCode(403);
        Map<String, Object> issue = risk("Server down", 5, 3);
        issue.put("kind", "issue");
        create(member, project, issue).then().statusCode(201).body("kind", equalTo("issue"));
        member.request()
                .body(Map.of("title", "Mine now"))
                .patch("/api/v1/risks/{id}", id)
                .then()
                .statusCode(403);
        coordinator
                .request()
                .body(Map.of("status", "mitigating", "mitigation", "Weekly scope review with the client"))
                .patch("/api/v1/risks/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("mitigating"));
    }

    @Test
    void shouldHideAnotherWorkspacesRisksBehind404() {
        Session ada = Api.register("ada");
        Session eve = Api.register("eve");
        String project = Planning.project(ada);
        String id = create(ada, project, risk("Secret", 2, 2)).then().extract().path("id");
        eve.request().get("/api/v1/risks/{id}", id).then().statusCode(404);
        eve.request().get("/api/v1/risks/{id}/impact", id).then().statusCode(404);
        eve.request()
                .body(Map.of("title", "Mine"))
                .patch("/api/v1/risks/{id}", id)
                .then()
                .statusCode(404);
        eve.request().delete("/api/v1/risks/{id}", id).then().statusCode(404);
        ada.request().get("/api/v1/risks/{id}", id).then().body("title", equalTo("Secret"));
        ada.request().delete("/api/v1/risks/{id}", id).then().statusCode(204);
        ada.request().get("/api/v1/risks/{id}", id).then().statusCode(404).body("status", equalTo(404));
        ada.request()
                .get("/api/v1/projects/{id}/risk-summary", project)
                .then()
                .statusCode(200)
                .body("liveRisks", equalTo(0))
                .body("topRisks.size()", equalTo(0))
                .body("nothing", nullValue());
    }
}
