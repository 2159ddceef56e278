package app.throughline.task;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tasks through the API: create, read, edit, move, delete and their bad inputs. Over 400 lines
 * because it is the specification of the task resource; moves and progress have their own blocks.
 */
@QuarkusTest
class TasksTest {

    @Test
    void shouldGiveTasksProjectKeysThatAreNeverReused() {
        Session ada = Api.register("ada");
        String project = ada.request()
                .body(Map.of("key", "WEB", "name", "Web", "startDate", "2026-12-01"))
                .post("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .extract()
                .path("id");
        ada.request()
                .body(Map.of("title", "One", "durationDays", 1))
                .post("/api/v1/projects/{id}/tasks", project)
                .then()
                .statusCode(201)
                .body("key", equalTo("WEB-1"));
        String second = ada.request()
                .body(Map.of("title", "Two", "durationDays", 1.5))
                .post("/api/v1/projects/{id}/tasks", project)
                .then()
                .statusCode(201)
                .body("key", equalTo("WEB-2"))
                .extract()
                .path("id");
        ada.request().delete("/api/v1/tasks/{id}", second).then().statusCode(204);
        ada.request()
                .body(Map.of("title", "Three", "durationDays", 0))
                .post("/api/v1/projects/{id}/tasks", project)
                .then()
                .statusCode(201)
                .body("key", equalTo("WEB-3"));
    }

    @Test
    void shouldBuildAHierarchyAndMoveTasksInIt() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String design = Planning.task(ada, project, "Design", 0);
        String build = Planning.task(ada, project, "Build", 0);
        String page = Planning.child(ada, project, design, "Home page", 3);
        ada.request().get("/api/v1/tasks/{id}", design).then().body("summary", equalTo(true));
        ada.request()
                .get("/api/v1/tasks/{id}", page)
                .then()
                .body("summary", equalTo(false))
                .body("parentId", equalTo(design));

        ada.request()
                .body(Map.of("parentId", build))
                .patch("/api/v1/tasks/{id}", page)
                .then()
                .statusCode(200)
                .body("parentId", equalTo(build));
        ada.request().get("/api/v1/tasks/{id}", design).then().body("summary", equalTo(false));
        ada.request()
                .queryParam("parentId", build)
                .get("/api/v1/projects/{id}/tasks", project)
                .then()
                .body("items.id", contains(page));

        Map<String, Object> toTop = new HashMap<>();
        toTop.put("parentId", null);
        ada.request()
                .body(toTop)
                .patch("/api/v1/tasks/{id}", page)
                .then()
                .statusCode(200)
                .body("parentId", equalTo(null));
    }

    @Test
    void shouldMoveATaskToAPlaceAmongItsSiblingsAndRenumberThem() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String a = Planning.task(ada, project, "A", 1);
        String b = Planning.task(ada, project, "B", 1);
        String c = Planning.task(ada, project, "C", 1);
        String d = Planning.task(ada, project, "D", 1);
        String bEtag =
                ada.request().get("/api/v1/tasks/{id}", b).then().extract().header("ETag");

        // position is the 0-based place among the siblings; the others shift to make room
        ada.request()
                .body(Map.of("position", 1))
                .patch("/api/v1/tasks/{id}", d)
                .then()
                .statusCode(200)
                .body("position", equalTo(1));
        assertThat(wbsOrder(ada, project, null), contains("A", "D", "B", "C"));
        assertThat(positions(ada, project, null), contains(0, 1, 2, 3));
        // renumbering changes only the siblings' ordinals, not their content: their ETags stay, so
        // someone editing B from before the move is not refused for a change they cannot see
        ada.request().get("/api/v1/tasks/{id}", b).then().header("ETag", bEtag);
        ada.request()
                .header("If-Match", bEtag)
                .body(Map.of("title", "B"))
                .patch("/api/v1/tasks/{id}", b)
                .then()
                .statusCode(200);

