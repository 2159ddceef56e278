package app.throughline.leveling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-checked levelling on the default calendar (Mon–Fri, 8 h). Projects start on Tuesday
 * 2026-12-01. "Design" (3 days, Tue 1 – Thu 3) and "Copy" (2 days, Tue 1 – Wed 2) both need Bo
 * full time: 16 h a day on Tue and Wed.
 */
@QuarkusTest
class LevelingApiTest {

    private record Clash(Session session, String project, String design, String copy, String bo) {}

    private static Clash twoTasksCompetingForOnePerson() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String design = Planning.task(ada, project, "Design", 3);
        String copy = Planning.task(ada, project, "Copy", 2);
        String bo = person(ada, "Bo");
        assign(ada, design, bo);
        assign(ada, copy, bo);
        return new Clash(ada, project, design, copy, bo);
    }

    static String person(Session session, String name) {
        return session.request()
                .body(Map.of("name", name, "maxUnits", 1.0))
                .post("/api/v1/workspaces/{id}/people", session.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static void assign(Session session, String taskId, String personId) {
        session.request()
                .body(Map.of("personId", personId, "units", 1.0))
                .post("/api/v1/tasks/{id}/assignments", taskId)
                .then()
                .statusCode(201);
    }

    private static ValidatableResponse level(Session session, String projectId, String mode, boolean apply) {
        return session.request()
                .body(Map.of("mode", mode, "apply", apply))
                .post("/api/v1/projects/{id}/leveling", projectId)
                .then();
    }

    @Test
    void shouldDelayTheTaskWithMoreFloatByTheOtherOnesDurationWhenSlipIsAllowed() {
        Clash clash = twoTasksCompetingForOnePerson();
        level(clash.session(), clash.project(), "allow_slip", false)
                .statusCode(200)
                .body("mode", equalTo("allow_slip"))
                .body("applied", equalTo(false))
                .body("changes", hasSize(1))
                .body("changes[0].taskId", equalTo(clash.copy()))
                .body("changes[0].oldStart", equalTo("2026-12-01T08:00:00"))
                .body("changes[0].newStart", equalTo("2026-12-04T08:00:00"))
                .body("changes[0].delayDays", equalTo(3))
                .body("changes[0].levelingDelayDays", equalTo(3.0f))
                .body("finishBefore", equalTo("2026-12-03T17:00:00"))
                .body("finishAfter", equalTo("2026-12-07T17:00:00"))
                .body("remainingOverallocations", hasSize(0));
    }

    @Test
    void shouldTreatMoreUnitsThanAPersonHasAsFullyBookedInsteadOfPushingTheTaskAway() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String design = Planning.task(ada, project, "Design", 3);
        String copy = Planning.task(ada, project, "Copy", 2);
        String half = ada.request()
                .body(Map.of("name", "Half-time Hal", "maxUnits", 0.5))
                .post("/api/v1/workspaces/{id}/people", ada.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assign(ada, design, half);
        assign(ada, copy, half);
        // a full-time assignment never fits a half-time person; the tasks still go one after the other
        level(ada, project, "allow_slip", false)
                .statusCode(200)
                .body("changes", hasSize(1))
                .body("changes[0].delayDays", equalTo(3))
                .body("finishAfter", equalTo("2026-12-07T17:00:00"));
    }

    @Test
    void shouldNotMoveTheFinishWithinFloatAndReportWhatRemains() {
        Clash clash = twoTasksCompetingForOnePerson();
        level(clash.session(), clash.project(), "within_float", false)
                .statusCode(200)
                .body("changes", hasSize(0))
                .body("finishBefore", equalTo("2026-12-03T17:00:00"))
                .body("finishAfter", equalTo("2026-12-03T17:00:00"))
                .body("remainingOverallocations", hasSize(1))
                .body("remainingOverallocations[0].personId", equalTo(clash.bo()))
                .body("remainingOverallocations[0].startDate", equalTo("2026-12-01"))
                .body("remainingOverallocations[0].endDate", equalTo("2026-12-02"))
                .body("remainingOverallocations[0].excessHours", equalTo(16.0f))
                .body("remainingOverallocations[0].taskIds", contains(clash.design(), clash.copy()));
    }

    @Test
    void shouldUseFloatWhenThereIsEnough() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String design = Planning.task(ada, project, "Design", 2); // Tue 1 – Wed 2
        String review = Planning.task(ada, project, "Review", 1); // Tue 1, float 3 days
        Planning.task(ada, project, "Print", 4); // Tue 1 – Fri 4: the critical path
        String bo = person(ada, "Bo");
        assign(ada, design, bo);
        assign(ada, review, bo);
        level(ada, project, "within_float", false)
                .statusCode(200)
                .body("changes", hasSize(1))
                .body("changes[0].taskId", equalTo(review))
                .body("changes[0].newStart", equalTo("2026-12-03T08:00:00"))
                .body("finishBefore", equalTo("2026-12-04T17:00:00"))
                .body("finishAfter", equalTo("2026-12-04T17:00:00"))
                .body("remainingOverallocations", hasSize(0));
    }

    @Test
    void shouldChangeNothingOnAPreview() {
        Clash clash = twoTasksCompetingForOnePerson();
        level(clash.session(), clash.project(), "allow_slip", false)
                .statusCode(200)
                .body("changes", hasSize(1));
        clash.session()
                .request()
                .get("/api/v1/tasks/{id}", clash.copy())
                .then()
                .statusCode(200)
                .body("constraintType", equalTo("asap"))
                .body("schedule.earlyStart", equalTo("2026-12-01T08:00:00"));
    }

    @Test
    void shouldShowWhatTheDelaysDoToEachProjectBeforeTheTaskList() {
        Clash clash = twoTasksCompetingForOnePerson();
        String milestone = clash.session()
                .request()
                .body(Map.of("name", "Copy ready", "dueDate", "2026-12-04", "gatingTaskIds", List.of(clash.copy())))
                .post("/api/v1/projects/{id}/milestones", clash.project())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Planning.task(clash.session(), clash.project(), "Unassigned", 1); // moves nothing
        level(clash.session(), clash.project(), "allow_slip", false)
                .statusCode(200)
                .body("projects", hasSize(1))
                .body("projects[0].projectId", equalTo(clash.project()))
                .body("projects[0].name", equalTo("Project"))
                .body("projects[0].finishBefore", equalTo("2026-12-03T17:00:00"))
                .body("projects[0].finishAfter", equalTo("2026-12-07T17:00:00"))
                .body("projects[0].finishDeltaDays", equalTo(2.0f)) // Fri 4 and Mon 7
                .body("projects[0].milestones", hasSize(1))
                .body("projects[0].milestones[0].milestoneId", equalTo(milestone))
                .body("projects[0].milestones[0].forecastBefore", equalTo("2026-12-02"))
                .body("projects[0].milestones[0].forecastAfter", equalTo("2026-12-07"));
    }

    @Test
    void shouldSaveDelaysAsLevelingDelaysAndLogThem() {
        Clash clash = twoTasksCompetingForOnePerson();
        level(clash.session(), clash.project(), "allow_slip", true)
                .statusCode(200)
                .body("applied", equalTo(true))
                .body("changes", hasSize(1))
                .body("finishAfter", equalTo("2026-12-07T17:00:00"));
        clash.session()
                .request()
                .get("/api/v1/tasks/{id}", clash.copy())
                .then()
                .statusCode(200)
                .body("constraintType", equalTo("asap")) // no hard date: the delay is its own value
                .body("schedule.earlyStart", equalTo("2026-12-04T08:00:00"))
                .body("schedule.levelingDelayDays", equalTo(3.0f))
                .body("schedule.driver.kind", equalTo("leveling_delay"));
        clash.session()
                .request()
                .get("/api/v1/tasks/{id}/activity", clash.copy())
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("updated"))
                .body("items[0].changes.levelingDelayDays.old", equalTo(0))
                .body("items[0].changes.levelingDelayDays.new", equalTo(3));
        clash.session()
                .request()
                .queryParam("from", "2026-12-01")
                .queryParam("to", "2026-12-07")
                .queryParam("personId", clash.bo())
                .get("/api/v1/workspaces/{id}/workload", clash.session().workspaceId())
                .then()
                .statusCode(200)
                .body("people[0].overallocations", hasSize(0));
        level(clash.session(), clash.project(), "allow_slip", false)
                .statusCode(200)
                .body("changes", hasSize(0));
    }

    @Test
    void shouldLeaveRoomForWorkThePersonHasInOtherProjects() {
        Session ada = Api.register("ada");
        String website = Planning.task(ada, Planning.project(ada), "Website", 3);
        String brochureProject = Planning.project(ada);
        String brochure = Planning.task(ada, brochureProject, "Brochure", 2);
        String cy = person(ada, "Cy");
        assign(ada, website, cy);
        assign(ada, brochure, cy);
        level(ada, brochureProject, "allow_slip", false)
                .statusCode(200)
                .body("changes", hasSize(1))
                .body("changes[0].taskId", equalTo(brochure))
                .body("changes[0].newStart", equalTo("2026-12-04T08:00:00"))
                .body("finishAfter", equalTo("2026-12-07T17:00:00"));
    }

    @Test
    void shouldLevelAllProjectsOfAWorkspaceTogether() {
        Session ada = Api.register("ada");
        String website = Planning.task(ada, Planning.project(ada), "Website", 3);
        String brochure = Planning.task(ada, Planning.project(ada), "Brochure", 3);
        String cy = person(ada, "Cy");
        assign(ada, website, cy);
        assign(ada, brochure, cy);
        ada.request()
                .body(Map.of("mode", "allow_slip"))
                .post("/api/v1/workspaces/{id}/leveling", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("changes", hasSize(1))
                .body("changes[0].newStart", equalTo("2026-12-04T08:00:00"))
                .body("finishBefore", equalTo("2026-12-03T17:00:00"))
                .body("finishAfter", equalTo("2026-12-08T17:00:00"))
                .body("remainingOverallocations", hasSize(0));
    }

    @Test
    void shouldLetAViewerPreviewButOnlyACoordinatorApply() {
        Clash clash = twoTasksCompetingForOnePerson();
        Session viewer = Api.memberOf(clash.session(), "viewer");
        Session member = Api.memberOf(clash.session(), "member");
        level(viewer, clash.project(), "allow_slip", false).statusCode(200).body("changes", hasSize(1));
        level(member, clash.project(), "allow_slip", true).statusCode(403);
        viewer.request()
                .body(Map.of("mode", "allow_slip", "apply", true))
                .post("/api/v1/workspaces/{id}/leveling", clash.session().workspaceId())
                .then()
                .statusCode(403);
    }

    /**
     * Bo has Design (3 d) and Copy (1 d) on Tue 1; Copy is followed by Review (1 d); Print (6 d,
     * Tue 1 – Tue 8) is the critical path. Within float, Copy (4 days of float, Design 3) waits for
     * Design: Fri 4, and Review moves with it to Mon 7 without a delay of its own.
     */
    @Test
    void shouldRestoreTheWholeScheduleExactlyWhenLevellingIsCleared() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String design = Planning.task(ada, project, "Design", 3);
        String copy = Planning.task(ada, project, "Copy", 1);
        String review = Planning.task(ada, project, "Review", 1);
        Planning.link(ada, copy, review);
        Planning.task(ada, project, "Print", 6);
        String bo = person(ada, "Bo");
        assign(ada, design, bo);
        assign(ada, copy, bo);
        Clash clash = new Clash(ada, project, design, copy, bo);
        Map<String, Object> before = schedule(clash);

        level(ada, project, "within_float", true)
                .statusCode(200)
                .body("changes.taskId", contains(copy, review))
                .body("changes.newStart", contains("2026-12-04T08:00:00", "2026-12-07T08:00:00"))
                .body("changes.levelingDelayDays", contains(3.0f, 0.0f));
        ada.request()
                .get("/api/v1/projects/{id}/schedule", project)
                .then()
                .body("finish", equalTo("2026-12-08T17:00:00"))
                .body("tasks.find { it.taskId == '" + copy + "' }.earlyStart", equalTo("2026-12-04T08:00:00"))
                .body("tasks.find { it.taskId == '" + copy + "' }.driver.kind", equalTo("leveling_delay"))
                .body("tasks.find { it.taskId == '" + review + "' }.earlyStart", equalTo("2026-12-07T08:00:00"))
                .body("tasks.find { it.taskId == '" + review + "' }.levelingDelayDays", equalTo(0.0f))
                .body("tasks.find { it.taskId == '" + review + "' }.driver.kind", equalTo("dependency"));
        assertThat(schedule(clash)).isNotEqualTo(before);

        clash.session()
                .request()
                .delete("/api/v1/projects/{id}/leveling", clash.project())
                .then()
                .statusCode(204);

        assertThat(schedule(clash)).isEqualTo(before);
        clash.session()
                .request()
                .get("/api/v1/tasks/{id}/activity", clash.copy())
                .then()
                .body("items[0].changes.levelingDelayDays.old", equalTo(3))
                .body("items[0].changes.levelingDelayDays.new", equalTo(0));
    }

    @Test
    void shouldChangeNothingWhenClearingAProjectWithoutLevelling() {
        Clash clash = twoTasksCompetingForOnePerson();
        Map<String, Object> before = clash.session()
                .request()
                .get("/api/v1/projects/{id}/schedule", clash.project())
                .then()
                .extract()
                .jsonPath()
                .getMap("$");
        int activity = activityCount(clash);

        clash.session()
                .request()
                .delete("/api/v1/projects/{id}/leveling", clash.project())
                .then()
                .statusCode(204);

        Map<String, Object> after = clash.session()
                .request()
                .get("/api/v1/projects/{id}/schedule", clash.project())
                .then()
                .extract()
                .jsonPath()
                .getMap("$");
        assertThat(after).isEqualTo(before); // computedAt included: nothing was recomputed
        assertThat(activityCount(clash)).isEqualTo(activity);
    }

    @Test
    void shouldLetOnlyACoordinatorOfTheWorkspaceClearLevelling() {
        Clash clash = twoTasksCompetingForOnePerson();
        level(clash.session(), clash.project(), "allow_slip", true).statusCode(200);
        Session member = Api.memberOf(clash.session(), "member");
        member.request()
                .delete("/api/v1/projects/{id}/leveling", clash.project())
                .then()
                .statusCode(403);
        Api.register("eve")
                .request()
                .delete("/api/v1/projects/{id}/leveling", clash.project())
                .then()
                .statusCode(404);
        clash.session()
                .request()
                .get("/api/v1/tasks/{id}", clash.copy())
                .then()
                .body("schedule.levelingDelayDays", equalTo(3.0f));
    }

    /** The whole stored schedule except when it was computed. */
    private static Map<String, Object> schedule(Clash clash) {
        Map<String, Object> schedule = new HashMap<>(clash.session()
                .request()
                .get("/api/v1/projects/{id}/schedule", clash.project())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$"));
        schedule.remove("computedAt");
        return schedule;
    }

    private static int activityCount(Clash clash) {
        return clash.session()
                .request()
                .queryParam("limit", 500)
                .get("/api/v1/projects/{id}/activity", clash.project())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items")
                .size();
    }

    @Test
    void shouldHideAnotherWorkspacesProject() {
        Clash clash = twoTasksCompetingForOnePerson();
        Session eve = Api.register("eve");
        level(eve, clash.project(), "allow_slip", false).statusCode(404);
        eve.request()
                .body(Map.of("mode", "allow_slip"))
                .post("/api/v1/workspaces/{id}/leveling", clash.session().workspaceId())
                .then()
                .statusCode(404);
    }

    @Test
    void shouldRequireAKnownMode() {
        Clash clash = twoTasksCompetingForOnePerson();
        clash.session()
                .request()
                .body(new HashMap<>(Map.of("apply", false)))
                .post("/api/v1/projects/{id}/leveling", clash.project())
                .then()
                .statusCode(422);
        clash.session()
                .request()
                .body(Map.of("mode", "sideways"))
                .post("/api/v1/projects/{id}/leveling", clash.project())
                .then()
                .statusCode(422);
    }
}
