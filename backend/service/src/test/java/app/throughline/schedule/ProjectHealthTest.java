package app.throughline.schedule;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A project's health follows the calendar, not only edits: a date that passes unmet is missed. */
@QuarkusTest
class ProjectHealthTest {

    @Inject
    EntityManager entityManager;

    /** Leaves the stored health as a recompute before the milestone's due date would have. */
    private void storedHealthWas(String project, String health) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "UPDATE project_schedules SET health = :h WHERE project_id = CAST(:p AS uuid)")
                        .setParameter("h", health)
                        .setParameter("p", project)
                        .executeUpdate());
    }

    private static void milestone(Session session, String project, String dueDate, String gatingTask) {
        session.request()
                .body(Map.of("name", "Sign-off", "dueDate", dueDate, "gatingTaskIds", List.of(gatingTask)))
                .post("/api/v1/projects/{id}/milestones", project)
                .then()
                .statusCode(201);
    }

    @Test
    void shouldBeOffTrackOnceAMilestoneDatePassesUnmetEvenWithoutAnEdit() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        milestone(ada, project, "2020-01-31", Planning.task(ada, project, "Sign-off pack", 2));
        storedHealthWas(project, "on_track");

        ada.request()
                .get("/api/v1/projects/{id}", project)
                .then()
                .statusCode(200)
                .body("health", equalTo("off_track"));
        ada.request()
                .get("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("items.findAll { it.id == '" + project + "' }.health", hasItem("off_track"));
    }

    @Test
    void shouldKeepTheStoredHealthWhenThePassedMilestoneWasAchieved() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        milestone(
                ada,
                project,
                "2020-01-31",
                Planning.task(ada, project, Map.of("title", "Done long ago", "durationDays", 1, "status", "done")));
        storedHealthWas(project, "on_track");

        ada.request()
                .get("/api/v1/projects/{id}", project)
                .then()
                .statusCode(200)
                .body("health", equalTo("on_track"));
    }
}
