package app.throughline.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Reminders against the fixed test date (Monday 2026-11-30, lead time two working days): each fires
 * once per task and threshold, even when two runs (two replicas) go at the same moment.
 */
@QuarkusTest
class RemindersTest {

    @Inject
    Reminders reminders;

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    AgroalDataSource dataSource;

    private static String taskDue(Session s, String project, String title, String deadline) {
        return Planning.task(s, project, Map.of("title", title, "durationDays", 1, "deadline", deadline));
    }

    @Test
    void shouldCountWorkingDaysOnly() {
        // Friday + 2 working days = Tuesday
        assertThat(Reminders.addWorkingDays(LocalDate.of(2026, 12, 4), 2)).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(Reminders.addWorkingDays(LocalDate.of(2026, 11, 30), 2)).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void shouldFireEachReminderOnceAcrossTwoConcurrentRuns() throws Exception {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String soon = taskDue(ada, project, "Send the invitations", "2026-12-02");
        String later = taskDue(ada, project, "Print the programme", "2026-12-03");
        String late = taskDue(ada, project, "Book the caterer", "2026-11-27");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> twoReplicas = List.of(reminders::run, reminders::run);
            for (Future<Integer> f : pool.invokeAll(twoReplicas)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        reminders.run();

        assertThat(types(soon)).containsExactly("deadline.approaching");
        assertThat(types(later)).isEmpty();
        assertThat(types(late)).containsExactly("task.overdue");
    }

    @Test
    void shouldRemindTheAssigneeInTheInbox() {
        Session ada = Api.register("ada");
        Session bob = Api.memberOf(ada, "member");
        String project = Planning.project(ada);
        String task = taskDue(ada, project, "Confirm the speakers", "2026-12-01");
        String person = Planning.person(ada, "Bob", bob.userId());
        ada.request()
                .body(Map.of("personId", person, "units", 1))
                .post("/api/v1/tasks/{id}/assignments", task)
                .then()
                .statusCode(201);
        reminders.run();
        dispatcher.dispatchAll();
        bob.request()
                .get("/api/v1/me/notifications")
                .then()
                .body("items.title", hasItem("Deadline 2026-12-01 approaching: Confirm the speakers"));
    }

    private List<String> types(String task) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT type FROM outbox WHERE subject_id = ? AND type IN ('deadline.approaching', 'task.overdue')")) {
            s.setObject(1, UUID.fromString(task));
            List<String> types = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    types.add(r.getString(1));
                }
            }
            return types;
        }
    }
}
