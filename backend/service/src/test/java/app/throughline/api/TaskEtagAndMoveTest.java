package app.throughline.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A task's ETag covers everything its representation shows, its embedded assignments included; and a
 * move can name its neighbour, so a reorder made meanwhile cannot misplace it.
 */
@QuarkusTest
class TaskEtagAndMoveTest {

    @Test
    void shouldChangeATasksEtagWhenItsAssignmentsAreAddedChangedOrRemoved() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String task = Planning.task(ada, project, "Design", 3);
        String priya = Planning.person(ada, "Priya", null);
        String before = etag(ada, task);

        String assignment = ada.request()
                .body(Map.of("personId", priya, "units", 1))
                .post("/api/v1/tasks/{id}/assignments", task)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String afterAdd = etag(ada, task);
        assertThat(afterAdd).isNotEqualTo(before);

        String assignmentEtag = ada.request()
                .get("/api/v1/assignments/{id}", assignment)
                .then()
                .extract()
                .header("ETag");
        ada.request()
                .header("If-Match", assignmentEtag)
                .body(Map.of("units", 0.5))
                .patch("/api/v1/assignments/{id}", assignment)
                .then()
                .statusCode(200);
        String afterChange = etag(ada, task);
        assertThat(afterChange).isNotEqualTo(afterAdd);

        // an edit based on the copy read before the change is stale now
        ada.request()
                .header("If-Match", afterAdd)
                .body(Map.of("title", "From a stale copy"))
                .patch("/api/v1/tasks/{id}", task)
                .then()
                .statusCode(412);

        ada.request().delete("/api/v1/assignments/{id}", assignment).then().statusCode(204);
        String afterRemove = etag(ada, task);
        assertThat(afterRemove).isNotEqualTo(afterChange);
        ada.request()
                .get("/api/v1/tasks/{id}", task)
                .then()
                .body(
                        "version",
                        equalTo(Integer.parseInt(afterRemove.replace("\"", "").replace("W/", ""))));
    }

    @Test
    void shouldPlaceAMovedTaskAfterOrBeforeTheNamedSiblingWhateverItsNumber() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String a = Planning.task(ada, project, "A", 1);
        String b = Planning.task(ada, project, "B", 1);
        String c = Planning.task(ada, project, "C", 1);
        String d = Planning.task(ada, project, "D", 1);

        // someone else moves D to the top; a client that still sees A B C D means "after B"
        move(ada, d, Map.of("position", 0)).statusCode(200);
        move(ada, a, Map.of("afterId", b)).statusCode(200).body("position", equalTo(2));
        assertThat(order(ada, a, b, c, d)).containsExactly("D", "B", "A", "C");

        move(ada, c, Map.of("beforeId", d)).statusCode(200).body("position", equalTo(0));
        assertThat(order(ada, a, b, c, d)).containsExactly("C", "D", "B", "A");

        move(ada, d, Map.of("afterId", a)).statusCode(200).body("position", equalTo(3));
        assertThat(order(ada, a, b, c, d)).containsExactly("C", "B", "A", "D");
    }

    @Test
    void shouldRefuseANeighbourThatIsNotASiblingOrTheTaskItself() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String parent = Planning.task(ada, project, "Phase", 1);
        String child = Planning.child(ada, project, parent, "Child", 1);
        String top = Planning.task(ada, project, "Top", 1);

        move(ada, top, Map.of("afterId", child)).statusCode(422).body("errors[0].field", equalTo("afterId"));
        move(ada, top, Map.of("beforeId", top)).statusCode(422).body("errors[0].field", equalTo("beforeId"));
        move(ada, top, Map.of("afterId", parent, "position", 0))
                .statusCode(422)
                .body("errors[0].field", equalTo("afterId"));
        // with a new parent the neighbour is among the new parent's children
        move(ada, top, Map.of("parentId", parent, "beforeId", child))
                .statusCode(200)
                .body("parentId", equalTo(parent))
                .body("position", equalTo(0));
        Session member = Api.memberOf(ada, "member");
        move(member, child, Map.of("beforeId", top)).statusCode(403);
    }

    private static String etag(Session session, String task) {
        return session.request()
                .get("/api/v1/tasks/{id}", task)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static io.restassured.response.ValidatableResponse move(
            Session session, String task, Map<String, Object> body) {
        return session.request().body(body).patch("/api/v1/tasks/{id}", task).then();
    }

    /** The tasks' titles in WBS order (by position), as a client lays siblings out. */
    private static java.util.List<String> order(Session session, String... tasks) {
        java.util.TreeMap<Integer, String> byPosition = new java.util.TreeMap<>();
        for (String task : tasks) {
            var body = session.request().get("/api/v1/tasks/{id}", task).then().extract();
            assertThat(byPosition.put(body.<Integer>path("position"), body.path("title")))
                    .as("two siblings at one position")
                    .isNull();
        }
        return java.util.List.copyOf(byPosition.values());
    }
}
