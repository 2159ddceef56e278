package app.throughline.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Working calendars: the default one of every workspace, validation of working times, deletion rules. */
@QuarkusTest
class CalendarApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final List<Map<String, String>> STANDARD_DAY =
            List.of(interval("08:00", "12:00"), interval("13:00", "17:00"));

    @Inject
    EntityManager entityManager;

    @Inject
    CalendarService calendars;

    static Map<String, String> interval(String from, String to) {
        return Map.of("from", from, "to", to);
    }

    static Map<String, Object> fourDayWeek() {
        return Map.of(
                "mon",
                STANDARD_DAY,
                "tue",
                STANDARD_DAY,
                "wed",
                STANDARD_DAY,
                "thu",
                STANDARD_DAY,
                "fri",
                List.of(),
                "sat",
                List.of(),
                "sun",
                List.of());
    }

    static String createCalendar(Session session, String name) {
        return session.request()
                .body(Map.of("name", name, "workWeek", fourDayWeek()))
                .post("/api/v1/workspaces/{id}/calendars", session.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void shouldGiveEveryNewWorkspaceTheStandardDefaultCalendar() {
        Session ada = Api.register("ada");
        ada.request()
                .get("/api/v1/workspaces/{id}/calendars", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].name", equalTo("Standard"))
                .body("items[0].isDefault", equalTo(true))
                .body("items[0].workWeek.mon", equalTo(STANDARD_DAY))
                .body("items[0].workWeek.tue", equalTo(STANDARD_DAY))
                .body("items[0].workWeek.wed", equalTo(STANDARD_DAY))
                .body("items[0].workWeek.thu", equalTo(STANDARD_DAY))
                .body("items[0].workWeek.fri", equalTo(STANDARD_DAY))
                .body("items[0].workWeek.sat", equalTo(List.of()))
                .body("items[0].workWeek.sun", equalTo(List.of()))
                .body("items[0].exceptions", equalTo(List.of()));

        UUID defaultId = calendars.defaultCalendarFor(ada.workspaceId());
        CalendarDefinition definition =
                calendars.definition(ada.workspaceId(), defaultId).orElseThrow();
        assertThat(definition.isDefault()).isTrue();
        assertThat(definition.workWeek().get(DayOfWeek.MONDAY))
                .containsExactly(
                        new CalendarDefinition.WorkingTime(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                        new CalendarDefinition.WorkingTime(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        assertThat(definition.workWeek().get(DayOfWeek.SATURDAY)).isEmpty();
        assertThat(definition.workingMinutesOn(LocalDate.of(2026, 12, 7))).isEqualTo(480);
        assertThat(calendars.definition(Api.register("bob").workspaceId(), defaultId))
                .isEmpty();
    }

    @Test
    void shouldCreateAndChangeACalendarWithExceptions() {
        Session ada = Api.register("ada");
        String id = ada.request()
                .body(Map.of(
                        "name",
                        "Four-day week",
                        "workWeek",
                        fourDayWeek(),
                        "exceptions",
                        List.of(
                                Map.of(
                                        "startDate",
                                        "2027-01-15",
                                        "endDate",
                                        "2027-01-15",
                                        "name",
                                        "Late shift",
                                        "workingTimes",
                                        List.of(interval("12:00", "24:00"))),
                                Map.of(
                                        "startDate",
                                        "2026-12-24",
                                        "endDate",
                                        "2027-01-01",
                                        "name",
                                        "Christmas and New Year"))))
                .post("/api/v1/workspaces/{id}/calendars", ada.workspaceId())
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/calendars/"))
                .header("ETag", equalTo("\"0\""))
                .body("isDefault", equalTo(false))
                .body("workWeek.fri", equalTo(List.of()))
                .body("exceptions.name", equalTo(List.of("Christmas and New Year", "Late shift")))
                .body("exceptions[0].workingTimes", equalTo(List.of()))
                .body("exceptions[1].workingTimes[0].to", equalTo("24:00"))
                .extract()
                .path("id");

        CalendarDefinition definition =
                calendars.definition(ada.workspaceId(), UUID.fromString(id)).orElseThrow();
        assertThat(definition.workingMinutesOn(LocalDate.of(2026, 12, 28))).isZero();
        assertThat(definition.workingMinutesOn(LocalDate.of(2027, 1, 15))).isEqualTo(720);
        assertThat(definition.exceptions().get(1).workingTimes().get(0).to()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(definition.workingMinutesOn(LocalDate.of(2027, 1, 22))).isZero(); // a Friday

        ada.request()
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "Short week", "exceptions", List.of()))
                .patch("/api/v1/calendars/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Short week"))
                .body("exceptions", equalTo(List.of()))
                .body("workWeek.mon", equalTo(STANDARD_DAY));
        ada.request().get("/api/v1/calendars/{id}", id).then().statusCode(200).body("name", equalTo("Short week"));

        @SuppressWarnings("unchecked")
        List<String> actions = entityManager
                .createNativeQuery(
                        "SELECT action FROM activity WHERE entity_id = :id AND entity_type = 'calendar' ORDER BY id")
                .setParameter("id", UUID.fromString(id))
                .getResultList();
        assertThat(actions).containsExactly("created", "updated");
        String changes = (String) entityManager
                .createNativeQuery("SELECT changes::text FROM activity WHERE entity_id = :id AND action = 'updated'")
                .setParameter("id", UUID.fromString(id))
                .getSingleResult();
        assertThat(changes).contains("\"name\"").contains("Four-day week").contains("Christmas and New Year");
    }

    @Test
    void shouldDefaultToTheStandardWeekWhenNoneIsGiven() {
        Session ada = Api.register("ada");
        ada.request()
                .body(Map.of("name", "Another"))
                .post("/api/v1/workspaces/{id}/calendars", ada.workspaceId())
                .then()
                .statusCode(201)
                .body("workWeek.wed", equalTo(STANDARD_DAY))
                .body("workWeek.sun", equalTo(List.of()));
    }

    @Test
    void shouldRefuseATimeThatIsNotAClockTime() {
        Session ada = Api.register("ada");
        ada.request()
                .body(Map.of("name", "Bad", "workWeek", Map.of("mon", List.of(interval("08:00", "25:00")))))
                .post("/api/v1/workspaces/{id}/calendars", ada.workspaceId())
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("workWeek.mon[0].to"));
        ada.request()
                .body(Map.of("name", "Bad", "workWeek", Map.of("tue", List.of(interval("8:00", "12:00")))))
                .post("/api/v1/workspaces/{id}/calendars", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("workWeek.tue[0].from"));
    }

    @Test
    void shouldRefuseOverlappingUnsortedOrEmptyIntervals() {
        Session ada = Api.register("ada");
        ada.request()
                .body(Map.of(
                        "name",
                        "Bad",
                        "workWeek",
                        Map.of("mon", List.of(interval("08:00", "12:00"), interval("11:00", "15:00")))))
                .post("/api/v1/workspaces/{id}/calendars", ada.workspaceId())
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("workWeek.mon[1].from"));
        ada.request()
                .body(Map.of(
                        "name",
                        "Bad",
                        "workWeek",
                        Map.of("wed", List.of(interval("13:00", "17:00"), interval("08:00", "12:00")))))
                .post("/api/v1/workspaces/{id}/calendars", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("workWeek.wed[1].from"));
        ada.request()
                .body(Map.of("name", "Bad", "workWeek", Map.of("fri", List.of(interval("12:00", "12:00")))))
                .post("/api/v1/workspaces/{id}/calendars", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("workWeek.fri[0].to"));
        ada.request()
                .body(Map.of("name", "Bad", "workWeek", Map.of("sat", List.of(interval("24:00", "24:00")))))
                .post("/api/v1/workspaces/{id}/calendars", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("workWeek.sat[0].from"));
        // touching intervals are fine
        ada.request()
                .body(Map.of(
                        "name",
                        "Split",
                        "workWeek",
                        Map.of("mon", List.of(interval("08:00", "12:00"), interval("12:00", "16:00")))))
                .post("/api/v1/workspaces/{id}/calendars", ada.workspaceId())
                .then()
                .statusCode(201);
        ada.request()
                .get("/api/v1/workspaces/{id}/calendars", ada.workspaceId())
                .then()
                .body("items.size()", equalTo(2));
    }

    @Test
    void shouldRefuseExceptionsOutOfOrderOrOverlapping() {
        Session ada = Api.register("ada");
        ada.request()
                .body(Map.of(
                        "name",
                        "Bad",
                        "exceptions",
                        List.of(Map.of("startDate", "2027-01-02", "endDate", "2027-01-01", "name", "Oops"))))
                .post("/api/v1/workspaces/{id}/calendars", ada.workspaceId())
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("exceptions[0].endDate"));
        ada.request()
                .body(Map.of(
                        "name",
                        "Bad",
                        "exceptions",
                        List.of(
                                Map.of("startDate", "2026-12-24", "endDate", "2027-01-01", "name", "Holidays"),
                                Map.of("startDate", "2026-12-31", "endDate", "2026-12-31", "name", "New Year's Eve"))))
                .post("/api/v1/workspaces/{id}/calendars", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("exceptions[1].startDate"));
        ada.request()
                .body(Map.of(
                        "name",
                        "Bad",
                        "exceptions",
                        List.of(Map.of("startDate", "2026-12-24", "endDate", "2026-12-24"))))
                .post("/api/v1/workspaces/{id}/calendars", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("exceptions[0].name"));
        ada.request()
                .body(Map.of(
                        "name",
                        "Bad",
                        "exceptions",
                        List.of(Map.of(
                                "startDate",
                                "2026-12-24",
                                "endDate",
                                "2026-12-24",
                                "name",
                                "Eve",
                                "workingTimes",
                                List.of(interval("10:00", "09:00"))))))
                .post("/api/v1/workspaces/{id}/calendars", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("exceptions[0].workingTimes[0].to"));
    }

    @Test
    void shouldRefuseToDeleteTheDefaultCalendarAndDeleteAnother() {
        Session ada = Api.register("ada");
        UUID defaultId = calendars.defaultCalendarFor(ada.workspaceId());
        ada.request()
                .delete("/api/v1/calendars/{id}", defaultId)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString("default"));
        String other = createCalendar(ada, "Four-day week");
        ada.request()
                .header("If-Match", "\"7\"")
                .delete("/api/v1/calendars/{id}", other)
                .then()
                .statusCode(412);
        ada.request()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/calendars/{id}", other)
                .then()
                .statusCode(204);
        ada.request().get("/api/v1/calendars/{id}", other).then().statusCode(404);
    }

    @Test
    void shouldRefuseDuplicateNamesAndServerOwnedFields() {
        Session ada = Api.register("ada");
        ada.request()
                .body(Map.of("name", "standard"))
                .post("/api/v1/workspaces/{id}/calendars", ada.workspaceId())
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
        UUID defaultId = calendars.defaultCalendarFor(ada.workspaceId());
        ada.request()
                .body(Map.of("isDefault", false))
                .patch("/api/v1/calendars/{id}", defaultId)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("isDefault"))
                .body("errors[0].message", equalTo("is set by the server and cannot be written"));
        ada.request()
                .body(Map.of("name", "Mine", "isDefault", true))
                .post("/api/v1/workspaces/{id}/calendars", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("isDefault"));
    }

    @Test
    void shouldLetViewersReadButOnlyAdminsWrite() {
        Session owner = Api.register("owner");
        Session viewer = Api.memberOf(owner, "viewer");
        UUID defaultId = calendars.defaultCalendarFor(owner.workspaceId());
        viewer.request()
                .get("/api/v1/calendars/{id}", defaultId)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue());
        viewer.request()
                .body(Map.of("name", "Mine"))
                .post("/api/v1/workspaces/{id}/calendars", owner.workspaceId())
                .then()
                .statusCode(403);
        viewer.request()
                .body(Map.of("name", "Mine"))
                .patch("/api/v1/calendars/{id}", defaultId)
                .then()
                .statusCode(403);
        String other = createCalendar(owner, "Four-day week");
        viewer.request().delete("/api/v1/calendars/{id}", other).then().statusCode(403);
    }
}
