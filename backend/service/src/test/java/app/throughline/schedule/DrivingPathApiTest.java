package app.throughline.schedule;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The schedule explains its finish: the driving path is the chain that sets it, while work late
 * against a deadline elsewhere stays critical with negative float. Projects start on Tuesday
 * 2026-12-01 on the default calendar (Mon–Fri, 8 h); the test clock is 2026-11-30.
 */
@QuarkusTest
class DrivingPathApiTest {

    private static ValidatableResponse schedule(Session session, String projectId) {
        return session.request()
                .get("/api/v1/projects/{id}/schedule", projectId)
                .then()
                .statusCode(200);
    }

    private static String row(String taskId, String field) {
        return "tasks.find { it.taskId == '" + taskId + "' }." + field;
    }

    @Test
    void shouldDriveTheFinishThroughTheLongestChainNotTheOneADeadlineMakesNegative() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String brief = Planning.task(ada, project, "Brief", 3); // Tue 1 – Thu 3
        String build = Planning.task(ada, project, "Build", 4); // Fri 4 – Wed 9: the finish
        Planning.link(ada, brief, build);
        String sketch = Planning.task(ada, project, "Sketch", 2); // Tue 1 – Wed 2
        String pitch =
                Planning.task(ada, project, Map.of("title", "Pitch", "durationDays", 2, "deadline", "2026-12-02"));
        Planning.link(ada, sketch, pitch); // Thu 3 – Fri 4, due Wed 2: two days late

        schedule(ada, project)
                .body("finish", equalTo("2026-12-09T17:00:00"))
                .body("drivingPath", contains(brief, build))
                .body("criticalPath", contains(brief, build))
                .body(row(pitch, "totalFloatDays"), equalTo(-2.0f))
                .body(row(pitch, "critical"), equalTo(true))
                .body(row(sketch, "totalFloatDays"), equalTo(-2.0f))
                .body(row(build, "totalFloatDays"), equalTo(0.0f))
                .body(row(build, "driver.kind"), equalTo("dependency"))
                .body(row(build, "levelingDelayDays"), equalTo(0.0f));
    }

    /**
     * Prep (2 d) → Shoot (1 d) → Edit (2 d) is the critical chain; Notes (1 d) sits beside it. The
     * summary {Notes, Shoot} would have 2 days of float on its own span; its child Shoot has none.
     */
    @Test
    void shouldGiveASummaryTheLeastFloatOfItsChildren() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String phase = Planning.task(ada, project, "Production", 1);
        String notes = Planning.child(ada, project, phase, "Notes", 1);
        String shoot = Planning.child(ada, project, phase, "Shoot", 1);
        String prep = Planning.task(ada, project, "Prep", 2);
        String edit = Planning.task(ada, project, "Edit", 2);
        Planning.link(ada, prep, shoot);
        Planning.link(ada, shoot, edit);

        schedule(ada, project)
                .body(row(notes, "totalFloatDays"), equalTo(4.0f))
                .body(row(shoot, "totalFloatDays"), equalTo(0.0f))
                .body(row(phase, "totalFloatDays"), equalTo(0.0f))
                .body(row(phase, "critical"), equalTo(true))
                .body("drivingPath", contains(prep, shoot, edit));
    }
}
