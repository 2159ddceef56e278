package app.throughline.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Bodies are read as written: wrong types, unstorable text, dates outside 1900–2200 and trailing
 * content are refused with a problem naming the field, and nothing is stored.
 */
@QuarkusTest
class StrictInputTest {

    private static final String PROBLEM = "application/problem+json";

    private static ValidatableResponse createTask(Session session, String projectId, String json) {
        return session.request()
                .body(json)
                .post("/api/v1/projects/" + projectId + "/tasks")
                .then()
                .contentType(PROBLEM);
    }

    private static void assertNoTasks(Session session, String projectId) {
        session.request()
                .get("/api/v1/projects/" + projectId + "/tasks")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void textWithANulCharacterIsRefusedByField() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        createTask(ada, project, "{\"title\": \"a\\u0000b\", \"durationDays\": 1}")
                .statusCode(422)
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", containsString("NUL"));
        assertNoTasks(ada, project);
    }

    @Test
    void textWithAnUnpairedSurrogateIsRefused() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        createTask(ada, project, "{\"title\": \"a\\ud800b\", \"durationDays\": 1}")
                .statusCode(422)
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", containsString("surrogate"));
        assertNoTasks(ada, project);
    }

    @Test
    void aPairedSurrogateIsOrdinaryText() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        ada.request()
                .body("{\"title\": \"Launch \\ud83d\\ude80\", \"durationDays\": 1}")
                .post("/api/v1/projects/" + project + "/tasks")
                .then()
                .statusCode(201)
                .body("title", equalTo("Launch \uD83D\uDE80"));
    }

    @Test
    void datesOutsideTheEraOfPlansAreRefused() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        for (String date : new String[] {"9999-12-31", "+99999-01-01", "-2027-01-01", "1899-12-31", "2201-01-01"}) {
            createTask(ada, project, "{\"title\": \"T\", \"durationDays\": 1, \"deadline\": \"" + date + "\"}")
                    .statusCode(422)
                    .body("errors[0].field", equalTo("deadline"));
        }
        assertNoTasks(ada, project);
    }

    @Test
    void numbersAreNotEnumsDatesOrText() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        createTask(ada, project, "{\"title\": \"T\", \"durationDays\": 1, \"status\": 1}")
                .statusCode(422)
                .body("errors[0].field", equalTo("status"));
        createTask(ada, project, "{\"title\": \"T\", \"durationDays\": 1, \"deadline\": 20270101}")
                .statusCode(422)
                .body("errors[0].field", equalTo("deadline"));
        createTask(ada, project, "{\"title\": 42, \"durationDays\": 1}")
                .statusCode(422)
                .body("errors[0].field", equalTo("title"));
        createTask(ada, project, "{\"title\": \"T\", \"durationDays\": \"1\"}")
                .statusCode(422)
                .body("errors[0].field", equalTo("durationDays"));
        assertNoTasks(ada, project);
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        createTask(ada, project, "{\"title\": \"T\", \"durationDays\": 1} {\"title\": \"U\"}")
                .statusCode(400);
        assertNoTasks(ada, project);
    }

    @Test
    void aBodyMustSayItIsJsonInUtf8() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String json = "{\"title\": \"T\", \"durationDays\": 1}";
        ada.request()
                .contentType("application/json; charset=utf-16")
                .body(json.getBytes(StandardCharsets.UTF_16))
                .post("/api/v1/projects/" + project + "/tasks")
                .then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("detail", containsString("UTF-8"));
        ada.request()
                .contentType("text/plain")
                .body(json)
                .post("/api/v1/projects/" + project + "/tasks")
                .then()
                .statusCode(415)
                .contentType(PROBLEM);
        assertNoTasks(ada, project);
    }

    @Test
    void aDateQueryParameterObeysTheSameWindow() {
        Session ada = Api.register("ada");
        ada.request()
                .get("/api/v1/workspaces/" + ada.workspaceId() + "/portfolio?from=9999-01-01")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("1900-01-01"));
    }

    @Test
    void aBlankTitleIsRefusedOnUpdateAsOnCreate() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String task = Planning.task(ada, project, "Keep me", 1);
        String etag =
                ada.request().get("/api/v1/tasks/" + task).then().extract().header("ETag");
        ada.request()
                .header("If-Match", etag)
                .body("{\"title\": \"   \"}")
                .patch("/api/v1/tasks/" + task)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("title"));
        ada.request().get("/api/v1/tasks/" + task).then().body("title", equalTo("Keep me"));
    }
}
