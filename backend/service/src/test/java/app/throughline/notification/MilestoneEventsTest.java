package app.throughline.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.throughline.platform.Today;
import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A milestone's health transitions are announced once each: an edit that pushes the forecast past
 * the due date publishes milestone.at_risk (the owner finds it in the inbox), finishing the gate
 * publishes milestone.achieved, and a due date passing without edits turns it missed through the
 * reminder job, once however many runs (replicas) see it. Today is Monday 2026-11-30; the project
 * starts on Tuesday 2026-12-01.
 */
@QuarkusTest
class MilestoneEventsTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Reminders reminders;

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    Today today;

    @AfterEach
    void backToTheConfiguredToday() {
        today.reset();
    }

    /** Ada coordinates; Bob owns the milestone, gated by one task. */
    private record Plan(Session ada, Session bob, String project, String gate, String milestone) {}

    private static Plan plan(double gateDays, String dueDate) {
        Session ada = Api.register("ada");
        Session bob = Api.memberOf(ada, "member");
        String bobPerson = Planning.person(ada, "Bob", bob.userId());
        String project = Planning.project(ada);
        String gate = Planning.task(ada, project, "Build the stage", gateDays);
        String milestone = ada.request()
                .body(Map.of(
                        "name",
                        "Dress rehearsal",
                        "dueDate",
                        dueDate,
                        "ownerId",
                        bobPerson,
                        "gatingTaskIds",
                        List.of(gate)))
                .post("/api/v1/projects/{id}/milestones", project)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new Plan(ada, bob, project, gate, milestone);
    }

    private static void patchGate(Plan p, Map<String, Object> body) {
        p.ada()
                .request()
                .body(body)
                .patch("/api/v1/tasks/{id}", p.gate())
                .then()
                .statusCode(200);
    }

    private static String health(Plan p) {
        return p.ada()
                .request()
                .get("/api/v1/milestones/{id}", p.milestone())
                .then()
                .statusCode(200)
                .extract()
                .path("health");
    }

    @Test
    void shouldAnnounceAtRiskOnceWhenAnEditPushesTheMilestonePastItsDate() throws SQLException {
        // two days of work finish on Wednesday 2026-12-02, well before the due Tuesday 2026-12-08
        Plan p = plan(2, "2026-12-08");
        assertThat(health(p)).isEqualTo("on_track");
        assertThat(events(p.milestone())).isEmpty();

        patchGate(p, Map.of("durationDays", 10)); // now finishes on 2026-12-14
        assertThat(health(p)).isEqualTo("at_risk");
        assertThat(events(p.milestone())).containsExactly("milestone.at_risk");

        patchGate(p, Map.of("durationDays", 11)); // still at risk: no second event
        reminders.run();
        assertThat(events(p.milestone())).containsExactly("milestone.at_risk");

        dispatcher.dispatchAll();
        p.bob()
                .request()
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .body("items.title", hasItem("Milestone at risk: Dress rehearsal"))
                .body("items[0].link", equalTo("/projects/" + p.project() + "/milestones"));
        assertThat(data(p.milestone(), "milestone.at_risk"))
                .containsEntry("previousHealth", "on_track")
                .containsEntry("dueDate", "2026-12-08")
                .containsEntry("forecastDate", "2026-12-14");
    }

    @Test
    void shouldAnnounceAchievedWhenTheGateIsDone() throws SQLException {
        Plan p = plan(10, "2026-12-08");
        assertThat(events(p.milestone())).containsExactly("milestone.at_risk");

        patchGate(p, Map.of("status", "done"));
        assertThat(health(p)).isEqualTo("achieved");
        assertThat(events(p.milestone())).containsExactly("milestone.at_risk", "milestone.achieved");

        patchGate(p, Map.of("title", "Build the stage (signed off)"));
        reminders.run();
        assertThat(events(p.milestone())).containsExactly("milestone.at_risk", "milestone.achieved");
        dispatcher.dispatchAll();
        p.bob()
                .request()
                .get("/api/v1/me/notifications")
                .then()
                .body("items.title", hasItem("Milestone achieved: Dress rehearsal"));
    }

    @Test
    void shouldTurnAPassedMilestoneMissedOnceAcrossConcurrentReminderRuns() throws Exception {
        // due Wednesday 2026-12-02, the gate finishes on 2026-12-14: at risk from the start
        Plan p = plan(10, "2026-12-02");
        assertThat(events(p.milestone())).containsExactly("milestone.at_risk");

        reminders.run(); // still 2026-11-30: nothing passed
        assertThat(events(p.milestone())).containsExactly("milestone.at_risk");

        today.set(LocalDate.of(2026, 12, 3)); // no edit, the due date passed
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> run = () -> {
                start.await();
                return reminders.run();
            };
            Future<Integer> first = pool.submit(run);
            Future<Integer> second = pool.submit(run);
            start.countDown();
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }
        reminders.run();

        assertThat(events(p.milestone())).containsExactly("milestone.at_risk", "milestone.missed");
        assertThat(health(p)).isEqualTo("missed");
        // an edit after that recomputes the schedule: still missed, nothing new
        patchGate(p, Map.of("durationDays", 12));
        assertThat(events(p.milestone())).containsExactly("milestone.at_risk", "milestone.missed");
        dispatcher.dispatchAll();
        p.bob()
                .request()
                .get("/api/v1/me/notifications")
                .then()
                .body("items.title", hasItem("Milestone missed: Dress rehearsal"));
    }

    private List<String> events(String milestone) throws SQLException {
        List<String> types = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT type FROM outbox WHERE subject_id = ? AND type LIKE 'milestone.%' ORDER BY seq")) {
            s.setObject(1, UUID.fromString(milestone));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    types.add(r.getString(1));
                }
            }
        }
        return types;
    }

    private Map<String, String> data(String milestone, String type) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        SELECT data->>'previousHealth', data->>'dueDate', data->>'forecastDate' FROM outbox
                        WHERE subject_id = ? AND type = ?
                        """)) {
            s.setObject(1, UUID.fromString(milestone));
            s.setString(2, type);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                Map<String, String> data = new java.util.HashMap<>();
                data.put("previousHealth", r.getString(1));
                data.put("dueDate", r.getString(2));
                data.put("forecastDate", r.getString(3));
                return data;
            }
        }
    }
}