        // moving down by one is the current place + 1; past the end means last
        ada.request()
                .body(Map.of("position", 1))
                .patch("/api/v1/tasks/{id}", a)
                .then()
                .statusCode(200);
        assertThat(wbsOrder(ada, project, null), contains("D", "A", "B", "C"));
        ada.request()
                .body(Map.of("position", 99))
                .patch("/api/v1/tasks/{id}", d)
                .then()
                .statusCode(200)
                .body("position", equalTo(3));
        assertThat(wbsOrder(ada, project, null), contains("A", "B", "C", "D"));

        // with a new parent, the place is among the new parent's children
        String x = Planning.child(ada, project, c, "X", 1);
        Planning.child(ada, project, c, "Y", 1);
        ada.request()
                .body(Map.of("parentId", c, "position", 1))
                .patch("/api/v1/tasks/{id}", a)
                .then()
                .statusCode(200);
        assertThat(wbsOrder(ada, project, c), contains("X", "A", "Y"));
        assertThat(positions(ada, project, c), contains(0, 1, 2));
        // the children A left behind close ranks
        assertThat(wbsOrder(ada, project, null), contains("B", "C", "D"));
        assertThat(positions(ada, project, null), contains(0, 1, 2));

        ada.request()
                .body(Map.of("position", -1))
                .patch("/api/v1/tasks/{id}", x)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("position"));
        // the log has the moved task's old and new place (D had shifted to 0 when A moved above it)
        ada.request()
                .get("/api/v1/tasks/{id}/activity", d)
                .then()
                .body("items[0].changes.position.old", equalTo(0))
                .body("items[0].changes.position.new", equalTo(3));
    }

    @Test
    void shouldRefuseAStaleMoveAndLeaveTheSiblingsAsTheyWere() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        Planning.task(ada, project, "A", 1);
        String b = Planning.task(ada, project, "B", 1);
        String etag =
                ada.request().get("/api/v1/tasks/{id}", b).then().extract().header("ETag");
        ada.request()
                .body(Map.of("title", "B again"))
                .patch("/api/v1/tasks/{id}", b)
                .then()
                .statusCode(200);
        ada.request()
                .header("If-Match", etag)
                .body(Map.of("position", 0))
                .patch("/api/v1/tasks/{id}", b)
                .then()
                .statusCode(412);
        assertThat(wbsOrder(ada, project, null), contains("A", "B again"));
    }

    @Test
    void shouldLetOnlyACoordinatorReorderThePlan() {
        Session owner = Api.register("owner");
        Session member = Api.memberOf(owner, "member");
        String project = Planning.project(owner);
        Planning.task(owner, project, "A", 1);
        String b = Planning.task(owner, project, "B", 1);
        member.request()
                .body(Map.of("position", 0))
                .patch("/api/v1/tasks/{id}", b)
                .then()
                .statusCode(403);
        assertThat(wbsOrder(owner, project, null), contains("A", "B"));
    }

    @Test
    void shouldNotLetAMemberRenumberSiblingsByAskingForTheirOwnPlace() {
        Session owner = Api.register("owner");
        Session member = Api.memberOf(owner, "member");
        String project = Planning.project(owner);
        String a = Planning.task(owner, project, "A", 1);
        Planning.task(owner, project, "B", 1);
        String gap = Planning.task(owner, project, "gap", 1);
        Planning.task(owner, project, "C", 1);
        owner.request().delete("/api/v1/tasks/{id}", gap).then().statusCode(204);
        List<Integer> before = positions(owner, project, null);
        assertThat(before, contains(0, 1, 3));
        // A is already at place 0, so its own position would not change, but the others' would
        member.request()
                .body(Map.of("position", 0))
                .patch("/api/v1/tasks/{id}", a)
                .then()
                .statusCode(403);
        assertThat(positions(owner, project, null), contains(before.toArray()));
    }

    /** Titles of one parent's children (top level when null) in WBS order: by position, then key. */
    private static List<String> wbsOrder(Session session, String project, String parentId) {
        return siblings(session, project, parentId).stream()
                .map(t -> (String) t.get("title"))
                .toList();
    }

    private static List<Integer> positions(Session session, String project, String parentId) {
        return siblings(session, project, parentId).stream()
                .map(t -> (Integer) t.get("position"))
                .toList();
    }

    private static List<Map<String, Object>> siblings(Session session, String project, String parentId) {
        List<Map<String, Object>> all = session.request()
                .get("/api/v1/projects/{id}/tasks", project)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        // the list is in key order, so a stable sort by position gives the WBS order
        return all.stream()
                .filter(t -> java.util.Objects.equals(t.get("parentId"), parentId))
                .sorted(java.util.Comparator.comparing(t -> (Integer) t.get("position")))
                .toList();
    }

    @Test
    void shouldRefuseToMakeATaskItsOwnAncestor() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String top = Planning.task(ada, project, "Top", 0);
        String middle = Planning.child(ada, project, top, "Middle", 0);
        String leaf = Planning.child(ada, project, middle, "Leaf", 1);
        ada.request()
                .body(Map.of("parentId", leaf))
                .patch("/api/v1/tasks/{id}", top)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("parentId"));
        ada.request()
                .body(Map.of("parentId", top))
                .patch("/api/v1/tasks/{id}", top)
                .then()
                .statusCode(422);
        ada.request().get("/api/v1/tasks/{id}", top).then().body("parentId", equalTo(null));
    }

    @Test
    void shouldFilterTasks() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        Planning.task(
                ada,
                project,
                Map.of("title", "Write copy", "durationDays", 2, "tags", List.of("content"), "deadline", "2026-12-10"));
        Planning.task(
                ada,
                project,
                Map.of("title", "Shoot photos", "durationDays", 1, "status", "in_progress", "deadline", "2027-01-10"));
        ada.request()
                .queryParam("tag", "content")
                .get("/api/v1/projects/{id}/tasks", project)
                .then()
                .body("items.title", contains("Write copy"));
        ada.request()
                .queryParam("status", "in_progress")
                .get("/api/v1/projects/{id}/tasks", project)
                .then()
                .body("items.title", contains("Shoot photos"));
        ada.request()
                .queryParam("dueBefore", "2027-01-01")
                .get("/api/v1/projects/{id}/tasks", project)
                .then()
                .body("items.title", contains("Write copy"));
        ada.request()
                .queryParam("q", "PHOTO")
                .get("/api/v1/projects/{id}/tasks", project)
                .then()
                .body("items.title", contains("Shoot photos"));
        ada.request()
                .queryParam("status", "sleeping")
                .get("/api/v1/projects/{id}/tasks", project)
                .then()
                .statusCode(400);
    }

    @Test
    void shouldRefuseInvalidTasksAndChangeNothing() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        ada.request()
                .body(Map.of("title", "x", "durationDays", -1))
                .post("/api/v1/projects/{id}/tasks", project)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("durationDays"));
        ada.request()
                .body(Map.of("title", "x".repeat(501), "durationDays", 1))
                .post("/api/v1/projects/{id}/tasks", project)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("title"));
        ada.request()
                .body(Map.of("title", "x", "durationDays", 1, "constraintType", "snet"))
                .post("/api/v1/projects/{id}/tasks", project)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("constraintDate"));
        ada.request()
                .body(Map.of("title", "x", "durationDays", 1, "constraintType", "sometime"))
                .post("/api/v1/projects/{id}/tasks", project)
                .then()
                .statusCode(422)
                .body("errors[0].message", containsString("asap, alap, snet, snlt, fnet, fnlt, mso, mfo"));
        ada.request()
                .body(Map.of(
                        "title", "x", "durationDays", 1, "actualStart", "2026-12-05", "actualFinish", "2026-12-01"))
                .post("/api/v1/projects/{id}/tasks", project)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("actualFinish"));
        ada.request()
                .body(Map.of("title", "x", "durationDays", 1, "key", "P-1"))
                .post("/api/v1/projects/{id}/tasks", project)
                .then()
                .statusCode(422)
                .body("errors[0].message", equalTo("is set by the server and cannot be written"));
        ada.request().get("/api/v1/projects/{id}/tasks", project).then().body("items.size()", equalTo(0));
    }

    @Test
    void shouldLetAMemberReportProgressButNotReplan() {
        Session owner = Api.register("owner");
        Session member = Api.memberOf(owner, "member");
        String project = Planning.project(owner);
        String task = Planning.task(owner, project, "Build", 3);
        member.request()
                .body(Map.of("status", "in_progress", "percentComplete", 40, "actualStart", "2026-12-01"))
                .patch("/api/v1/tasks/{id}", task)
                .then()
                .statusCode(200)
                .body("percentComplete", equalTo(40));
        member.request()
                .body(Map.of("durationDays", 10))
                .patch("/api/v1/tasks/{id}", task)
                .then()
                .statusCode(403);
        owner.request().get("/api/v1/tasks/{id}", task).then().body("durationDays", equalTo(3));
    }

    @Test
    void shouldDeleteASummaryWithItsSubtreeAndTheirDependenciesAndLogIt() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String summary = Planning.task(ada, project, "Phase", 0);
        String a = Planning.child(ada, project, summary, "A", 1);
        String b = Planning.child(ada, project, summary, "B", 1);
        String after = Planning.task(ada, project, "After", 1);
        String link = Planning.link(ada, b, after);

        ada.request().delete("/api/v1/tasks/{id}", summary).then().statusCode(204);

        ada.request().get("/api/v1/tasks/{id}", a).then().statusCode(404);
        ada.request().get("/api/v1/dependencies/{id}", link).then().statusCode(404);
        ada.request().get("/api/v1/projects/{id}/tasks", project).then().body("items.id", contains(after));
        ada.request()
                .get("/api/v1/projects/{id}/activity", project)
                .then()
                .body("items.findAll { it.action == 'deleted' }.entityId", hasItem(summary))
                .body("items.findAll { it.action == 'deleted' }.entityId", hasItem(b))
                .body("items.findAll { it.action == 'deleted' }.entityId", hasItem(link))
                .body("items.findAll { it.action == 'deleted' }.entityId", not(hasItem(after)));
    }

    @Test
    void shouldRecordOldAndNewValuesOfATaskChange() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String task = Planning.task(ada, project, "Build", 3);
        ada.request()
                .body(Map.of("durationDays", 5, "title", "Build it"))
                .patch("/api/v1/tasks/{id}", task)
                .then()
                .statusCode(200);
        ada.request()
                .body(Map.of("durationDays", 5))
                .patch("/api/v1/tasks/{id}", task)
                .then()
                .statusCode(200);
        ada.request()
                .get("/api/v1/tasks/{id}/activity", task)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items[0].changes.durationDays.old", equalTo(3))
                .body("items[0].changes.durationDays.new", equalTo(5))
                .body("items[0].changes.title.new", equalTo("Build it"))
                .body("items[1].action", equalTo("created"));
    }

    @Test
    void shouldPageThroughTasksInKeyOrder() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        for (int i = 0; i < 5; i++) {
            Planning.task(ada, project, "T" + i, 1);
        }
        String next = ada.request()
                .queryParam("limit", 2)
                .get("/api/v1/projects/{id}/tasks", project)
                .then()
                .body("items.title", contains("T0", "T1"))
                .extract()
                .path("next");
        ada.request()
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .get("/api/v1/projects/{id}/tasks", project)
                .then()
                .body("items.title", contains("T2", "T3"));
    }
}
