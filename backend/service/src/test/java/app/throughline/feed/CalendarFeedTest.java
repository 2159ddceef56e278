package app.throughline.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import org.junit.jupiter.api.Test;

/**
 * Calendar feeds are valid RFC 5545 (parsed and validated with ical4j), with stable UIDs, all-day
 * events as VALUE=DATE and a SEQUENCE that grows when an item changes; a revoked token is 404.
 */
@QuarkusTest
class CalendarFeedTest {

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String ics(String url) {
        return given().get(url)
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/calendar"))
                .extract()
                .asString();
    }

    private static VEvent event(Calendar calendar, String summary) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream()
                .filter(e -> e.getSummary().getValue().equals(summary))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event " + summary + " in " + calendar));
    }

    private static String prop(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).orElseThrow();
    }

    @Test
    void shouldServeAValidProjectFeedWhoseSequenceGrowsWhenAnItemChanges() throws Exception {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String task = Planning.task(ada, project, "Sign the lease", 2);
        String etag = ada.request()
                .get("/api/v1/tasks/{id}", task)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        ada.request()
                .header("If-Match", etag)
                .body(Map.of("deadline", "2027-02-15"))
                .patch("/api/v1/tasks/{id}", task)
                .then()
                .statusCode(200);
        String url = ada.request()
                .post("/api/v1/projects/{id}/calendar-feeds", project)
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        assertThat(url).matches("/api/v1/calendar-feeds/[A-Za-z0-9_-]{43}\\.ics");

        Calendar first = parse(ics(url));
        assertThat(first.validate().hasErrors()).as(first.validate().toString()).isFalse();
        VEvent deadline = event(first, "Deadline: Sign the lease");
        assertThat(prop(deadline, "UID")).isEqualTo("task-deadline-" + task + "@throughline");
        assertThat(prop(deadline, "DTSTART")).isEqualTo("20270215");
        assertThat(deadline.getProperty("DTSTART").orElseThrow().getParameter("VALUE"))
                .hasValue(Value.DATE);
        assertThat(prop(deadline, "SEQUENCE")).isEqualTo("0");

        // unchanged: same UID, same SEQUENCE
        assertThat(prop(event(parse(ics(url)), "Deadline: Sign the lease"), "SEQUENCE"))
                .isEqualTo("0");

        etag = ada.request().get("/api/v1/tasks/{id}", task).then().extract().header("ETag");
        ada.request()
                .header("If-Match", etag)
                .body(Map.of("deadline", "2027-02-19"))
                .patch("/api/v1/tasks/{id}", task)
                .then()
                .statusCode(200);
        VEvent moved = event(parse(ics(url)), "Deadline: Sign the lease");
        assertThat(prop(moved, "UID")).isEqualTo("task-deadline-" + task + "@throughline");
        assertThat(prop(moved, "DTSTART")).isEqualTo("20270219");
        assertThat(prop(moved, "SEQUENCE")).isEqualTo("1");
    }

    @Test
    void shouldShowMyAssignedTasksInMyPersonalFeed() throws Exception {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String person = Planning.person(ada, "Ada", ada.userId());
        String mine = Planning.task(ada, project, "Mine", 1);
        Planning.task(ada, project, "Not mine", 1);
        ada.request()
                .body(Map.of("personId", person, "units", 1))
                .post("/api/v1/tasks/{id}/assignments", mine)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201);
        String url = ada.request()
                .post("/api/v1/me/calendar-feeds")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        Calendar calendar = parse(ics(url));
        assertThat(calendar.validate().hasErrors()).isFalse();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getSummary().getValue()).containsExactly("Finish: Mine");
        assertThat(events.get(0).getProperty("DTSTART").orElseThrow().getParameter("VALUE"))
                .hasValue(Value.DATE);
    }

    @Test
    void shouldAnswer404ForARevokedTokenAndLetOnlyTheCreatorRevoke() {
        Session ada = Api.register("ada");
        Session bob = Api.memberOf(ada, "admin");
        String project = Planning.project(ada);
        io.restassured.path.json.JsonPath feed = ada.request()
                .post("/api/v1/projects/{id}/calendar-feeds", project)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        bob.request()
                .delete("/api/v1/calendar-feeds/{id}", feed.getString("id"))
                .then()
                .statusCode(404);
        ics(feed.getString("url"));
        ada.request()
                .delete("/api/v1/calendar-feeds/{id}", feed.getString("id"))
                .then()
                .statusCode(204);
        given().get(feed.getString("url")).then().statusCode(404);
        given().get("/api/v1/calendar-feeds/not-a-token.ics").then().statusCode(404);
        ada.request()
                .delete("/api/v1/calendar-feeds/{id}", feed.getString("id"))
                .then()
                .statusCode(404);
    }

    @Test
    void shouldListMyLiveFeedsWithAHintButNeverTheToken() {
        Session ada = Api.register("ada");
        Session bob = Api.memberOf(ada, "viewer");
        String project = Planning.project(ada);
        io.restassured.path.json.JsonPath personal = ada.request()
                .post("/api/v1/me/calendar-feeds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        io.restassured.path.json.JsonPath projectFeed = ada.request()
                .post("/api/v1/projects/{id}/calendar-feeds", project)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String personalToken = personal.getString("url").replaceAll(".*/([^/]+)\\.ics$", "$1");

        String mine = ada.request()
                .get("/api/v1/me/calendar-feeds")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        io.restassured.path.json.JsonPath listed = io.restassured.path.json.JsonPath.from(mine);
        assertThat(listed.getList("items.id")).containsExactly(personal.getString("id"));
        assertThat(listed.getString("items[0].kind")).isEqualTo("personal");
        assertThat(listed.getString("items[0].hint")).isEqualTo(personalToken.substring(0, 4) + "…");
        assertThat(listed.getString("items[0].createdAt")).isNotNull();
        assertThat(listed.getString("items[0].lastUsedAt")).isNull();
        assertThat(mine).doesNotContain(personalToken).doesNotContain(".ics");

        // fetching the feed is noted as its last use
        ics(personal.getString("url"));
        assertThat(ada.request()
                        .get("/api/v1/me/calendar-feeds")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("items[0].lastUsedAt"))
                .isNotNull();

        io.restassured.path.json.JsonPath ofProject = ada.request()
                .get("/api/v1/projects/{id}/calendar-feeds", project)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(ofProject.getList("items.id")).containsExactly(projectFeed.getString("id"));
        assertThat(ofProject.getString("items[0].kind")).isEqualTo("project");
        assertThat(ofProject.getString("items[0].projectId")).isEqualTo(project);

        // another member sees only their own feeds; a revoked feed leaves the list
        assertThat(bob.request()
                        .get("/api/v1/projects/{id}/calendar-feeds", project)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items"))
                .isEmpty();
        assertThat(bob.request()
                        .get("/api/v1/me/calendar-feeds")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items"))
                .isEmpty();
        ada.request()
                .delete("/api/v1/calendar-feeds/{id}", personal.getString("id"))
                .then()
                .statusCode(204);
        assertThat(ada.request()
                        .get("/api/v1/me/calendar-feeds")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items"))
                .isEmpty();
    }

    @Test
    void shouldAnswer404ForTheFeedsOfAProjectInAnotherWorkspace() {
        Session ada = Api.register("ada");
        Session eve = Api.register("eve");
        String project = Planning.project(ada);
        eve.request()
                .get("/api/v1/projects/{id}/calendar-feeds", project)
                .then()
                .statusCode(404);
    }
}
