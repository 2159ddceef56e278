package app.throughline.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import app.throughline.events.DomainEvent;
import app.throughline.events.DomainEvents;
import app.throughline.events.EventTypes;
import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every change writes its event to the outbox in its own transaction; the dispatcher turns events
 * into inbox entries for the people concerned, by their preferences, never for the one who acted.
 */
@QuarkusTest
class OutboxAndInboxTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DomainEvents events;

    @Inject
    NotificationDispatcher dispatcher;

    /** Ada owns the workspace and the project; Bob is a member with a person record, assigned to a task. */
    private record Team(Session ada, Session bob, String project, String task, String bobPerson) {}

    private static Team team() {
        Session ada = Api.register("ada");
        Session bob = Api.memberOf(ada, "member");
        String adaPerson = Planning.person(ada, "Ada", ada.userId());
        String bobPerson = Planning.person(ada, "Bob", bob.userId());
        String project = ada.request()
                .body(Map.of(
                        "key", Planning.newKey(), "name", "Launch", "startDate", "2026-12-01", "ownerId", adaPerson))
                .post("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String task = Planning.task(ada, project, "Write the press release", 2);
        return new Team(ada, bob, project, task, bobPerson);
    }

    private static void assign(Session who, String task, String person) {
        who.request()
                .body(Map.of("personId", person, "units", 1))
                .post("/api/v1/tasks/{id}/assignments", task)
                .then()
                .statusCode(201);
    }

    @Test
    void shouldWriteTheEventToTheOutboxWithTheChange() throws SQLException {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String task = Planning.task(ada, project, "Draft", 1);
        List<Map<String, Object>> rows = query(
                "SELECT type, actor_id, project_id, data->>'title' AS title FROM outbox WHERE subject_id = ?",
                UUID.fromString(task));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0))
                .containsEntry("type", EventTypes.TASK_CREATED)
                .containsEntry("actor_id", ada.userId())
                .containsEntry("project_id", UUID.fromString(project))
                .containsEntry("title", "Draft");
    }

    @Test
    void shouldLeaveNoEventWhenTheChangeRollsBack() throws SQLException {
        Session ada = Api.register("ada");
        UUID committed = publishIn(ada.workspaceId(), false);
        UUID rolledBack = publishIn(ada.workspaceId(), true);
        assertThat(query("SELECT id FROM outbox WHERE id = ?", committed)).hasSize(1);
        assertThat(query("SELECT id FROM outbox WHERE id = ?", rolledBack)).isEmpty();
    }

    @Test
    void shouldLeaveNoEventWhenARequestFails() throws SQLException {
        Team t = team();
        long before = count(t.ada().workspaceId());
        // a stale If-Match: refused before anything changes
        t.ada()
                .request()
                .header("If-Match", "\"99\"")
                .body(Map.of("title", "Renamed"))
                .patch("/api/v1/tasks/{id}", t.task())
                .then()
                .statusCode(412);
        assertThat(count(t.ada().workspaceId())).isEqualTo(before);
    }

    @Test
    void shouldNotifyTheAssigneeAndNotTheActor() {
        Team t = team();
        assign(t.ada(), t.task(), t.bobPerson());
        dispatcher.dispatchAll();
        t.bob()
                .request()
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .body("unreadCount", equalTo(1))
                .body("items[0].type", equalTo("task.assigned"))
                .body("items[0].title", equalTo("Assigned: Write the press release"))
                .body("items[0].read", equalTo(false))
                .body("items[0].link", equalTo("/projects/" + t.project() + "/plan"));
        // Ada made every change so far: nothing for her
        t.ada()
                .request()
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .body("unreadCount", equalTo(0))
                .body("items.size()", equalTo(0));
    }

    @Test
    void shouldNotifyTheProjectOwnerWhenTheAssigneeMovesTheTask() {
        Team t = team();
        assign(t.ada(), t.task(), t.bobPerson());
        t.bob()
                .request()
                .header("If-Match", "\"1\"")
                .body(Map.of("status", "in_progress"))
                .patch("/api/v1/tasks/{id}", t.task())
                .then()
                .statusCode(200);
        dispatcher.dispatchAll();
        t.ada()
                .request()
                .get("/api/v1/me/notifications")
                .then()
                .body("items.type", hasItem("task.status_changed"))
                .body("items.title", hasItem("Write the press release: todo → in_progress"));
        t.bob()
                .request()
                .get("/api/v1/me/notifications")
                .then()
                .body("items.type", not(hasItem("task.status_changed")));
    }

    @Test
    void shouldRespectAPreferenceOfOff() {
        Team t = team();
        t.bob()
                .request()
                .body(Map.of("types", Map.of("task.assigned", "off"), "digest", "daily"))
                .put("/api/v1/me/notification-preferences")
                .then()
                .statusCode(200)
                .body("types.'task.assigned'", equalTo("off"))
                .body("types.'task.overdue'", equalTo("in_app"))
                .body("digest", equalTo("daily"));
        assign(t.ada(), t.task(), t.bobPerson());
        dispatcher.dispatchAll();
        t.bob().request().get("/api/v1/me/notifications").then().body("unreadCount", equalTo(0));
        t.bob()
                .request()
                .get("/api/v1/me/notification-preferences")
                .then()
                .body("types.'task.assigned'", equalTo("off"))
                .body("digest", equalTo("daily"));
    }

    @Test
    void shouldRefuseAnUnknownEventTypeInPreferences() {
        Session ada = Api.register("ada");
        ada.request()
                .body(Map.of("types", Map.of("task.exploded", "off"), "digest", "none"))
                .put("/api/v1/me/notification-preferences")
                .then()
                .statusCode(422);
        ada.request()
                .body(Map.of("types", Map.of("task.assigned", "pigeon"), "digest", "none"))
                .put("/api/v1/me/notification-preferences")
                .then()
                .statusCode(422);
    }

    @Test
    void shouldNotifyAMentionedMember() {
        Team t = team();
        // Bob is the person "Bob", linked to his user: @Bob names him
        t.ada()
                .request()
                .body(Map.of("body", "@Bob could you check the quote?"))
                .post("/api/v1/tasks/{id}/comments", t.task())
                .then()
                .statusCode(201);
        dispatcher.dispatchAll();
        t.bob()
                .request()
                .get("/api/v1/me/notifications")
                .then()
                .body("items[0].type", equalTo("comment.mention"))
                .body("items[0].title", equalTo("You were mentioned on Write the press release"));
    }

    @Test
    void shouldPageNewestFirstAndMarkReadOneOrAll() {
        Team t = team();
        assign(t.ada(), t.task(), t.bobPerson());
        String second = Planning.task(t.ada(), t.project(), "Book the venue", 1);
        assign(t.ada(), second, t.bobPerson());
        dispatcher.dispatchAll();
        String next = t.bob()
                .request()
                .queryParam("limit", 1)
                .get("/api/v1/me/notifications")
                .then()
                .body("items.size()", equalTo(1))
                .body("items[0].title", equalTo("Assigned: Book the venue"))
                .body("next", notNullValue())
                .body("unreadCount", equalTo(2))
                .extract()
                .path("next");
        String older = t.bob()
                .request()
                .queryParam("limit", 1)
                .queryParam("cursor", next)
                .get("/api/v1/me/notifications")
                .then()
                .body("items[0].title", equalTo("Assigned: Write the press release"))
                .body("next", nullValue())
                .extract()
                .path("items[0].id");
        // someone else's ids change nothing
        t.ada()
                .request()
                .body(Map.of("ids", List.of(older)))
                .post("/api/v1/me/notifications:read")
                .then()
                .statusCode(200)
                .body("marked", equalTo(0));
        t.bob()
                .request()
                .body(Map.of("ids", List.of(older)))
                .post("/api/v1/me/notifications:read")
                .then()
                .statusCode(200)
                .body("marked", equalTo(1))
                .body("unreadCount", equalTo(1));
        t.bob()
                .request()
                .queryParam("unread", true)
                .get("/api/v1/me/notifications")
                .then()
                .body("items.size()", equalTo(1))
                .body("items[0].title", equalTo("Assigned: Book the venue"));
        t.bob()
                .request()
                .body(Map.of("all", true))
                .post("/api/v1/me/notifications:read")
                .then()
                .body("marked", equalTo(1))
                .body("unreadCount", equalTo(0));
        t.bob()
                .request()
                .body(Map.of())
                .post("/api/v1/me/notifications:read")
                .then()
                .statusCode(422);
    }

    @Test
    void shouldDispatchEachEventOnce() throws SQLException {
        Team t = team();
        assign(t.ada(), t.task(), t.bobPerson());
        dispatcher.dispatchAll();
        assertThat(dispatcher.dispatchAll()).isZero();
        assertThat(query(
                        "SELECT count(*) AS n FROM outbox WHERE workspace_id = ? AND dispatched_at IS NULL",
                        t.ada().workspaceId()))
                .first()
                .satisfies(r -> assertThat(((Number) r.get("n")).longValue()).isZero());
        t.bob().request().get("/api/v1/me/notifications").then().body("items.size()", equalTo(1));
    }

    private UUID publishIn(UUID workspaceId, boolean rollBack) {
        var context = Arc.container().requestContext();
        context.activate();
        try {
            QuarkusTransaction.begin();
            DomainEvent event = events.publish(EventTypes.STATUS_REPORT_PUBLISHED, workspaceId, null, null, Map.of());
            if (rollBack) {
                QuarkusTransaction.rollback();
            } else {
                QuarkusTransaction.commit();
            }
            return event.id();
        } finally {
            context.terminate();
        }
    }

    private long count(UUID workspaceId) throws SQLException {
        return ((Number) query("SELECT count(*) AS n FROM outbox WHERE workspace_id = ?", workspaceId)
                        .get(0)
                        .get("n"))
                .longValue();
    }

    private List<Map<String, Object>> query(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        row.put(r.getMetaData().getColumnLabel(i), r.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
