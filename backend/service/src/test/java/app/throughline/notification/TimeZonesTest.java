package app.throughline.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Digests and deadline reminders follow each person's time zone, with the clock pinned to an
 * instant. Bob lives in Auckland (UTC+13 in December), Carol in Los Angeles (UTC−8); the workspace
 * counts days in UTC. At 2026-12-01T12:00Z it is already Wednesday 2 December 01:00 for Bob and
 * still Tuesday 1 December 04:00 for Carol.
 */
@QuarkusTest
class TimeZonesTest {

    private static final String AUCKLAND = "Pacific/Auckland";
    private static final String LOS_ANGELES = "America/Los_Angeles";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Reminders reminders;

    @Inject
    Digests digests;

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    Today today;

    @AfterEach
    void backToTheConfiguredToday() {
        today.reset();
    }

    private record Team(
            Session ada, Session bob, Session carol, String bobPerson, String carolPerson, String project) {}

    private static Team team(String digest) {
        Session ada = Api.register("ada");
        Session bob = Api.memberOf(ada, "member");
        Session carol = Api.memberOf(ada, "member");
        prefer(bob, digest, AUCKLAND);
        prefer(carol, digest, LOS_ANGELES);
        return new Team(
                ada,
                bob,
                carol,
                Planning.person(ada, "Bob", bob.userId()),
                Planning.person(ada, "Carol", carol.userId()),
                Planning.project(ada));
    }

