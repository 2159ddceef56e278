package app.throughline.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Every metric on a small hand-built November (the test service's today is 2026-11-30, zone UTC).
 * The history the API writes "now" is moved into November by SQL, keeping its order.
 */
@QuarkusTest
class MetricsTest {

    @Inject
    AgroalDataSource dataSource;

    record Built(Session ada, String project) {}

    private Built november() throws Exception {
        Session ada = Api.register("ada");
        String project = ada.request()
                .body(Map.of("key", Planning.newKey(), "name", "Metrics", "startDate", "2026-11-02"))
                .post("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String t1 = Planning.task(ada, project, Map.of("title", "T1", "durationDays", 2));
        String t2 = Planning.task(ada, project, Map.of("title", "T2", "durationDays", 3));
        String t3 = Planning.task(ada, project, Map.of("title", "T3", "durationDays", 2));
        milestone(ada, project, "M1", "2026-11-10", t1);
        String m2 = milestone(ada, project, "M2", "2026-11-06", t2);
        milestone(ada, project, "M3", "2026-11-20", t3);
        ada.request()
                .body(Map.of("name", "Plan"))
                .post("/api/v1/projects/{id}/baselines", project)
                .then()
                .statusCode(201);
        // after the baseline: M2 re-planned, T3 re-estimated, T4 added and removed
        ada.request()
                .body(Map.of("dueDate", "2026-11-12"))
                .patch("/api/v1/milestones/{id}", m2)
                .then()
                .statusCode(200);
        ada.request()
                .body(Map.of("durationDays", 5))
                .patch("/api/v1/tasks/{id}", t3)
                .then()
                .statusCode(200);
        String t4 = Planning.task(ada, project, Map.of("title", "T4", "durationDays", 1));
        ada.request().delete("/api/v1/tasks/{id}", t4).then().statusCode(204);

        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            UUID p = UUID.fromString(project);
            // one now() for the whole transaction: every shifted row keeps its order
            exec(
                    c,
                    "UPDATE activity SET at = at - (now() - timestamptz '2026-11-15 12:00:00+00') WHERE project_id = ?",
                    p);
            exec(
                    c,
                    "UPDATE baselines SET created_at = created_at - (now() - timestamptz '2026-11-15 12:00:00+00')"
                            + " WHERE project_id = ?",
                    p);
            exec(c, "DELETE FROM task_transitions WHERE project_id = ?", p);
            // T1: started 2 Nov, done 5 Nov (cycle 3 days, lead 4)
            move(c, p, t1, "todo", "2026-11-01 10:00");
            move(c, p, t1, "in_progress", "2026-11-02 10:00");
            move(c, p, t1, "done", "2026-11-05 10:00");
            // T2: started 3 Nov, back from review to in progress, done 9 Nov (cycle 6 days, lead 8)
            move(c, p, t2, "todo", "2026-11-01 10:00");
            move(c, p, t2, "in_progress", "2026-11-03 10:00");
            move(c, p, t2, "review", "2026-11-04 10:00");
            move(c, p, t2, "in_progress", "2026-11-05 10:00");
            move(c, p, t2, "done", "2026-11-09 10:00");
            exec(
                    c,
                    "UPDATE tasks SET status = 'done', status_category = 'done', created_at = timestamptz"
                            + " '2026-11-01 10:00:00+00', actual_start = date '2026-11-02', actual_finish = date '2026-11-05'"
                            + " WHERE id = ?",
                    UUID.fromString(t1));
            exec(
                    c,
                    "UPDATE tasks SET status = 'done', status_category = 'done', created_at = timestamptz"
                            + " '2026-11-01 10:00:00+00', actual_start = date '2026-11-03', actual_finish = date '2026-11-09'"
                            + " WHERE id = ?",
                    UUID.fromString(t2));
            c.commit();
        }
        return new Built(ada, project);
    }

    private static String milestone(Session s, String project, String name, String due, String gate) {
        return s.request()
                .body(Map.of("name", name, "dueDate", due, "committed", true, "gatingTaskIds", List.of(gate)))
                .post("/api/v1/projects/{id}/milestones", project)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void move(Connection c, UUID project, String task, String to, String at) throws Exception {
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO task_transitions (id, workspace_id, project_id, task_id, to_status, at)"
                        + " SELECT gen_random_uuid(), workspace_id, id, ?, ?, CAST(? AS timestamp) AT TIME ZONE 'UTC'"
                        + " FROM projects WHERE id = ?")) {
            s.setObject(1, UUID.fromString(task));
            s.setString(2, to);
            s.setString(3, at);
            s.setObject(4, project);
            s.executeUpdate();
        }
    }

    private static void exec(Connection c, String sql, UUID id) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            s.executeUpdate();
        }
    }

    @Test
    void shouldMeasureAHandBuiltNovember() throws Exception {
        Built b = november();
        b.ada()
                .request()
                .queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-30")
                .get("/api/v1/projects/{id}/metrics", b.project())
                .then()
                .statusCode(200)
                // M1 on time, M2 on time against its re-planned 12 Nov, M3 missed: 2 of 3
                .body("onTimeDeliveryRate", equalTo(0.667f))
                // against the first baseline M2 was due 6 Nov and finished 9 Nov: 1 of 3
                .body("onTimeDeliveryRateBaseline", equalTo(0.333f))
                .body("milestoneCompletion", equalTo(0.667f))
                // cycle 3 and 6 days (T2 keeps its first start); lead 4 and 8
                .body("cycleTimeDays.p50", equalTo(4.5f))
                .body("cycleTimeDays.p85", equalTo(5.55f))
                .body("cycleTimeDays.count", equalTo(2))
                .body("leadTimeDays.p50", equalTo(6.0f))
                .body("leadTimeDays.p85", equalTo(7.4f))
                .body(
                        "throughput.periodStart",
                        contains("2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"))
                .body("throughput.done", contains(0, 1, 1, 0, 0, 0))
                // before the baseline the three tasks were added: not scope change
                .body("scopeChanges.added", equalTo(1))
                .body("scopeChanges.removed", equalTo(1))
                .body("scopeChanges.reestimated", equalTo(1))
                // planned 2 + 3 days against 4 + 5 weekdays worked
                .body("estimateAccuracy", equalTo(0.556f))
                // the same per week of the range, clipped to it: M1 (10 Nov) and M2 (re-planned to 12 Nov)
                // on time in the week of 9 Nov, M3 (20 Nov) missed in the next; against the first
                // baseline M2 (6 Nov) was late in the week of 2 Nov
                .body(
                        "series.periodStart",
                        contains("2026-11-01", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"))
                .body(
                        "series.periodEnd",
                        contains("2026-11-01", "2026-11-08", "2026-11-15", "2026-11-22", "2026-11-29", "2026-11-30"))
                .body("series.done", contains(0, 1, 1, 0, 0, 0))
                .body("series.milestonesDue", contains(0, 0, 2, 1, 0, 0))
                .body("series.onTimeDeliveryRate", contains(null, null, 1.0f, 0.0f, null, null))
                .body("series.onTimeDeliveryRateBaseline", contains(null, 0.0f, 1.0f, 0.0f, null, null))
                .body("series.milestoneCompletion", contains(null, null, 1.0f, 0.0f, null, null))
                // the changes after the baseline were all recorded on 15 Nov
                .body("series.scopeChanges.added", contains(0, 0, 1, 0, 0, 0))
                .body("series.scopeChanges.reestimated", contains(0, 0, 1, 0, 0, 0))
                .body("series.ratings", contains(0, 0, 0, 0, 0, 0));

        b.ada()
                .request()
                .queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-30")
                .queryParam("granularity", "month")
                .get("/api/v1/workspaces/{id}/metrics", b.ada().workspaceId())
                .then()
                .statusCode(200)
                .body("onTimeDeliveryRate", equalTo(0.667f))
                .body("throughput.periodStart", contains("2026-11-01"))
                .body("throughput.done", contains(2));
    }

    @Test
    void shouldCountLeadTimeFromTheFirstRecordedMoveWhenTheTaskRowIsYounger() throws Exception {
        Built b = november();
        // seeded and imported tasks: the row is created now, its history dated in the past
        try (Connection c = dataSource.getConnection()) {
            exec(c, "UPDATE tasks SET created_at = now() WHERE project_id = ?", UUID.fromString(b.project()));
        }
        b.ada()
                .request()
                .queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-30")
                .get("/api/v1/projects/{id}/metrics", b.project())
                .then()
                .statusCode(200)
                // from the first move (1 Nov 10:00) to done: 4 and 8 days, as when the row was that old
                .body("leadTimeDays.p50", equalTo(6.0f))
                .body("leadTimeDays.p85", equalTo(7.4f))
                .body("leadTimeDays.count", equalTo(2));
    }

    @Test
    void shouldMeasureUtilisationOfAPastWeekFromTheWorkDone() throws Exception {
        Built b = november();
        Session ada = b.ada();
        String team = ada.request()
                .body(Map.of("name", "Build"))
                .post("/api/v1/workspaces/{id}/teams", ada.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String grace = ada.request()
                .body(Map.of("name", "Grace", "maxUnits", 1.0, "teamId", team))
                .post("/api/v1/workspaces/{id}/people", ada.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String t5 = Planning.task(ada, b.project(), Map.of("title", "T5", "durationDays", 4));
        ada.request()
                .body(Map.of("personId", grace, "units", 0.5))
                .post("/api/v1/tasks/{id}/assignments", t5)
                .then()
                .statusCode(201);
        try (Connection c = dataSource.getConnection()) {
            exec(
                    c,
                    "UPDATE tasks SET status = 'done', status_category = 'done', percent_complete = 100,"
                            + " actual_start = date '2026-11-02', actual_finish = date '2026-11-05' WHERE id = ?",
                    UUID.fromString(t5));
        }
        // the week of Mon 2 Nov: Grace's calendar gives 5 days x 8 h = 40 h; T5 was worked Mon-Thu at
        // half time, 4 x 8 h x 0.5 = 16 h: 0.4. The workload of work left (done tasks weigh nothing)
        // made this 0 - the dashboard's 0-3 %.
        for (String path : List.of("/api/v1/projects/{id}/metrics", "/api/v1/workspaces/{id}/metrics")) {
            ada.request()
                    .queryParam("from", "2026-11-02")
                    .queryParam("to", "2026-11-08")
                    .get(path, path.contains("projects") ? b.project() : ada.workspaceId())
                    .then()
                    .statusCode(200)
                    .body("utilization.people.find { it.personId == '" + grace + "' }.utilization", equalTo(0.4f))
                    .body("utilization.teams.find { it.teamId == '" + team + "' }.utilization", equalTo(0.4f));
        }
        // over the two weeks to 15 Nov her capacity doubles and the work stays: 16 h of 80 h
        ada.request()
                .queryParam("from", "2026-11-02")
                .queryParam("to", "2026-11-15")
                .get("/api/v1/projects/{id}/metrics", b.project())
                .then()
                .statusCode(200)
                .body("utilization.overall", equalTo(0.2f))
                .body("utilization.teams.find { it.teamId == '" + team + "' }.utilization", equalTo(0.2f));
        // from Mon 26 Oct: the project (the workspace's only one) starts on 2 Nov, so capacity counts
        // from then: 16 h of 40 h again, not of 80 h
        for (String path : List.of("/api/v1/projects/{id}/metrics", "/api/v1/workspaces/{id}/metrics")) {
            ada.request()
                    .queryParam("from", "2026-10-26")
                    .queryParam("to", "2026-11-08")
                    .get(path, path.contains("projects") ? b.project() : ada.workspaceId())
                    .then()
                    .statusCode(200)
                    .body("utilization.people.find { it.personId == '" + grace + "' }.utilization", equalTo(0.4f));
        }
    }

    @Test
    void shouldAnswerCsvWithTheSameFigures() throws Exception {
        Built b = november();
        String json = b.ada()
                .request()
                .queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-30")
                .get("/api/v1/projects/{id}/metrics", b.project())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String csv = given().header("Authorization", "Bearer " + b.ada().token())
                .accept("text/csv")
                .queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-30")
                .get("/api/v1/projects/{id}/metrics", b.project())
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract()
                .asString();
        JsonPath j = JsonPath.from(json);
        Map<String, String> figures = new HashMap<>();
        Map<String, String> throughput = new HashMap<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv))) {
            if (r.get("metric").equals("throughput")) {
                throughput.put(r.get("period_start"), r.get("value"));
            } else if (r.get("subject").isEmpty()) {
                figures.put(r.get("metric"), r.get("value"));
            }
        }
        for (String metric : List.of(
                "onTimeDeliveryRate",
                "onTimeDeliveryRateBaseline",
                "milestoneCompletion",
                "cycleTimeDays.p50",
                "cycleTimeDays.p85",
                "leadTimeDays.p50",
                "leadTimeDays.p85",
                "scopeChanges.added",
                "scopeChanges.removed",
                "scopeChanges.reestimated",
                "estimateAccuracy",
                "ratings")) {
            Object value = j.get(metric);
            assertThat(figures.get(metric)).as(metric).isEqualTo(value == null ? "" : String.valueOf(value));
        }
        List<Map<String, Object>> buckets = j.getList("throughput");
        assertThat(throughput).hasSize(buckets.size());
        buckets.forEach(bucket -> assertThat(throughput.get((String) bucket.get("periodStart")))
                .isEqualTo(String.valueOf(bucket.get("done"))));
    }

    @Test
    void shouldRefuseABackwardsOrOverlongRangeAndStrangers() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        ada.request()
                .queryParam("from", "2026-11-30")
                .queryParam("to", "2026-11-01")
                .get("/api/v1/projects/{id}/metrics", project)
                .then()
                .statusCode(422);
        ada.request()
                .queryParam("from", "2023-01-01")
                .queryParam("to", "2026-11-30")
                .get("/api/v1/workspaces/{id}/metrics", ada.workspaceId())
                .then()
                .statusCode(422);
        ada.request()
                .queryParam("granularity", "day")
                .get("/api/v1/workspaces/{id}/metrics", ada.workspaceId())
                .then()
                .statusCode(422);
        Session eve = Api.register("eve");
        eve.request().get("/api/v1/projects/{id}/metrics", project).then().statusCode(404);
        eve.request()
                .get("/api/v1/workspaces/{id}/metrics", ada.workspaceId())
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .get("/api/v1/workspaces/{id}/metrics", ada.workspaceId())
                .then()
                .statusCode(401);
    }
}
