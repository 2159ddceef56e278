package app.throughline.task;

import static org.hamcrest.Matchers.equalTo;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Durations and lags to the minute, hand-checked on the default calendar (Mon–Fri 08:00–12:00,
 * 13:00–17:00, 480 minutes a day). The project starts on Tuesday 2026-12-01 at 08:00.
 */
@QuarkusTest
class ExactDurationsTest {

    @Test
    void shouldScheduleAThirtyMinuteTaskAndAFortyFiveMinuteLagToTheMinute() {
        Session ada = Api.register("minutes");
        String project = Planning.project(ada);
        // 30 minutes: 08:00–08:30 (in days it is 0.0625, which 3 decimals cannot hold)
        String call = Planning.task(ada, project, Map.of("title", "Kick-off call", "durationMinutes", 30));
        // 90 minutes after a 45-minute lag: 08:30 + 0:45 = 09:15, finishing 10:45
        String notes = Planning.task(ada, project, Map.of("title", "Write up notes", "durationMinutes", 90));
        // 300 minutes across lunch: 08:00–12:00 and 13:00–14:00
        String review = Planning.task(ada, project, Map.of("title", "Review", "durationMinutes", 300));
        String link = ada.request()
                .body(Map.of("predecessorId", call, "successorId", notes, "type", "fs", "lagMinutes", 45))
                .post("/api/v1/dependencies")
                .then()
                .statusCode(201)
                .body("lagMinutes", equalTo(45))
                .body("lagDays", equalTo(0.094f))
                .extract()
                .path("id");

        ada.request()
                .get("/api/v1/tasks/{id}", call)
                .then()
                .statusCode(200)
                .body("durationMinutes", equalTo(30))
                .body("durationDays", equalTo(0.063f))
                .body("schedule.earlyStart", equalTo("2026-12-01T08:00:00"))
                .body("schedule.earlyFinish", equalTo("2026-12-01T08:30:00"));
        ada.request()
                .get("/api/v1/tasks/{id}", notes)
                .then()
                .statusCode(200)
                .body("schedule.earlyStart", equalTo("2026-12-01T09:15:00"))
                .body("schedule.earlyFinish", equalTo("2026-12-01T10:45:00"));
        ada.request()
                .get("/api/v1/tasks/{id}", review)
                .then()
                .statusCode(200)
                .body("durationDays", equalTo(0.625f))
                .body("schedule.earlyFinish", equalTo("2026-12-01T14:00:00"));
        ada.request()
                .get("/api/v1/dependencies/{id}", link)
                .then()
                .statusCode(200)
                .body("lagMinutes", equalTo(45));
    }

    @Test
    void shouldAnswerDurationDaysInMinutesToo() {
        Session ada = Api.register("days");
        String project = Planning.project(ada);
        String task = Planning.task(ada, project, "Two and a half days", 2.5);
        ada.request()
                .get("/api/v1/tasks/{id}", task)
                .then()
                .statusCode(200)
                .body("durationDays", equalTo(2.5f))
                .body("durationMinutes", equalTo(1200));
    }

    @Test
    void shouldRefuseDaysAndMinutesThatDisagreeAndAcceptThemWhenTheyAgree() {
        Session ada = Api.register("pair");
        String project = Planning.project(ada);
        ada.request()
                .body(Map.of("title", "Both", "durationDays", 1, "durationMinutes", 30))
                .post("/api/v1/projects/{id}/tasks", project)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("durationMinutes"));
        ada.request()
                .body(Map.of("title", "Neither"))
                .post("/api/v1/projects/{id}/tasks", project)
                .then()
                .statusCode(422);
        String task = Planning.task(
                ada, project, Map.of("title", "Both agreeing", "durationDays", 0.063, "durationMinutes", 30));
        int version = ada.request()
                .get("/api/v1/tasks/{id}", task)
                .then()
                .body("durationMinutes", equalTo(30))
                .extract()
                .path("version");
        ada.request()
                .header("If-Match", "\"" + version + "\"")
                .body(Map.of("durationDays", 2, "durationMinutes", 45))
                .patch("/api/v1/tasks/{id}", task)
                .then()
                .statusCode(422);
        // days alone make the days exact again
        ada.request()
                .header("If-Match", "\"" + version + "\"")
                .body(Map.of("durationDays", 2))
                .patch("/api/v1/tasks/{id}", task)
                .then()
                .statusCode(200)
                .body("durationDays", equalTo(2))
                .body("durationMinutes", equalTo(960));
    }
}
