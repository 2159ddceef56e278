package app.throughline.search;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One search box over the workspace: words, prefixes and typos, ranked; only the caller's workspace. */
@QuarkusTest
class SearchTest {

    record Workspace(Session ada, String project, String wireframes, String copy) {}

    static Workspace agency() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String wireframes = Planning.task(
                ada,
                project,
                Map.of(
                        "title",
                        "Homepage wireframes",
                        "durationDays",
                        3,
                        "description",
                        "Sketch the hero and three content blocks; the client wants a carousel"));
        String copy = Planning.task(
                ada, project, Map.of("title", "Write copy", "durationDays", 2, "description", "Tone: friendly"));
        return new Workspace(ada, project, wireframes, copy);
    }

    static io.restassured.response.ValidatableResponse search(Session s, String q) {
        return s.request()
                .queryParam("q", q)
                .get("/api/v1/workspaces/{id}/search", s.workspaceId())
                .then()
                .statusCode(200);
    }

    @Test
    void shouldFindATaskByAWordOfItsDescription() {
        Workspace w = agency();
        search(w.ada(), "carousel")
                .body("items[0].kind", equalTo("task"))
                .body("items[0].id", equalTo(w.wireframes()))
                .body("items[0].title", equalTo("Homepage wireframes"))
                .body("items[0].projectId", equalTo(w.project()))
                .body("items[0].snippet", org.hamcrest.Matchers.containsString("carousel"))
                .body("items.id", not(hasItem(w.copy())));
    }

    @Test
    void shouldFindATaskByThePrefixOfAWord() {
        Workspace w = agency();
        search(w.ada(), "wirefr").body("items[0].id", equalTo(w.wireframes()));
        search(w.ada(), "home wire").body("items[0].id", equalTo(w.wireframes()));
    }

    @Test
    void shouldFindATaskDespiteATypoInItsTitle() {
        Workspace w = agency();
        search(w.ada(), "wirefrmaes").body("items[0].id", equalTo(w.wireframes()));
    }

    @Test
    void shouldFindProjectsMilestonesAndPeople() {
        Workspace w = agency();
        String priya = Planning.person(w.ada(), "Priya Sharma", null);
        String launch = w.ada()
                .request()
                .body(Map.of("name", "Launch review", "dueDate", "2026-12-20"))
                .post("/api/v1/projects/{id}/milestones", w.project())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        search(w.ada(), "priya").body("items[0].kind", equalTo("person")).body("items[0].id", equalTo(priya));
        search(w.ada(), "launch")
                .body("items[0].kind", equalTo("milestone"))
                .body("items[0].id", equalTo(launch))
                .body("items[0].snippet", equalTo("due 2026-12-20"));
        search(w.ada(), "Project").body("items.kind", hasItem("project"));
    }

    @Test
    void shouldPutATaskFirstWhenTheSearchIsItsKey() {
        Workspace w = agency();
        String key = w.ada()
                .request()
                .get("/api/v1/tasks/{id}", w.copy())
                .then()
                .extract()
                .path("key");
        search(w.ada(), key).body("items[0].id", equalTo(w.copy())).body("items[0].snippet", startsWith(key));
    }

    @Test
    void shouldShowNothingOfAnotherWorkspace() {
        Workspace w = agency();
        Session bob = Api.register("bob");
        search(bob, "carousel").body("items", empty());
        bob.request()
                .queryParam("q", "carousel")
                .get("/api/v1/workspaces/{id}/search", w.ada().workspaceId())
                .then()
                .statusCode(404);
    }

    @Test
    void shouldRefuseAnEmptyOrOverlongSearchWith422() {
        Session ada = Api.register("ada");
        ada.request()
                .queryParam("q", "  ")
                .get("/api/v1/workspaces/{id}/search", ada.workspaceId())
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        ada.request()
                .get("/api/v1/workspaces/{id}/search", ada.workspaceId())
                .then()
                .statusCode(422);
        ada.request()
                .queryParam("q", "a".repeat(10_240))
                .get("/api/v1/workspaces/{id}/search", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void shouldTreatSearchSyntaxAsPlainText() {
        Workspace w = agency();
        search(w.ada(), "carousel & !(:*").body("items[0].id", equalTo(w.wireframes()));
        search(w.ada(), "&|!").body("items", empty());
    }
}
