package app.throughline.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Flow analytics on a hand-made history (times in UTC, the test zone):
 *
 * <pre>
 * A  todo Nov 1 → in_progress Nov 2 → review Nov 3 → in_progress Nov 5 → review Nov 6 → done Nov 7
 * B  todo Nov 1 → in_progress Nov 2 → review Nov 4 → done Nov 5
 * C  todo Nov 1 → in_progress Nov 3 (still there)
 * D  todo Nov 1 → review Nov 9 (still there)
 * E  todo Nov 1 → review Nov 9 (still there)
 * </pre>
 */
@QuarkusTest
class FlowApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void timeInStatusCumulativeFlowAndBottlenecksFollowTheHistory() throws SQLException {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String a = Planning.task(ada, project, "A", 1);
        String b = Planning.task(ada, project, "B", 1);
        String c = Planning.task(ada, project, "C", 1);
        String d = Planning.task(ada, project, "D", 1);
        String e = Planning.task(ada, project, "E", 1);
        for (var end : Map.of(a, "done", b, "done", c, "in_progress", d, "review", e, "review")
                .entrySet()) {
            ada.request()
                    .body(Map.of("to", end.getValue()))
                    .post("/api/v1/tasks/{id}/transitions", end.getKey())
                    .then()
                    .statusCode(200);
        }
        replaceHistory(
                project,
                List.of(
                        move(a, null, "todo", 1),
                        move(a, "todo", "in_progress", 2),
                        move(a, "in_progress", "review", 3),
                        move(a, "review", "in_progress", 5),
                        move(a, "in_progress", "review", 6),
                        move(a, "review", "done", 7),
                        move(b, null, "todo", 1),
                        move(b, "todo", "in_progress", 2),
                        move(b, "in_progress", "review", 4),
                        move(b, "review", "done", 5),
                        move(c, null, "todo", 1),
                        move(c, "todo", "in_progress", 3),
                        move(d, null, "todo", 1),
                        move(d, "todo", "review", 9),
                        move(e, null, "todo", 1),
                        move(e, "todo", "review", 9)));

        JsonPath flow = ada.request()
                .queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-10")
                .get("/api/v1/projects/{id}/flow", project)
                .then()
                .statusCode(200)
                .body("days.size()", equalTo(10))
                .body("statuses.key", contains("todo", "in_progress", "review", "done"))
                .extract()
                .jsonPath();

        // end of Nov 1: everything to do; end of Nov 4: A and B in review, C in progress; end of Nov 10: A, B done
        assertThat(flow.getInt("days[0].counts.todo")).isEqualTo(5);
        assertThat(flow.getInt("days[3].counts.review")).isEqualTo(2);
        assertThat(flow.getInt("days[3].counts.in_progress")).isEqualTo(1);
        assertThat(flow.getInt("days[3].counts.todo")).isEqualTo(2);
        assertThat(flow.getInt("days[9].counts.done")).isEqualTo(2);
        assertThat(flow.getInt("days[9].counts.review")).isEqualTo(2);

        // review: A 2 + 1 days (two visits), B 1 day → p50 2, p85 1 + 0.85 × 2 = 2.7
        Map<String, Object> review = timeIn(flow, "review");
        assertThat(((Number) review.get("p50Days")).doubleValue())
                .as(review.toString())
                .isCloseTo(2.0, within(1e-6));
        assertThat(((Number) review.get("p85Days")).doubleValue())
                .as(review.toString())
                .isCloseTo(2.7, within(1e-6));
        assertThat(((Number) review.get("count")).intValue())
                .as(review.toString())
                .isEqualTo(2);
        // in progress: A 1 + 1, B 2 → both 2 days
        Map<String, Object> working = timeIn(flow, "in_progress");
        assertThat(((Number) working.get("p50Days")).doubleValue())
                .as(working.toString())
                .isCloseTo(2.0, within(1e-6));
        assertThat(((Number) working.get("count")).intValue())
                .as(working.toString())
                .isEqualTo(2);

        // from Nov 6: A last left review on Nov 7 and counts with both its stays (2 + 1 days); B left
        // review on Nov 5, before the window, and does not count
        JsonPath late = ada.request()
                .queryParam("from", "2026-11-06")
                .queryParam("to", "2026-11-10")
                .get("/api/v1/projects/{id}/flow", project)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> lateReview = timeIn(late, "review");
        assertThat(((Number) lateReview.get("count")).intValue())
                .as(lateReview.toString())
                .isEqualTo(1);
        assertThat(((Number) lateReview.get("p50Days")).doubleValue())
                .as(lateReview.toString())
                .isCloseTo(3.0, within(1e-6));

