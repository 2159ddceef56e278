package app.throughline.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Hand-checked portfolios on the default calendar (Mon–Fri, 8 h a day). Projects start on Tuesday
 * 2026-12-01; their status date rolls with the test clock, pinned to the day before (2026-11-30),
 * so milestone health does not depend on the day the tests run (a fixed status date before the
 * start is refused). The over-allocation window is given explicitly for the same reason.
 */
@QuarkusTest
class PortfolioApiTest {

    @Inject
    EntityManager entityManager;

    private static ValidatableResponse portfolio(Session session, String from) {
        return session.request()
                .queryParam("from", from)
                .get("/api/v1/workspaces/{id}/portfolio", session.workspaceId())
                .then();
    }

    private static String project(Session session, String key, String targetFinishDate) {
        Map<String, Object> body = new HashMap<>(
                Map.of("key", key, "name", "Project " + key, "status", "active", "startDate", "2026-12-01"));
        if (targetFinishDate != null) {
            body.put("targetFinishDate", targetFinishDate);
        }
        return session.request()
                .body(body)
                .post("/api/v1/workspaces/{id}/projects", session.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String task(
            Session session, String projectId, String title, double days, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("title", title);
        body.put("durationDays", days);
        return Planning.task(session, projectId, body);
    }

    private static String person(Session session, String name) {
        return Planning.person(session, name, null);
    }

    private static void assign(Session session, String taskId, String personId) {
        session.request()
                .body(Map.of("personId", personId, "units", 1.0))
                .post("/api/v1/tasks/{id}/assignments", taskId)
                .then()
                .statusCode(201);
    }

    private static String milestone(
            Session session, String projectId, String name, String dueDate, String gatingTaskId) {
        return session.request()
                .body(Map.of("name", name, "dueDate", dueDate, "gatingTaskIds", List.of(gatingTaskId)))
                .post("/api/v1/projects/{id}/milestones", projectId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void shouldListEveryProjectByKeyWithItsScheduleAgainstItsTarget() {
        Session ada = Api.register("ada");
        String late = project(ada, "ZED", "2026-12-03");
        task(ada, late, "Build", 5, Map.of()); // Tue 1 – Mon 7, two working days past Thu 3
        String early = project(ada, "ALF", "2026-12-11");
        task(ada, early, "Build", 5, Map.of()); // Mon 7 is four working days before Fri 11
        String untargeted = project(ada, "MID", null);
        task(ada, untargeted, "Build", 1, Map.of());
        portfolio(ada, "2026-12-01")
                .statusCode(200)
                .body("workspaceId", equalTo(ada.workspaceId().toString()))
                .body("projects.key", contains("ALF", "MID", "ZED"))
                .body("projects.id", contains(early, untargeted, late))
                .body("projects.name", contains("Project ALF", "Project MID", "Project ZED"))
                .body("projects.status", contains("active", "active", "active"))
                .body("projects.startDate", contains("2026-12-01", "2026-12-01", "2026-12-01"))
                .body("projects.forecastStart", contains("2026-12-01", "2026-12-01", "2026-12-01"))
                .body("projects.forecastFinish", contains("2026-12-07", "2026-12-01", "2026-12-07"))
                .body("projects.targetFinishDate", contains("2026-12-11", null, "2026-12-03"))
                .body("projects.finishVarianceDays", contains(-4.0f, null, 2.0f))
                .body("projects.health", contains("on_track", "on_track", "off_track"));
    }

    @Test
    void shouldWeighPercentCompleteByDurationOverLeafTasksThatAreNotCancelled() {
        Session ada = Api.register("ada");
        String project = project(ada, "WEB", null);
        String phase = task(ada, project, "Phase", 1, Map.of()); // a summary: its rolled-up duration would count twice
        task(ada, project, "Design", 2, Map.of("parentId", phase, "status", "done")); // done counts as 100 %
        task(ada, project, "Build", 6, Map.of("parentId", phase, "percentComplete", 25));
        task(ada, project, "Copy", 2, Map.of("percentComplete", 50));
        task(ada, project, "Video", 10, Map.of("status", "cancelled")); // dropped work is not left to do
        // (2 × 100 + 6 × 25 + 2 × 50) / (2 + 6 + 2) = 450 / 10
        portfolio(ada, "2026-12-01").statusCode(200).body("projects[0].percentComplete", equalTo(45.0f));
    }

    @Test
    void shouldCountZeroDurationTasksEquallyAndGiveNoPercentWithoutTasks() {
        Session ada = Api.register("ada");
        String milestones = project(ada, "GATES", null);
        task(ada, milestones, "Contract signed", 0, Map.of("status", "done"));
        task(ada, milestones, "Go live", 0, Map.of());
        project(ada, "NONE", null);
        portfolio(ada, "2026-12-01")
                .statusCode(200)
                .body("projects.key", contains("GATES", "NONE"))
                .body("projects.percentComplete", contains(50.0f, null));
    }

    @Test
    void shouldShowTheFirstMilestoneByDueDateThatIsNotAchieved() {
        Session ada = Api.register("ada");
        String project = project(ada, "WEB", null);
        String brief = task(ada, project, "Brief", 1, Map.of("status", "done"));
        String build = task(ada, project, "Build", 8, Map.of()); // Tue 1 – Thu 10
        String copy = task(ada, project, "Copy", 3, Map.of()); // Tue 1 – Thu 3
        milestone(ada, project, "Kick-off", "2026-12-01", brief); // achieved, so not next
        milestone(ada, project, "Beta", "2026-12-20", build);
        String launch = milestone(ada, project, "Launch", "2026-12-04", copy); // created later but due earlier
        Map<String, Object> own = ada.request()
                .get("/api/v1/milestones/{id}", launch)
                .then()
                .statusCode(200)
                .extract()
                .path("$");

        portfolio(ada, "2026-12-01")
                .statusCode(200)
                .body("projects[0].nextMilestone.id", equalTo(launch))
                .body("projects[0].nextMilestone.name", equalTo("Launch"))
                .body("projects[0].nextMilestone.dueDate", equalTo("2026-12-04"))
                .body("projects[0].nextMilestone.forecastDate", equalTo("2026-12-03"))
                .body("projects[0].nextMilestone.health", equalTo("on_track"))
                .body("projects[0].nextMilestone.committed", equalTo(false))
                // the same forecast and health as the milestone itself shows
                .body("projects[0].nextMilestone.forecastDate", equalTo(own.get("forecastDate")))
                .body("projects[0].nextMilestone.health", equalTo(own.get("health")));
    }

    @Test
    void shouldNotCallAProjectOnTrackBesideAMilestoneThatHasSinceBecomeAtRisk() {
        Session ada = Api.register("ada");
        String project = project(ada, "LATE", null);
        milestone(ada, project, "Launch", "2026-12-04", task(ada, project, "Build", 8, Map.of())); // forecast Thu 10
        // the stored health as a recompute before the milestone slipped would have left it
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "UPDATE project_schedules SET health = 'on_track' WHERE project_id = CAST(:p AS uuid)")
                        .setParameter("p", project)
                        .executeUpdate());
        portfolio(ada, "2026-12-01")
                .statusCode(200)
                .body("projects[0].nextMilestone.health", equalTo("at_risk"))
                .body("projects[0].health", equalTo("at_risk"));
    }

    @Test
    void shouldRoundPercentCompleteDownSoUnfinishedWorkNeverShowsAsAHundred() {
        Session ada = Api.register("ada");
        String project = project(ada, "ALMOST", null);
        task(ada, project, "Most of it", 999.5, Map.of("status", "done"));
        task(ada, project, "The last half day", 0.5, Map.of());
        portfolio(ada, "2026-12-01").statusCode(200).body("projects[0].percentComplete", equalTo(99.9f));
    }

    @Test
    void shouldCallAProjectWhoseTasksAreAllDoneAHundredPercentWhateverTheirDurations() {
        Session ada = Api.register("ada");
        String project = project(ada, "DONE", null);
        task(ada, project, "Half a day", 0.5, Map.of("status", "done")); // 110 / 1.1 is 99.999… in binary
        task(ada, project, "A bit more", 0.6, Map.of("status", "done"));
        portfolio(ada, "2026-12-01").statusCode(200).body("projects[0].percentComplete", equalTo(100.0f));
    }

    @Test
    void shouldShowNoNextMilestoneWhenAllAreAchievedOrThereAreNone() {
        Session ada = Api.register("ada");
        String done = project(ada, "DONE", null);
        milestone(ada, done, "Kick-off", "2026-12-01", task(ada, done, "Brief", 1, Map.of("status", "done")));
        project(ada, "NONE", null);
        portfolio(ada, "2026-12-01")
                .statusCode(200)
                .body("projects.key", contains("DONE", "NONE"))
                .body("projects.nextMilestone", contains(nullValue(), nullValue()));
    }

    @Test
    void shouldCountAPersonOnTwoOverlappingTasksAsOverallocated() {
        Session ada = Api.register("ada");
        String web = project(ada, "WEB", null);
        String print = project(ada, "PRINT", null);
        String cy = person(ada, "Cy");
        String di = person(ada, "Di");
        assign(ada, task(ada, web, "Design", 3, Map.of()), cy); // both Tue 1 – Thu 3: 16 h a day for Cy
        assign(ada, task(ada, web, "Copy", 3, Map.of()), cy);
        assign(ada, task(ada, web, "Build", 3, Map.of()), di); // 8 h a day: fully booked, not over
        assign(ada, task(ada, print, "Layout", 3, Map.of()), di);
        // Di's Layout overlaps Build too, so Di is over-allocated in both projects
        portfolio(ada, "2026-12-01")
                .statusCode(200)
                .body("overallocationFrom", equalTo("2026-12-01"))
                .body("overallocationTo", equalTo("2027-12-01"))
                .body("overallocatedPeople", equalTo(2))
                .body("projects.key", contains("PRINT", "WEB"))
                .body("projects.overallocatedPeople", contains(1, 2));
    }

    @Test
    void shouldCountOnlyPeopleWhoseOverlapIsOnThisProjectsTasks() {
        Session ada = Api.register("ada");
        String web = project(ada, "WEB", null);
        String print = project(ada, "PRINT", null);
        String cy = person(ada, "Cy");
        assign(ada, task(ada, web, "Design", 3, Map.of()), cy);
        assign(ada, task(ada, web, "Copy", 3, Map.of()), cy);
        // Cy's print work comes after the overlap, so it is not part of the over-allocated run
        assign(
                ada,
                task(ada, print, "Layout", 2, Map.of("constraintType", "snet", "constraintDate", "2026-12-07")),
                cy);
        portfolio(ada, "2026-12-01")
                .statusCode(200)
                .body("overallocatedPeople", equalTo(1))
                .body("projects.key", contains("PRINT", "WEB"))
                .body("projects.overallocatedPeople", contains(0, 1));
    }

    @Test
    void shouldLeaveOutOverallocationsBeforeTheWindow() {
        Session ada = Api.register("ada");
        String web = project(ada, "WEB", null);
        String cy = person(ada, "Cy");
        assign(ada, task(ada, web, "Design", 3, Map.of()), cy); // the overlap ends on Thu 3
        assign(ada, task(ada, web, "Copy", 3, Map.of()), cy);
        portfolio(ada, "2026-12-04")
                .statusCode(200)
                .body("overallocatedPeople", equalTo(0))
                .body("projects[0].overallocatedPeople", equalTo(0));
    }

    @jakarta.inject.Inject
    app.throughline.platform.Today today;

    @Test
    void shouldShowAnEmptyPortfolioFromTodayForAWorkspaceWithoutProjects() {
        Session ada = Api.register("ada");
        Map<String, Object> body = ada.request()
                .get("/api/v1/workspaces/{id}/portfolio", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("projects", hasSize(0))
                .body("overallocatedPeople", equalTo(0))
                .extract()
                .path("$");
        assertThat(body.get("overallocationFrom")).isEqualTo(today.date().toString());
    }

    @Test
    void shouldShowThePortfolioToAViewer() {
        Session ada = Api.register("ada");
        project(ada, "WEB", null);
        Session viewer = Api.memberOf(ada, "viewer");
        portfolio(viewer, "2026-12-01").statusCode(200).body("projects.key", contains("WEB"));
    }

    @Test
    void shouldHideAnotherWorkspacesPortfolio() {
        Session ada = Api.register("ada");
        Session bob = Api.register("bob");
        project(bob, "BOB", null);
        portfolio(ada, "2026-12-01").statusCode(200).body("projects", hasSize(0));
        ada.request()
                .get("/api/v1/workspaces/{id}/portfolio", bob.workspaceId())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Workspace " + bob.workspaceId() + " does not exist"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownWorkspace() {
        Session ada = Api.register("ada");
        ada.request()
                .get("/api/v1/workspaces/{id}/portfolio", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAFromThatIsNotADate() {
        Session ada = Api.register("ada");
        ada.request()
                .queryParam("from", "next week")
                .get("/api/v1/workspaces/{id}/portfolio", ada.workspaceId())
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
