package app.throughline.risk;

import static org.hamcrest.Matchers.equalTo;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A hand-checked network on the default calendar (Mon–Fri), project start Tuesday 2026-12-01:
 * Design (5 d) → Build (5 d) gates "Beta"; Copy (2 d) runs beside them with 8 days of float.
 * Design: Tue 1 – Mon 7; Build: Tue 8 – Mon 14, so Beta is forecast Mon 2026-12-14.
 */
@QuarkusTest
class RiskImpactTest {

    @Test
    void shouldMoveTheMilestoneByTheSlipOfACriticalLinkedTaskAcrossTheWeekend() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String design = Planning.task(ada, project, "Design", 5);
        String build = Planning.task(ada, project, "Build", 5);
        Planning.link(ada, design, build);
        Planning.task(ada, project, "Copy", 2);
        String beta = ada.request()
                .body(Map.of("name", "Beta", "dueDate", "2027-01-15", "gatingTaskIds", List.of(build)))
                .post("/api/v1/projects/{id}/milestones", project)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String risk = ada.request()
                .body(Map.of(
                        "title",
                        "Client feedback late",
                        "probability",
                        3,
                        "impact",
                        4,
                        "taskIds",
                        List.of(design),
                        "milestoneIds",
                        List.of(beta),
                        "scheduleImpactDays",
                        3))
                .post("/api/v1/projects/{id}/risks", project)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // Design takes 8 days: Tue 1 – Thu 10; Build Fri 11 – Thu 17: three working days later (Tue, Wed, Thu)
        ada.request()
                .get("/api/v1/risks/{id}/impact", risk)
                .then()
                .statusCode(200)
                .body("slipDays", equalTo(3))
                .body("finishBefore", equalTo("2026-12-14T17:00:00"))
                .body("finishAfter", equalTo("2026-12-17T17:00:00"))
                .body("finishSlipDays", equalTo(3.0f))
                .body("milestones.size()", equalTo(1))
                .body("milestones[0].milestoneId", equalTo(beta))
                .body("milestones[0].forecastBefore", equalTo("2026-12-14"))
                .body("milestones[0].forecastAfter", equalTo("2026-12-17"))
                .body("milestones[0].slipDays", equalTo(3));

        // nothing was saved: the stored schedule still has Build finishing on the 14th
        ada.request()
                .get("/api/v1/tasks/{id}", design)
                .then()
                .body("durationDays", equalTo(5))
                .body("schedule.earlyFinish", equalTo("2026-12-07T17:00:00"));
        ada.request().get("/api/v1/milestones/{id}", beta).then().body("forecastDate", equalTo("2026-12-14"));

        ada.request()
                .get("/api/v1/projects/{id}/risk-summary", project)
                .then()
                .statusCode(200)
                .body("liveRisks", equalTo(1))
                .body("topRisks[0].id", equalTo(risk))
                .body("milestones[0].milestoneId", equalTo(beta))
                .body("milestones[0].exposureDays", equalTo(3));
    }

    @Test
    void shouldMoveNothingWhenTheLinkedTaskHasEnoughFloat() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String design = Planning.task(ada, project, "Design", 5);
        String build = Planning.task(ada, project, "Build", 5);
        Planning.link(ada, design, build);
        String copy = Planning.task(ada, project, "Copy", 2);
        ada.request()
                .body(Map.of("name", "Beta", "dueDate", "2027-01-15", "gatingTaskIds", List.of(build)))
                .post("/api/v1/projects/{id}/milestones", project)
                .then()
                .statusCode(201);
        String risk = ada.request()
                .body(Map.of(
                        "title",
                        "Copywriter ill",
                        "probability",
                        2,
                        "impact",
                        2,
                        "taskIds",
                        List.of(copy),
                        "scheduleImpactDays",
                        3))
                .post("/api/v1/projects/{id}/risks", project)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ada.request()
                .get("/api/v1/risks/{id}/impact", risk)
                .then()
                .statusCode(200)
                .body("finishBefore", equalTo("2026-12-14T17:00:00"))
                .body("finishAfter", equalTo("2026-12-14T17:00:00"))
                .body("finishSlipDays", equalTo(0.0f))
                .body("milestones.size()", equalTo(0));
    }

    @Test
    void shouldCountOnlyWorkingDaysWhenTheSlipCrossesAWeekendAndAHoliday() {
        Session ada = Api.register("ada");
        String calendar = ada.request()
                .get("/api/v1/workspaces/{id}/calendars", ada.workspaceId())
                .then()
                .extract()
                .path("items.find { it.isDefault }.id");
        ada.request()
                .body(Map.of(
                        "exceptions",
                        List.of(Map.of("startDate", "2026-12-15", "endDate", "2026-12-15", "name", "Company day"))))
                .patch("/api/v1/calendars/{id}", calendar)
                .then()
                .statusCode(200);
        String project = Planning.project(ada);
        String design = Planning.task(ada, project, "Design", 5);
        String build = Planning.task(ada, project, "Build", 5);
        Planning.link(ada, design, build);
        String beta = ada.request()
                .body(Map.of("name", "Beta", "dueDate", "2027-01-15", "gatingTaskIds", List.of(build)))
                .post("/api/v1/projects/{id}/milestones", project)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String risk = ada.request()
                .body(Map.of(
                        "title",
                        "Late feedback",
                        "probability",
                        3,
                        "impact",
                        3,
                        "taskIds",
                        List.of(design),
                        "scheduleImpactDays",
                        3))
                .post("/api/v1/projects/{id}/risks", project)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // Design Tue 1 – Thu 10; Build Fri 11, Mon 14, (Tue 15 off), Wed 16 – Fri 18:
        // four calendar days after Mon 14, three of them working days
        ada.request()
                .get("/api/v1/risks/{id}/impact", risk)
                .then()
                .statusCode(200)
                .body("finishBefore", equalTo("2026-12-14T17:00:00"))
                .body("finishAfter", equalTo("2026-12-18T17:00:00"))
                .body("milestones[0].milestoneId", equalTo(beta))
                .body("milestones[0].forecastBefore", equalTo("2026-12-14"))
                .body("milestones[0].forecastAfter", equalTo("2026-12-18"))
                .body("milestones[0].slipDays", equalTo(3));
    }
}