        // review grew from 0 to 2 and holds the longest finished waits; D and E are the ones waiting there
        List<Map<String, Object>> bottlenecks = flow.getList("bottlenecks");
        assertThat(bottlenecks)
                .as(bottlenecks.toString())
                .anyMatch(
                        x -> x.get("status").equals("review") && x.get("reason").equals("queue_growing"));
        assertThat(bottlenecks)
                .as(bottlenecks.toString())
                .anyMatch(
                        x -> x.get("status").equals("review") && x.get("reason").equals("longest_wait"));
        ada.request()
                .queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-10")
                .get("/api/v1/projects/{id}/flow", project)
                .then()
                .body("bottlenecks.find { it.reason == 'queue_growing' }.tasks.taskId", containsInAnyOrder(d, e));
    }

    @Test
    void aWorkflowWipLimitExceededIsABottleneck() {
        Session ada = Api.register("ada");
        String workflow = ada.request()
                .body(Map.of(
                        "name",
                        "Tight",
                        "statuses",
                        List.of(
                                Map.of("key", "open", "name", "Open", "category", "todo"),
                                Map.of("key", "doing", "name", "Doing", "category", "in_progress", "wipLimit", 1),
                                Map.of("key", "closed", "name", "Closed", "category", "done"))))
                .post("/api/v1/workspaces/{id}/workflows", ada.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String project = ada.request()
                .body(Map.of(
                        "key", Planning.newKey(), "name", "Tight", "startDate", "2026-11-30", "workflowId", workflow))
                .post("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String title : List.of("One", "Two", "Three")) {
            String task = Planning.task(ada, project, title, 1);
            ada.request()
                    .body(Map.of("to", "doing"))
                    .post("/api/v1/tasks/{id}/transitions", task)
                    .then()
                    .statusCode(200);
        }
        ada.request()
                .get("/api/v1/projects/{id}/flow", project)
                .then()
                .statusCode(200)
                .body("bottlenecks.reason", hasItem("over_wip_limit"))
                .body("bottlenecks.find { it.reason == 'over_wip_limit' }.status", equalTo("doing"))
                .body("bottlenecks.find { it.reason == 'over_wip_limit' }.tasks.size()", equalTo(3))
                .body("statuses.find { it.key == 'doing' }.wipLimit", equalTo(1));
        ada.request()
                .get("/api/v1/workspaces/{id}/flow", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("bottlenecks.find { it.reason == 'over_wip_limit' }.status", equalTo("doing"))
                .body("statuses.find { it.key == 'doing' }.wipLimit", nullValue());
    }

    @Test
    void aBackwardWindowIsRefusedAndAForeignProjectIsInvisible() {
        Session ada = Api.register("ada");
        Session bob = Api.register("bob");
        String project = Planning.project(ada);
        ada.request()
                .queryParam("from", "2026-11-10")
                .queryParam("to", "2026-11-01")
                .get("/api/v1/projects/{id}/flow", project)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        bob.request().get("/api/v1/projects/{id}/flow", project).then().statusCode(404);
        bob.request()
                .get("/api/v1/workspaces/{id}/flow", ada.workspaceId())
                .then()
                .statusCode(404);
    }

    private static Map<String, Object> timeIn(JsonPath flow, String status) {
        return flow.<Map<String, Object>>getList("timeInStatus").stream()
                .filter(t -> t.get("status").equals(status))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no time in " + status + ": " + flow.prettify()));
    }

    private record Move(String task, String from, String to, int novemberDay) {}

    private static Move move(String task, String from, String to, int novemberDay) {
        return new Move(task, from, to, novemberDay);
    }

    private void replaceHistory(String project, List<Move> moves) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM task_transitions WHERE project_id = ?")) {
                delete.setObject(1, UUID.fromString(project));
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO task_transitions (id, workspace_id, project_id, task_id, from_status, to_status, at)
                    SELECT gen_random_uuid(), workspace_id, project_id, id, ?, ?, ? FROM tasks WHERE id = ?""")) {
                for (Move m : moves) {
                    insert.setString(1, m.from());
                    insert.setString(2, m.to());
                    insert.setTimestamp(
                            3, Timestamp.from(Instant.parse("2026-11-%02dT00:00:00Z".formatted(m.novemberDay()))));
                    insert.setObject(4, UUID.fromString(m.task()));
                    insert.executeUpdate();
                }
            }
        }
    }
}
