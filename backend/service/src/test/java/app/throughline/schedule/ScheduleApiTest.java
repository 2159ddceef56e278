package app.throughline.schedule;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-checked schedules on the default calendar (Mon–Fri 08:00–12:00, 13:00–17:00). The project
 * starts on Tuesday 2026-12-01: a 3-day task runs Tue–Thu; its finish-to-start successor of 2 days
 * runs Fri and Mon.
 */
@QuarkusTest
class ScheduleApiTest {

    private record Plan(Session session, String project, String design, String build, String link) {}

    private static Plan twoTasksInSequence() {
        Session ada = Api.register("ada");
        String project = ada.request()
                .body(Map.of("key", "SCH", "name", "Schedule", "startDate", "2026-12-01"))
                .post("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String design = ada.request()
                .body(Map.of("title", "Design", "durationDays", 3))
                .post("/api/v1/projects/{id}/tasks", project)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String build = ada.request()
                .body(Map.of("title", "Build", "durationDays", 2))
                .post("/api/v1/projects/{id}/tasks", project)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String link = ada.request()
                .body(Map.of("predecessorId", design, "successorId", build, "type", "fs", "lagDays", 0))
                .post("/api/v1/dependencies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new Plan(ada, project, design, build, link);
    }

    @Test
    void shouldScheduleAFinishToStartChainAcrossTheWeekend() {
        Plan plan = twoTasksInSequence();
        plan.session()
                .request()
                .get("/api/v1/projects/{id}/schedule", plan.project())
                .then()
                .statusCode(200)
                .body("start", equalTo("2026-12-01T08:00:00"))
                .body("finish", equalTo("2026-12-07T17:00:00"))
                .body("criticalPath", contains(plan.design(), plan.build()))
                .body("tasks", hasSize(2))
                .body("tasks[0].earlyStart", equalTo("2026-12-01T08:00:00"))
                .body("tasks[0].earlyFinish", equalTo("2026-12-03T17:00:00"))
                .body("tasks[0].driver.kind", equalTo("project_start"))
                .body("tasks[1].earlyStart", equalTo("2026-12-04T08:00:00"))
                .body("tasks[1].earlyFinish", equalTo("2026-12-07T17:00:00"))
                .body("tasks[1].totalFloatDays", equalTo(0.0f))
                .body("tasks[1].critical", equalTo(true))
                .body("tasks[1].driver.kind", equalTo("dependency"))
                .body("tasks[1].driver.dependencyId", equalTo(plan.link()));
    }

    @Test
    void shouldShowTheSameScheduleOnTheTaskAsInTheProjectSchedule() {
        Plan plan = twoTasksInSequence();
        Map<String, Object> fromProject = plan.session()
                .request()
                .get("/api/v1/projects/{id}/schedule", plan.project())
                .then()
                .extract()
                .jsonPath()
                .getMap("tasks[1]");
        Map<String, Object> fromTask = plan.session()
                .request()
                .get("/api/v1/tasks/{id}", plan.build())
                .then()
                .extract()
                .jsonPath()
                .getMap("schedule");
        org.assertj.core.api.Assertions.assertThat(fromTask).isEqualTo(fromProject);
    }

    @Test
    void shouldRecomputeBeforeTheChangeResponseReturns() {
        Plan plan = twoTasksInSequence();
        plan.session()
                .request()
                .body(Map.of("durationDays", 4))
                .patch("/api/v1/tasks/{id}", plan.design())
                .then()
                .statusCode(200)
                .body("schedule.earlyFinish", equalTo("2026-12-04T17:00:00"));
        plan.session()
                .request()
                .get("/api/v1/tasks/{id}", plan.build())
                .then()
                .body("schedule.earlyStart", equalTo("2026-12-07T08:00:00"))
                .body("schedule.earlyFinish", equalTo("2026-12-08T17:00:00"));
    }

    @Test
    void shouldTurnAMissedDeadlineIntoNegativeFloatWithoutMovingWork() {
        Plan plan = twoTasksInSequence();
        plan.session()
                .request()
                .body(Map.of("deadline", "2026-12-04"))
                .patch("/api/v1/tasks/{id}", plan.build())
                .then()
                .statusCode(200)
                .body("schedule.earlyFinish", equalTo("2026-12-07T17:00:00"))
                .body("schedule.totalFloatDays", equalTo(-1.0f));
        plan.session()
                .request()
                .get("/api/v1/projects/{id}", plan.project())
                .then()
                .body("health", equalTo("at_risk"));
    }

    @Test
    void shouldExplainTheDrivingChainBackToTheProjectStart() {
        Plan plan = twoTasksInSequence();
        plan.session()
                .request()
                .get("/api/v1/tasks/{id}/schedule/explain", plan.build())
                .then()
                .statusCode(200)
                .body("chain.taskId", contains(plan.build(), plan.design()))
                .body("chain[0].reason", containsString("Starts after SCH-1 finishes"))
                .body("chain[1].driver.kind", equalTo("project_start"));
    }

    @Test
    void shouldPreviewAChangeWithoutSavingIt() {
        Plan plan = twoTasksInSequence();
        String milestone = plan.session()
                .request()
                .body(Map.of(
                        "name",
                        "Launch",
                        "dueDate",
                        "2026-12-08",
                        "gatingTaskIds",
                        List.of(plan.build()),
                        "committed",
                        true))
                .post("/api/v1/projects/{id}/milestones", plan.project())
                .then()
                .statusCode(201)
                .body("forecastDate", equalTo("2026-12-07"))
                .body("health", equalTo("on_track"))
                .extract()
                .path("id");

        plan.session()
                .request()
                .body(Map.of("changes", List.of(Map.of("taskId", plan.design(), "durationDays", 5))))
                .post("/api/v1/projects/{id}/schedule/preview", plan.project())
                .then()
                .statusCode(200)
                .body("finishBefore", equalTo("2026-12-07T17:00:00"))
                .body("finishAfter", equalTo("2026-12-09T17:00:00"))
                .body("finishDeltaDays", equalTo(2.0f))
                .body("milestones[0].milestoneId", equalTo(milestone))
                .body("milestones[0].forecastAfter", equalTo("2026-12-09"))
                .body("milestones[0].healthAfter", equalTo("at_risk"));

        plan.session().request().get("/api/v1/tasks/{id}", plan.design()).then().body("durationDays", equalTo(3));
        plan.session()
                .request()
                .get("/api/v1/projects/{id}/schedule", plan.project())
                .then()
                .body("finish", equalTo("2026-12-07T17:00:00"));
    }

    @Test
    void shouldForecastAMilestoneAndTurnItAtRiskWhenItsGateSlips() {
        Plan plan = twoTasksInSequence();
        String milestone = plan.session()
                .request()
                .body(Map.of(
                        "name",
                        "Launch",
                        "dueDate",
                        "2026-12-08",
                        "gatingTaskIds",
                        List.of(plan.build()),
                        "committed",
                        true))
                .post("/api/v1/projects/{id}/milestones", plan.project())
                .then()
                .extract()
                .path("id");
        plan.session()
                .request()
                .body(Map.of("durationDays", 6))
                .patch("/api/v1/tasks/{id}", plan.design())
                .then()
                .statusCode(200);
        plan.session()
                .request()
                .get("/api/v1/milestones/{id}", milestone)
                .then()
                .body("forecastDate", equalTo("2026-12-10"))
                .body("health", equalTo("at_risk"));
        plan.session()
                .request()
                .get("/api/v1/projects/{id}", plan.project())
                .then()
                .body("health", equalTo("at_risk"));
        // the forecast finish (11 Dec) past the project's target finish turns it off track
        plan.session()
                .request()
                .body(Map.of("targetFinishDate", "2026-12-09"))
                .patch("/api/v1/projects/{id}", plan.project())
                .then()
                .statusCode(200)
                .body("health", equalTo("off_track"));
    }

    @Test
    void shouldShowVarianceAgainstTheLatestBaseline() {
        Plan plan = twoTasksInSequence();
        plan.session()
                .request()
                .body(Map.of("name", "Signed off"))
                .post("/api/v1/projects/{id}/baselines", plan.project())
                .then()
                .statusCode(201)
                .body("taskCount", equalTo(2));
        plan.session()
                .request()
                .body(Map.of("durationDays", 4))
                .patch("/api/v1/tasks/{id}", plan.design())
                .then()
                .statusCode(200);
        plan.session()
                .request()
                .get("/api/v1/tasks/{id}", plan.build())
                .then()
                .body("schedule.baselineFinish", equalTo("2026-12-07T17:00:00"))
                .body("schedule.finishVarianceDays", equalTo(1.0f))
                .body("schedule.startVarianceDays", equalTo(1.0f));
        plan.session()
                .request()
                .get("/api/v1/projects/{id}/baselines", plan.project())
                .then()
                .body("name", contains("Signed off"));
    }

    @jakarta.inject.Inject
    ScheduleRecomputer schedules;

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager entityManager;

    @Test
    void shouldWriteOnlyTheScheduleRowsThatChanged() {
        Plan plan = twoTasksInSequence();
        java.util.UUID project = java.util.UUID.fromString(plan.project());
        int again = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> schedules.recompute(project));
        org.assertj.core.api.Assertions.assertThat(again)
                .as("rows written when nothing changed")
                .isZero();
        // lengthening the last task of the chain changes only that task's row: the first task keeps its dates and float
        int written = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            entityManager
                    .createNativeQuery("UPDATE tasks SET duration_days = 3 WHERE id = CAST(:id AS uuid)")
                    .setParameter("id", plan.build())
                    .executeUpdate();
            return schedules.recompute(project);
        });
        org.assertj.core.api.Assertions.assertThat(written).isEqualTo(1);
    }

    @Test
    void shouldHideSchedulesOfAnotherWorkspace() {
        Plan plan = twoTasksInSequence();
        Session bob = Api.register("bob");
        bob.request()
                .get("/api/v1/projects/{id}/schedule", plan.project())
                .then()
                .statusCode(404);
        bob.request()
                .get("/api/v1/tasks/{id}/schedule/explain", plan.build())
                .then()
                .statusCode(404);
        bob.request()
                .body(Map.of("changes", List.of(Map.of("taskId", plan.design(), "durationDays", 5))))
                .post("/api/v1/projects/{id}/schedule/preview", plan.project())
                .then()
                .statusCode(404);
        bob.request()
                .get("/api/v1/projects/{id}/baselines", plan.project())
                .then()
                .statusCode(404);
        bob.request()
                .body(Map.of("name", "x"))
                .post("/api/v1/projects/{id}/baselines", plan.project())
                .then()
                .statusCode(404);
    }
}
