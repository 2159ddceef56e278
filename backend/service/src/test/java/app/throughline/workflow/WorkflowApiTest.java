package app.throughline.workflow;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkflowApiTest {

    /** The agency's content flow: brief → draft → internal review → client review (2 approvers) → revision → publish. */
    static Map<String, Object> contentFlow(List<String> approvers, Integer draftWip, boolean withTransitions) {
        Map<String, Object> draft = new HashMap<>(Map.of("key", "draft", "name", "Draft", "category", "in_progress"));
        if (draftWip != null) {
            draft.put("wipLimit", draftWip);
        }
        List<Map<String, Object>> statuses = List.of(
                Map.of("key", "brief", "name", "Brief", "category", "todo"),
                draft,
                Map.of("key", "internal_review", "name", "Internal review", "category", "review"),
                Map.of(
                        "key",
                        "client_review",
                        "name",
                        "Client review",
                        "category",
                        "review",
                        "approval",
                        Map.of("approverPersonIds", approvers, "required", 2, "rejectTo", "revision")),
                Map.of("key", "revision", "name", "Revision", "category", "in_progress"),
                Map.of("key", "publish", "name", "Published", "category", "done"));
        Map<String, Object> body = new HashMap<>(Map.of("name", "Content " + Planning.newKey(), "statuses", statuses));
        if (withTransitions) {
            body.put(
                    "transitions",
                    List.of(
                            Map.of("from", "brief", "to", "draft"),
                            Map.of("from", "draft", "to", "internal_review"),
                            Map.of("from", "internal_review", "to", "draft"),
                            Map.of("from", "internal_review", "to", "client_review"),
                            Map.of("from", "client_review", "to", "publish"),
                            Map.of("from", "client_review", "to", "internal_review"),
                            Map.of("from", "revision", "to", "internal_review")));
        }
        return body;
    }

    static String createWorkflow(Session session, Map<String, Object> body) {
        return session.request()
                .body(body)
                .post("/api/v1/workspaces/{id}/workflows", session.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String projectOn(Session session, String workflowId) {
        return session.request()
                .body(Map.of(
                        "key",
                        Planning.newKey(),
                        "name",
                        "Content",
                        "startDate",
                        "2026-11-30",
                        "workflowId",
                        workflowId))
                .post("/api/v1/workspaces/{id}/projects", session.workspaceId())
                .then()
                .statusCode(201)
                .body("workflowId", equalTo(workflowId))
                .extract()
                .path("id");
    }

    static void move(Session session, String task, String to, int status) {
        session.request()
                .body(Map.of("to", to))
                .post("/api/v1/tasks/{id}/transitions", task)
                .then()
                .statusCode(status);
    }

    @Test
    void everyWorkspaceStartsWithTheStandardWorkflowAndProjectsUseIt() {
        Session ada = Api.register("ada");
        String defaultId = ada.request()
                .get("/api/v1/workspaces/{id}/workflows", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].isDefault", equalTo(true))
                .body(
                        "items[0].statuses.key",
                        contains("todo", "in_progress", "review", "blocked", "done", "cancelled"))
                .body("items[0].transitions.size()", equalTo(0))
                .extract()
                .path("items[0].id");
        String project = Planning.project(ada);
        ada.request().get("/api/v1/projects/{id}", project).then().body("workflowId", equalTo(defaultId));
        String task = Planning.task(ada, project, "Design", 2);
        ada.request()
                .get("/api/v1/tasks/{id}", task)
                .then()
                .body("status", equalTo("todo"))
                .body("statusCategory", equalTo("todo"));
        // blocked is open work of the in_progress category; any move is allowed without transitions
        ada.request()
                .body(Map.of("status", "blocked"))
                .patch("/api/v1/tasks/{id}", task)
                .then()
                .statusCode(200)
                .body("status", equalTo("blocked"))
                .body("statusCategory", equalTo("in_progress"));
    }

    @Test
    void allowedMovesAreMadeAndOthersRefusedWithTheAllowedTargets() {
        Session ada = Api.register("ada");
        String p1 = Planning.person(ada, "Pat One", null);
        String p2 = Planning.person(ada, "Pat Two", null);
        String project = projectOn(ada, createWorkflow(ada, contentFlow(List.of(p1, p2), null, true)));
        String task = Planning.task(ada, project, "Launch post", 2);
        ada.request().get("/api/v1/tasks/{id}", task).then().body("status", equalTo("brief"));

        ada.request()
                .body(Map.of("to", "publish"))
                .post("/api/v1/tasks/{id}/transitions", task)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("allowed", contains("draft"));
        // PATCH of status follows the same rules
        ada.request()
                .body(Map.of("status", "internal_review"))
                .patch("/api/v1/tasks/{id}", task)
                .then()
                .statusCode(409)
                .body("allowed", contains("draft"));
        ada.request()
                .body(Map.of("to", "nowhere"))
                .post("/api/v1/tasks/{id}/transitions", task)
                .then()
                .statusCode(409)
                .body("allowed", contains("draft"));
        ada.request()
                .body(Map.of("to", "draft", "comment", "Brief agreed"))
                .post("/api/v1/tasks/{id}/transitions", task)
                .then()
                .statusCode(200)
                .body("status", equalTo("draft"))
                .body("statusCategory", equalTo("in_progress"))
                .body("wipExceeded", equalTo(false));
        ada.request()
                .get("/api/v1/tasks/{id}/transitions", task)
                .then()
                .statusCode(200)
                .body("items.to", contains("draft", "brief"))
                .body("items[0].from", equalTo("brief"))
                .body("items[0].comment", equalTo("Brief agreed"))
                .body("items[0].byUserId", equalTo(ada.userId().toString()))
                .body("allowed", contains("internal_review"));
    }

    @Test
    void aMovePastTheWipLimitIsMadeButFlagged() {
        Session ada = Api.register("ada");
        String p1 = Planning.person(ada, "Pat One", null);
        String p2 = Planning.person(ada, "Pat Two", null);
        String project = projectOn(ada, createWorkflow(ada, contentFlow(List.of(p1, p2), 1, false)));
        String first = Planning.task(ada, project, "First", 1);
        String second = Planning.task(ada, project, "Second", 1);
        ada.request()
                .body(Map.of("to", "draft"))
                .post("/api/v1/tasks/{id}/transitions", first)
                .then()
                .statusCode(200)
                .body("wipExceeded", equalTo(false));
        ada.request()
                .body(Map.of("to", "draft"))
                .post("/api/v1/tasks/{id}/transitions", second)
                .then()
                .statusCode(200)
                .body("status", equalTo("draft"))
                .body("wipExceeded", equalTo(true));
        ada.request().get("/api/v1/tasks/{id}/transitions", second).then().body("items[0].wipExceeded", equalTo(true));
    }

    @Test
    void aTwoApproverStepNeedsBothAndOneRejectionSendsTheTaskBackWithTheComment() {
        Session owner = Api.register("owner");
        Session alice = Api.memberOf(owner, "member");
        Session bruno = Api.memberOf(owner, "member");
        Session outsider = Api.memberOf(owner, "member");
        String pa = Planning.person(owner, "Alice Approver", alice.userId());
        String pb = Planning.person(owner, "Bruno Approver", bruno.userId());
        String project = projectOn(owner, createWorkflow(owner, contentFlow(List.of(pa, pb), null, false)));
        String task = Planning.task(owner, project, "Homepage copy", 2);
        move(owner, task, "client_review", 200);

        String round = alice.request()
                .get("/api/v1/me/approvals")
                .then()
                .statusCode(200)
                .body("items.taskId", contains(task))
                .body("items[0].state", equalTo("pending"))
                .body("items[0].required", equalTo(2))
                .body("items[0].canDecide", equalTo(true))
                .extract()
                .path("items[0].id");
        outsider.request().get("/api/v1/me/approvals").then().body("items.size()", equalTo(0));
        // forward is closed until approved; back is open
        owner.request()
                .body(Map.of("to", "publish"))
                .post("/api/v1/tasks/{id}/transitions", task)
                .then()
                .statusCode(409)
                .body("allowed", contains("brief", "draft", "internal_review"));

        outsider.request()
                .body(Map.of("decision", "approve"))
                .post("/api/v1/approvals/{id}/decision", round)
                .then()
                .statusCode(403);
        alice.request()
                .body(Map.of("decision", "approve"))
                .post("/api/v1/approvals/{id}/decision", round)
                .then()
                .statusCode(200)
                .body("state", equalTo("pending"))
                .body("approvals", equalTo(1));
        alice.request()
                .body(Map.of("decision", "approve"))
                .post("/api/v1/approvals/{id}/decision", round)
                .then()
                .statusCode(409);
        move(owner, task, "publish", 409);

        bruno.request()
                .body(Map.of("decision", "reject", "comment", "Tone is off"))
                .post("/api/v1/approvals/{id}/decision", round)
                .then()
                .statusCode(200)
                .body("state", equalTo("rejected"));
        owner.request()
                .get("/api/v1/tasks/{id}", task)
                .then()
                .body("status", equalTo("revision"))
                .body("statusCategory", equalTo("in_progress"));
        owner.request()
                .get("/api/v1/tasks/{id}/transitions", task)
                .then()
                .body("items[0].from", equalTo("client_review"))
                .body("items[0].to", equalTo("revision"))
                .body("items[0].comment", equalTo("Rejected: Tone is off"))
                .body("items[0].byUserId", equalTo(bruno.userId().toString()));
        alice.request()
                .body(Map.of("decision", "approve"))
                .post("/api/v1/approvals/{id}/decision", round)
                .then()
                .statusCode(409);

        // a second round: both approve, and the task may move on
        move(owner, task, "client_review", 200);
        String second =
                bruno.request().get("/api/v1/me/approvals").then().extract().path("items[0].id");
        for (Session approver : List.of(alice, bruno)) {
            approver.request()
                    .body(Map.of("decision", "approve"))
                    .post("/api/v1/approvals/{id}/decision", second)
                    .then()
                    .statusCode(200);
        }
        owner.request().get("/api/v1/approvals/{id}", second).then().body("state", equalTo("approved"));
        move(owner, task, "publish", 200);
    }

    @Test
    void theScheduleTreatsACustomDoneStatusAsComplete() {
        Session ada = Api.register("ada");
        String p1 = Planning.person(ada, "Pat One", null);
        String p2 = Planning.person(ada, "Pat Two", null);
        String workflow = createWorkflow(ada, contentFlow(List.of(p1, p2), null, false));
        String project = projectOn(ada, workflow);
        String task = Planning.task(ada, project, "Post", 3);
        String milestone = ada.request()
                .body(Map.of("name", "Live", "dueDate", "2026-12-31", "gatingTaskIds", List.of(task)))
                .post("/api/v1/projects/{id}/milestones", project)
                .then()
                .statusCode(201)
                .body("health", equalTo("on_track"))
                .extract()
                .path("id");
        move(ada, task, "publish", 200);
        ada.request().get("/api/v1/milestones/{id}", milestone).then().body("health", equalTo("achieved"));
    }

    @Test
    void removingAStatusInUseNeedsATargetAndMovesItsTasks() {
        Session ada = Api.register("ada");
        String p1 = Planning.person(ada, "Pat One", null);
        String p2 = Planning.person(ada, "Pat Two", null);
        String workflow = createWorkflow(ada, contentFlow(List.of(p1, p2), null, false));
        String project = projectOn(ada, workflow);
        String task = Planning.task(ada, project, "Post", 3);
        move(ada, task, "revision", 200);
        List<Map<String, Object>> statuses = new ArrayList<>(ada.request()
                .get("/api/v1/workflows/{id}", workflow)
                .then()
                .extract()
                .jsonPath()
                .getList("statuses"));
        statuses.removeIf(s -> s.get("key").equals("revision"));
        // the approval step rejected into revision: point it elsewhere
        statuses.replaceAll(s -> s.get("key").equals("client_review")
                ? Map.of(
                        "key",
                        "client_review",
                        "name",
                        "Client review",
                        "category",
                        "review",
                        "approval",
                        Map.of("approverPersonIds", List.of(p1, p2), "required", 2, "rejectTo", "draft"))
                : s);
        ada.request()
                .header("If-Match", "\"0\"")
                .body(Map.of("statuses", statuses))
                .patch("/api/v1/workflows/{id}", workflow)
                .then()
                .statusCode(409)
                .body("taskCount", equalTo(1))
                .body("statuses", contains("revision"));
        ada.request().get("/api/v1/tasks/{id}", task).then().body("status", equalTo("revision"));
        ada.request()
                .header("If-Match", "\"0\"")
                .body(Map.of("statuses", statuses, "reassign", Map.of("revision", "draft")))
                .patch("/api/v1/workflows/{id}", workflow)
                .then()
                .statusCode(200)
                .body(
                        "statuses.key",
                        containsInAnyOrder("brief", "draft", "internal_review", "client_review", "publish"));
        ada.request().get("/api/v1/tasks/{id}", task).then().body("status", equalTo("draft"));
        ada.request()
                .get("/api/v1/tasks/{id}/transitions", task)
                .then()
                .body("items[0].from", equalTo("revision"))
                .body("items[0].to", equalTo("draft"));
    }

    @Test
    void badWorkflowsAreRefusedAndNothingIsSaved() {
        Session ada = Api.register("ada");
        ada.request()
                .body(Map.of(
                        "name",
                        "No end",
                        "statuses",
                        List.of(
                                Map.of("key", "open", "name", "Open", "category", "todo"),
                                Map.of("key", "busy", "name", "Busy", "category", "in_progress"))))
                .post("/api/v1/workspaces/{id}/workflows", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("statuses"));
        ada.request()
                .body(Map.of(
                        "name",
                        "Bad move",
                        "statuses",
                        List.of(
                                Map.of("key", "open", "name", "Open", "category", "todo"),
                                Map.of("key", "done", "name", "Done", "category", "done")),
                        "transitions",
                        List.of(Map.of("from", "open", "to", "shipped"))))
                .post("/api/v1/workspaces/{id}/workflows", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("transitions[0].to"));
        ada.request()
                .get("/api/v1/workspaces/{id}/workflows", ada.workspaceId())
                .then()
                .body("items.size()", equalTo(1));
    }

    @Test
    void aProjectMovedToAnotherWorkflowKeepsKeysAndMapsTheRestByCategory() {
        Session ada = Api.register("ada");
        String p1 = Planning.person(ada, "Pat One", null);
        String p2 = Planning.person(ada, "Pat Two", null);
        String workflow = createWorkflow(ada, contentFlow(List.of(p1, p2), null, false));
        String project = Planning.project(ada);
        String todo = Planning.task(ada, project, "Not started", 1);
        String working = Planning.task(ada, project, "Working", 1);
        String done = Planning.task(ada, project, "Done", 1);
        move(ada, working, "in_progress", 200);
        move(ada, done, "done", 200);
        ada.request()
                .body(Map.of("workflowId", workflow))
                .patch("/api/v1/projects/{id}", project)
                .then()
                .statusCode(200)
                .body("workflowId", equalTo(workflow));
        ada.request().get("/api/v1/tasks/{id}", todo).then().body("status", equalTo("brief"));
        ada.request().get("/api/v1/tasks/{id}", working).then().body("status", equalTo("draft"));
        ada.request()
                .get("/api/v1/tasks/{id}", done)
                .then()
                .body("status", equalTo("publish"))
                .body("statusCategory", equalTo("done"));
    }
}
