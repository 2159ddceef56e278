package app.throughline.person;

import static org.hamcrest.Matchers.equalTo;

import app.throughline.calendar.CalendarService;
import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Another workspace's teams, people, time off and calendars are invisible (404) on every endpoint. */
@QuarkusTest
class PeopleTenancyTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    CalendarService calendars;

    @Test
    void shouldAnswerNotFoundForEveryPeopleEndpointProbedWithAnotherTenantsIds() {
        Session ada = Api.register("ada");
        Session bob = Api.register("bob");
        String team = PersonApiTest.createTeam(bob, "Design");
        String calendar = PersonApiTest.createCalendar(bob, "Four-day week");
        String defaultCalendar = calendars.defaultCalendarFor(bob.workspaceId()).toString();
        String person = PersonApiTest.createPerson(bob, Map.of("name", "Sam", "teamId", team, "calendarId", calendar));
        String timeOff = bob.request()
                .body(Map.of("startDate", "2026-12-21", "endDate", "2026-12-31"))
                .post("/api/v1/people/{id}/time-off", person)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> name = Map.of("name", "taken over");

        // teams
        ada.request()
                .get("/api/v1/workspaces/{id}/teams", bob.workspaceId())
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        ada.request()
                .body(name)
                .post("/api/v1/workspaces/{id}/teams", bob.workspaceId())
                .then()
                .statusCode(404);
        ada.request().get("/api/v1/teams/{id}", team).then().statusCode(404).contentType(PROBLEM);
        ada.request().body(name).patch("/api/v1/teams/{id}", team).then().statusCode(404);
        ada.request().delete("/api/v1/teams/{id}", team).then().statusCode(404);
        // people
        ada.request()
                .get("/api/v1/workspaces/{id}/people", bob.workspaceId())
                .then()
                .statusCode(404);
        ada.request()
                .body(name)
                .post("/api/v1/workspaces/{id}/people", bob.workspaceId())
                .then()
                .statusCode(404);
        ada.request().get("/api/v1/people/{id}", person).then().statusCode(404);
        ada.request().body(name).patch("/api/v1/people/{id}", person).then().statusCode(404);
        ada.request().delete("/api/v1/people/{id}", person).then().statusCode(404);
        // time off
        ada.request().get("/api/v1/people/{id}/time-off", person).then().statusCode(404);
        ada.request()
                .body(Map.of("startDate", "2027-01-04", "endDate", "2027-01-08"))
                .post("/api/v1/people/{id}/time-off", person)
                .then()
                .statusCode(404);
        ada.request().get("/api/v1/time-off/{id}", timeOff).then().statusCode(404);
        ada.request().delete("/api/v1/time-off/{id}", timeOff).then().statusCode(404);
        // calendars
        ada.request()
                .get("/api/v1/workspaces/{id}/calendars", bob.workspaceId())
                .then()
                .statusCode(404);
        ada.request()
                .body(name)
                .post("/api/v1/workspaces/{id}/calendars", bob.workspaceId())
                .then()
                .statusCode(404);
        for (String id : List.of(calendar, defaultCalendar)) {
            ada.request().get("/api/v1/calendars/{id}", id).then().statusCode(404);
            ada.request().body(name).patch("/api/v1/calendars/{id}", id).then().statusCode(404);
            ada.request().delete("/api/v1/calendars/{id}", id).then().statusCode(404);
        }
        // nor can Ada point her own people at Bob's objects
        String adas = PersonApiTest.createPerson(ada, Map.of("name", "Ada's person"));
        ada.request()
                .body(Map.of("teamId", team))
                .patch("/api/v1/people/{id}", adas)
                .then()
                .statusCode(404);
        ada.request()
                .body(Map.of("calendarId", calendar))
                .patch("/api/v1/people/{id}", adas)
                .then()
                .statusCode(404);

        // and nothing of Bob's changed
        bob.request().get("/api/v1/teams/{id}", team).then().statusCode(200).body("name", equalTo("Design"));
        bob.request()
                .get("/api/v1/people/{id}", person)
                .then()
                .statusCode(200)
                .body("name", equalTo("Sam"))
                .body("teamId", equalTo(team));
        bob.request().get("/api/v1/time-off/{id}", timeOff).then().statusCode(200);
        bob.request()
                .get("/api/v1/calendars/{id}", calendar)
                .then()
                .statusCode(200)
                .body("name", equalTo("Four-day week"));
        bob.request()
                .get("/api/v1/workspaces/{id}/calendars", bob.workspaceId())
                .then()
                .body("items.size()", equalTo(2));
    }

    @Test
    void shouldHideAWorkspacesPeopleFromAMemberWhoWasRemoved() {
        Session owner = Api.register("owner");
        Session member = Api.memberOf(owner, "member");
        String person = PersonApiTest.createPerson(owner, Map.of("name", "Sam"));
        member.request().get("/api/v1/people/{id}", person).then().statusCode(200);
        owner.request()
                .delete("/api/v1/workspaces/{id}/members/{user}", owner.workspaceId(), member.userId())
                .then()
                .statusCode(204);
        member.request().get("/api/v1/people/{id}", person).then().statusCode(404);
    }
}