    private static void prefer(Session who, String digest, String zone) {
        who.request()
                .body(Map.of("types", Map.of(), "digest", digest, "timeZone", zone))
                .put("/api/v1/me/notification-preferences")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo(zone));
    }

    private static String task(Team t, String title, String deadline, String person) {
        String task =
                Planning.task(t.ada(), t.project(), Map.of("title", title, "durationDays", 1, "deadline", deadline));
        if (person != null) {
            t.ada()
                    .request()
                    .body(Map.of("personId", person, "units", 1))
                    .post("/api/v1/tasks/{id}/assignments", task)
                    .then()
                    .statusCode(201);
        }
        return task;
    }

    @Test
    void shouldKeepTheTimeZoneAndRefuseAnUnknownOne() {
        Session ada = Api.register("ada");
        ada.request().get("/api/v1/me/notification-preferences").then().body("timeZone", nullValue());
        prefer(ada, "none", "Europe/Berlin");
        ada.request().get("/api/v1/me/notification-preferences").then().body("timeZone", equalTo("Europe/Berlin"));
        ada.request()
                .body(Map.of("types", Map.of(), "digest", "none", "timeZone", "Mars/Olympus_Mons"))
                .put("/api/v1/me/notification-preferences")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("timeZone"));
        // a UTC offset is not a place: daylight saving would be wrong half the year
        ada.request()
                .body(Map.of("types", Map.of(), "digest", "none", "timeZone", "+02:00"))
                .put("/api/v1/me/notification-preferences")
                .then()
                .statusCode(422);
        ada.request().get("/api/v1/me/notification-preferences").then().body("timeZone", equalTo("Europe/Berlin"));
    }

    @Test
    void shouldCountDeadlinesInTheAssigneesTimeZone() throws SQLException {
        Team t = team("none");
        String bobsTuesday = task(t, "Rig the lights", "2026-12-01", t.bobPerson());
        String carolsTuesday = task(t, "Print the tickets", "2026-12-01", t.carolPerson());
        String bobsFriday = task(t, "Tune the piano", "2026-12-04", t.bobPerson());
        String carolsFriday = task(t, "Book the hall", "2026-12-04", t.carolPerson());
        String nobodysTuesday = task(t, "Sweep the stage", "2026-12-01", null);

        today.set(Instant.parse("2026-12-01T12:00:00Z"));
        reminders.run();

        // Bob's Tuesday is over; Carol's has just begun
        assertThat(reminders(bobsTuesday)).containsExactly("task.overdue");
        assertThat(reminders(carolsTuesday)).containsExactly("deadline.approaching");
        // two working days from Bob's Wednesday reach Friday; from Carol's Tuesday only Thursday
        assertThat(reminders(bobsFriday)).containsExactly("deadline.approaching");
        assertThat(reminders(carolsFriday)).isEmpty();
        // unassigned: the workspace's (UTC) Tuesday
        assertThat(reminders(nobodysTuesday)).containsExactly("deadline.approaching");

        // twelve hours later Carol's Tuesday is over too, and her Friday is two working days away
        today.set(Instant.parse("2026-12-02T08:30:00Z"));
        reminders.run();
        reminders.run();
        assertThat(reminders(carolsTuesday)).containsExactly("deadline.approaching", "task.overdue");
        assertThat(reminders(carolsFriday)).containsExactly("deadline.approaching");
        assertThat(reminders(bobsTuesday)).containsExactly("task.overdue");
    }

    @Test
    void shouldSendEachDaysDigestAfterThatDayEndsWhereThePersonIs() throws SQLException {
        Team t = team("daily");
        task(t, "Rig the lights", "2026-12-20", t.bobPerson());
        task(t, "Tune the piano", "2026-12-20", t.bobPerson());
        task(t, "Print the tickets", "2026-12-20", t.carolPerson());
        task(t, "Book the hall", "2026-12-20", t.carolPerson());
        dispatcher.dispatchAll();
        // 06:00Z: Tuesday 19:00 for Bob, Monday 22:00 for Carol; 10:00Z: Tuesday 23:00 / Tuesday 02:00
        at(t.bob(), "Assigned: Rig the lights", "2026-12-01T06:00:00Z");
        at(t.bob(), "Assigned: Tune the piano", "2026-12-01T10:00:00Z");
        at(t.carol(), "Assigned: Print the tickets", "2026-12-01T06:00:00Z");
        at(t.carol(), "Assigned: Book the hall", "2026-12-01T10:00:00Z");

        // Bob's Tuesday has not ended yet (23:30); Carol's Monday has
        digests.buildDue(Instant.parse("2026-12-01T10:30:00Z"));
        assertThat(digestsOf(t.bob())).isEmpty();
        assertThat(digestsOf(t.carol())).containsExactly("2026-11-30: 1 notification: Print the tickets");

        // 00:30 on Wednesday in Auckland: Bob's Tuesday is complete
        digests.buildDue(Instant.parse("2026-12-01T11:30:00Z"));
        digests.buildDue(Instant.parse("2026-12-02T07:30:00Z")); // Carol: 23:30 on Tuesday, not yet
        assertThat(digestsOf(t.bob())).containsExactly("2026-12-01: 2 notifications: Rig the lights, Tune the piano");
        assertThat(digestsOf(t.carol())).containsExactly("2026-11-30: 1 notification: Print the tickets");

        // 00:30 on Wednesday in Los Angeles; a second run (another replica) adds nothing
        digests.buildDue(Instant.parse("2026-12-02T08:30:00Z"));
        digests.buildDue(Instant.parse("2026-12-02T08:30:00Z"));
        assertThat(digestsOf(t.carol()))
                .containsExactly(
                        "2026-11-30: 1 notification: Print the tickets", "2026-12-01: 1 notification: Book the hall");
        assertThat(digestsOf(t.bob())).hasSize(1);
    }

    private void at(Session who, String title, String instant) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("UPDATE notifications SET created_at = ? WHERE user_id = ? AND title = ?")) {
            s.setTimestamp(1, Timestamp.from(Instant.parse(instant)));
            s.setObject(2, who.userId());
            s.setString(3, title);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    /** Each queued digest as "day: N notifications: titles". */
    private List<String> digestsOf(Session who) throws SQLException {
        List<String> digests = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT digest_day, subject, body FROM email_outbox WHERE user_id = ? AND kind = 'digest' ORDER BY digest_day")) {
            s.setObject(1, who.userId());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String subject = r.getString(2);
                    List<String> titles = new ArrayList<>();
                    for (String line : r.getString(3).split("\n")) {
                        if (line.startsWith("- Assigned: ")) {
                            titles.add(line.substring("- Assigned: ".length()));
                        }
                    }
                    digests.add(r.getDate(1).toLocalDate() + ": " + subject.substring(subject.lastIndexOf(": ") + 2)
                            + ": " + String.join(", ", titles));
                }
            }
        }
        return digests;
    }

    private List<String> reminders(String task) throws SQLException {
        List<String> types = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        SELECT type FROM outbox WHERE subject_id = ? AND type IN ('deadline.approaching', 'task.overdue')
                        ORDER BY seq
                        """)) {
            s.setObject(1, UUID.fromString(task));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    types.add(r.getString(1));
                }
            }
        }
        return types;
    }
}
