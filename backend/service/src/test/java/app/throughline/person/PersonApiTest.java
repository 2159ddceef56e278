package app.throughline.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import app.throughline.calendar.CalendarService;
import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * People: capacity, team, calendar and user links checked against the workspace; every change logged.
 * Over 400 lines because it is the whole specification of the people resource, one test per rule.
 */
@QuarkusTest
class PersonApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    EntityManager entityManager;

    @Inject
    CalendarService calendars;

    @Inject
    PersonRepository repository;

    static String createTeam(Session session, String name) {
        return session.request()
                .body(Map.of("name", name))
                .post("/api/v1/workspaces/{id}/teams", session.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String createPerson(Session session, Map<String, Object> body) {
        return session.request()
                .body(body)
                .post("/api/v1/workspaces/{id}/people", session.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String createCalendar(Session session, String name) {
        return session.request()
                .body(Map.of("name", name))
                .post("/api/v1/workspaces/{id}/calendars", session.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void shouldCreateAPersonOnTheDefaultCalendarAtFullTime() {
        Session ada = Api.register("ada");
        String defaultCalendar = calendars.defaultCalendarFor(ada.workspaceId()).toString();
        String location = ada.request()
                .body(Map.of("name", "Priya Natarajan", "email", "priya@northwind.example"))
                .post("/api/v1/workspaces/{id}/people", ada.workspaceId())
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Priya Natarajan"))
                .body("email", equalTo("priya@northwind.example"))
                .body("maxUnits", equalTo(1.0f))
                .body("calendarId", equalTo(defaultCalendar))
                .body("teamId", nullValue())
                .body("userId", nullValue())
                .extract()
                .header("Location");
        assertThat(location).contains("/api/v1/people/");
        ada.request()
                .get(location)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Priya Natarajan"));
    }

    @Test
    void shouldLinkTeamCalendarAndUserAndChangeThem() {
        Session ada = Api.register("ada");
        Session member = Api.memberOf(ada, "member");
        String design = createTeam(ada, "Design");
        String engineering = createTeam(ada, "Engineering");
        String fourDays = createCalendar(ada, "Four-day week");
        String id = ada.request()
                .body(Map.of(
                        "name",
                        "Sam",
                        "teamId",
                        design,
                        "calendarId",
                        fourDays,
                        "userId",
                        member.userId().toString(),
                        "maxUnits",
                        0.8))
                .post("/api/v1/workspaces/{id}/people", ada.workspaceId())
                .then()
                .statusCode(201)
                .body("teamId", equalTo(design))
                .body("calendarId", equalTo(fourDays))
                .body("userId", equalTo(member.userId().toString()))
                .body("maxUnits", equalTo(0.8f))
                .extract()
                .path("id");
        assertThat(repository.findByUser(ada.workspaceId(), member.userId()))
                .map(p -> p.id.toString())
                .contains(id);

        ada.request()
                .header("If-Match", "\"0\"")
                .body(Map.of("teamId", engineering, "maxUnits", 0.5, "name", "Sam Jones"))
                .patch("/api/v1/people/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("teamId", equalTo(engineering))
                .body("maxUnits", equalTo(0.5f))
                .body("name", equalTo("Sam Jones"))
                .body("calendarId", equalTo(fourDays))
                .body("userId", equalTo(member.userId().toString()));

        Map<String, Object> clear = new HashMap<>();
        clear.put("teamId", null);
        clear.put("userId", null);
        clear.put("calendarId", null);
        clear.put("email", null);
        ada.request()
                .body(clear)
                .patch("/api/v1/people/{id}", id)
                .then()
                .statusCode(200)
                .body("teamId", nullValue())
                .body("userId", nullValue())
                .body(
                        "calendarId",
                        equalTo(calendars.defaultCalendarFor(ada.workspaceId()).toString()))
                .body("maxUnits", equalTo(0.5f));

        String changes = (String) entityManager
                .createNativeQuery(
                        "SELECT changes::text FROM activity WHERE entity_id = :id AND action = 'updated' ORDER BY id LIMIT 1")
                .setParameter("id", UUID.fromString(id))
                .getSingleResult();
        assertThat(changes)
                .contains("maxUnits")
                .contains("0.8")
                .contains("0.5")
                .contains(design)
                .contains(engineering);
        ada.request()
                .header("If-Match", "\"2\"")
                .delete("/api/v1/people/{id}", id)
                .then()
                .statusCode(204);
        ada.request().get("/api/v1/people/{id}", id).then().statusCode(404);
        @SuppressWarnings("unchecked")
        List<String> actions = entityManager
                .createNativeQuery(
                        "SELECT action FROM activity WHERE entity_id = :id AND entity_type = 'person' ORDER BY id")
                .setParameter("id", UUID.fromString(id))
                .getResultList();
        assertThat(actions).containsExactly("created", "updated", "updated", "deleted");
    }

    @Test
    void shouldRefuseMaxUnitsOutsideItsRange() {
        Session ada = Api.register("ada");
        for (Object units : List.of(0, -1, 10.5, 11, 0.125)) {
            ada.request()
                    .body(Map.of("name", "Sam", "maxUnits", units))
                    .post("/api/v1/workspaces/{id}/people", ada.workspaceId())
                    .then()
                    .statusCode(422)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem("maxUnits"));
        }
        String id = createPerson(ada, Map.of("name", "Sam", "maxUnits", 10));
        ada.request()
                .body(Map.of("maxUnits", 0))
                .patch("/api/v1/people/{id}", id)
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("maxUnits"));
        ada.request()
                .body(Map.of("email", "not-an-address"))
                .patch("/api/v1/people/{id}", id)
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("email"));
        ada.request()
                .body(Map.of("name", "Sam", "email", "nope"))
                .post("/api/v1/workspaces/{id}/people", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("email"));
        ada.request()
                .body(Map.of("maxUnits", 10))
                .post("/api/v1/workspaces/{id}/people", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("name"));
        ada.request()
                .body(Map.of("name", "Sam", "version", 3))
                .post("/api/v1/workspaces/{id}/people", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("version"));
        ada.request().get("/api/v1/people/{id}", id).then().body("maxUnits", equalTo(10.0f));
    }

    @Test
    void shouldRefuseAUserWhoIsNotAMemberOrAlreadyAPerson() {
        Session ada = Api.register("ada");
        Session stranger = Api.register("stranger");
        ada.request()
                .body(Map.of("name", "Stranger", "userId", stranger.userId().toString()))
                .post("/api/v1/workspaces/{id}/people", ada.workspaceId())
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("userId"));
        createPerson(ada, Map.of("name", "Ada", "userId", ada.userId().toString()));
        ada.request()
                .body(Map.of("name", "Ada again", "userId", ada.userId().toString()))
                .post("/api/v1/workspaces/{id}/people", ada.workspaceId())
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
    }

    @Test
    void shouldRefuseASecondPersonWithTheSameEmailButAllowTheSameName() {
        Session ada = Api.register("ada");
        String first = createPerson(ada, Map.of("name", "Sam Lee", "email", "sam@northwind.example"));
        ada.request()
                .body(Map.of("name", "Samantha Lee", "email", "SAM@northwind.example"))
                .post("/api/v1/workspaces/{id}/people", ada.workspaceId())
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", containsString("duplicate-email"))
                .body("personId", equalTo(first));
        // a second "Sam Lee" with another address is allowed; the app only warns about the name
        String second = createPerson(ada, Map.of("name", "Sam Lee", "email", "sam.lee@northwind.example"));
        String etag = ada.request()
                .get("/api/v1/people/{id}", second)
                .then()
                .extract()
                .header("ETag");
        ada.request()
                .header("If-Match", etag)
                .body(Map.of("email", "sam@northwind.example"))
                .patch("/api/v1/people/{id}", second)
                .then()
                .statusCode(409)
                .body("type", containsString("duplicate-email"));
        ada.request().get("/api/v1/people/{id}", second).then().body("email", equalTo("sam.lee@northwind.example"));
        // the same address in another workspace is someone else's business
        Session bob = Api.register("bob");
        createPerson(bob, Map.of("name", "Sam Lee", "email", "sam@northwind.example"));
    }

    @Test
    void shouldRefuseATeamOrCalendarOfAnotherWorkspaceNamingTheField() {
        Session ada = Api.register("ada");
        Session bob = Api.register("bob");
        String bobsTeam = createTeam(bob, "Design");
        String bobsCalendar = calendars.defaultCalendarFor(bob.workspaceId()).toString();
        ada.request()
                .body(Map.of("name", "Sam", "teamId", bobsTeam))
                .post("/api/v1/workspaces/{id}/people", ada.workspaceId())
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("detail", containsString("teamId"));
        ada.request()
                .body(Map.of("name", "Sam", "calendarId", bobsCalendar))
                .post("/api/v1/workspaces/{id}/people", ada.workspaceId())
                .then()
                .statusCode(404)
                .body("detail", containsString("calendarId"));
        String sam = createPerson(ada, Map.of("name", "Sam"));
        ada.request()
                .body(Map.of("teamId", bobsTeam))
                .patch("/api/v1/people/{id}", sam)
                .then()
                .statusCode(404)
                .body("detail", containsString("teamId"));
        ada.request()
                .body(Map.of("calendarId", bobsCalendar))
                .patch("/api/v1/people/{id}", sam)
                .then()
                .statusCode(404)
                .body("detail", containsString("calendarId"));
        ada.request()
                .body(Map.of("teamId", UUID.randomUUID().toString()))
                .patch("/api/v1/people/{id}", sam)
                .then()
                .statusCode(404)
                .body("detail", containsString("teamId"));
    }

    @Test
    void shouldFilterByTeamAndTextAndPageByName() {
        Session ada = Api.register("ada");
        String design = createTeam(ada, "Design");
        createPerson(ada, Map.of("name", "zoe", "teamId", design));
        createPerson(ada, Map.of("name", "Yann", "teamId", design, "email", "yann@studio.example"));
        createPerson(ada, Map.of("name", "Xavier"));
        createPerson(ada, Map.of("name", "Anna 100%_"));

        String next = ada.request()
                .queryParam("limit", 2)
                .get("/api/v1/workspaces/{id}/people", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of("Anna 100%_", "Xavier")))
                .extract()
                .path("next");
        ada.request()
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .get("/api/v1/workspaces/{id}/people", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of("Yann", "zoe")))
                .body("next", nullValue());

        ada.request()
                .queryParam("teamId", design)
                .get("/api/v1/workspaces/{id}/people", ada.workspaceId())
                .then()
                .body("items.name", equalTo(List.of("Yann", "zoe")));
        ada.request()
                .queryParam("q", "STUDIO")
                .get("/api/v1/workspaces/{id}/people", ada.workspaceId())
                .then()
                .body("items.name", equalTo(List.of("Yann")));
        ada.request()
                .queryParam("q", "%")
                .get("/api/v1/workspaces/{id}/people", ada.workspaceId())
                .then()
                .body("items.name", equalTo(List.of("Anna 100%_")));
        ada.request()
                .queryParam("teamId", "not-a-uuid")
                .get("/api/v1/workspaces/{id}/people", ada.workspaceId())
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("teamId"));
        ada.request()
                .queryParam("cursor", "garbage")
                .get("/api/v1/workspaces/{id}/people", ada.workspaceId())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void shouldLeaveAPersonWithoutATeamWhenTheTeamIsDeleted() {
        Session ada = Api.register("ada");
        String design = createTeam(ada, "Design");
        String sam = createPerson(ada, Map.of("name", "Sam", "teamId", design));
        ada.request().delete("/api/v1/teams/{id}", design).then().statusCode(204);
        ada.request()
                .get("/api/v1/people/{id}", sam)
                .then()
                .statusCode(200)
                .body("teamId", nullValue())
                .header("ETag", equalTo("\"1\""));
        long logged = ((Number) entityManager
                        .createNativeQuery(
                                "SELECT count(*) FROM activity WHERE entity_id = :id AND action = 'updated' AND changes -> 'teamId' IS NOT NULL")
                        .setParameter("id", UUID.fromString(sam))
                        .getSingleResult())
                .longValue();
        assertThat(logged).isEqualTo(1);
    }

    @Test
    void shouldRefuseToDeleteACalendarThatPeopleWorkOn() {
        Session ada = Api.register("ada");
        String fourDays = createCalendar(ada, "Four-day week");
        String sam = createPerson(ada, Map.of("name", "Sam", "calendarId", fourDays));
        ada.request()
                .delete("/api/v1/calendars/{id}", fourDays)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString("1 person"));
        Map<String, Object> back = new HashMap<>();
        back.put("calendarId", null);
        ada.request().body(back).patch("/api/v1/people/{id}", sam).then().statusCode(200);
        ada.request().delete("/api/v1/calendars/{id}", fourDays).then().statusCode(204);
    }

    @Test
    void shouldLetViewersReadButOnlyAdminsWriteAndRefuseStaleWrites() {
        Session owner = Api.register("owner");
        Session viewer = Api.memberOf(owner, "viewer");
        Session coordinator = Api.memberOf(owner, "coordinator");
        String sam = createPerson(owner, Map.of("name", "Sam"));
        viewer.request()
                .get("/api/v1/workspaces/{id}/people", owner.workspaceId())
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1));
        viewer.request().get("/api/v1/people/{id}", sam).then().statusCode(200);
        viewer.request()
                .body(Map.of("name", "Eve"))
                .post("/api/v1/workspaces/{id}/people", owner.workspaceId())
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        viewer.request()
                .body(Map.of("name", "Eve"))
                .patch("/api/v1/people/{id}", sam)
                .then()
                .statusCode(403);
        viewer.request().delete("/api/v1/people/{id}", sam).then().statusCode(403);
        coordinator
                .request()
                .body(Map.of("maxUnits", 2))
                .patch("/api/v1/people/{id}", sam)
                .then()
                .statusCode(403);

        owner.request()
                .body(Map.of("name", "Samuel"))
                .patch("/api/v1/people/{id}", sam)
                .then()
                .statusCode(200);
        owner.request()
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "Sammy"))
                .patch("/api/v1/people/{id}", sam)
                .then()
                .statusCode(412)
                .contentType(PROBLEM);
        owner.request()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/people/{id}", sam)
                .then()
                .statusCode(412);
        owner.request().get("/api/v1/people/{id}", sam).then().body("name", equalTo("Samuel"));
    }
}
