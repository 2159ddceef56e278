package app.throughline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of bad request gets an RFC 9457 problem, never a stack trace or HTML, and changes nothing. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldExplainMalformedJson() {
        Session ada = Api.register("ada");
        ada.request()
                .body("{\"name\": ")
                .post("/api/v1/workspaces")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://throughline.app/problems/malformed-request"))
                .body("detail", containsString("not valid JSON"));
        ada.request().get("/api/v1/workspaces").then().body("items.size()", equalTo(1));
    }

    @Test
    void shouldNameEachInvalidField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "", "email", "not-an-email", "password", "short", "workspaceName", "W"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("password"));
    }

    @Test
    void shouldRefuseAnUnknownFieldByName() {
        Session ada = Api.register("ada");
        ada.request()
                .body(Map.of("name", "W", "colour", "blue"))
                .post("/api/v1/workspaces")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", containsString("not a known field"));
    }

    @Test
    void shouldRefuseServerOwnedFieldsByName() {
        Session ada = Api.register("ada");
        ada.request()
                .body(Map.of("name", "W", "id", "6f1c2b1e-8a3d-4c55-9a8e-2f4f7b6f0a11"))
                .post("/api/v1/workspaces")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].message", equalTo("is set by the server and cannot be written"));
        ada.request()
                .body(Map.of("name", "renamed", "workspaceId", ada.workspaceId().toString()))
                .patch("/api/v1/workspaces/{id}", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("workspaceId"));
        ada.request().get("/api/v1/workspaces/{id}", ada.workspaceId()).then().body("name", equalTo("ada's workspace"));
    }

    @Test
    void shouldListTheAllowedValuesOfAWrongEnum() {
        Session ada = Api.register("ada");
        ada.request()
                .body(Map.of("email", Api.uniqueEmail("x"), "role", "boss"))
                .post("/api/v1/workspaces/{id}/members", ada.workspaceId())
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("role"))
                .body("errors[0].message", containsString("viewer, member, coordinator, admin, owner"));
    }

    @Test
    void shouldAnswerAnUnknownApiRouteWithAProblem() {
        Session ada = Api.register("ada");
        ada.request().get("/api/v1/no-such-thing").then().statusCode(404).contentType(PROBLEM);
        given().accept("text/html")
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void shouldAnswerAWrongMethodWithAProblem() {
        Session ada = Api.register("ada");
        ada.request().body("{}").put("/api/v1/me").then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void shouldAnswerAWrongMediaTypeWithAProblem() {
        Session ada = Api.register("ada");
        given().header("Authorization", "Bearer " + ada.token())
                .contentType("text/plain")
                .body("name=x")
                .post("/api/v1/workspaces")
                .then()
                .statusCode(415)
                .contentType(PROBLEM);
    }

    @Test
    void shouldRefuseATooLargeBody() {
        Session ada = Api.register("ada");
        String huge = "x".repeat(1_100_000);
        ada.request()
                .body(Map.of("name", huge))
                .post("/api/v1/workspaces")
                .then()
                .statusCode(413)
                .contentType(PROBLEM);
        ada.request().get("/api/v1/workspaces").then().body("items.size()", equalTo(1));
    }

    @Test
    void shouldRefuseAnOverLongString() {
        Session ada = Api.register("ada");
        ada.request()
                .body(Map.of("name", "x".repeat(201)))
                .post("/api/v1/workspaces")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void shouldRefuseAPageLargerThanTheMaximum() {
        Session ada = Api.register("ada");
        ada.request()
                .queryParam("limit", 501)
                .get("/api/v1/workspaces")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void shouldRefuseACursorItDidNotHandOut() {
        Session ada = Api.register("ada");
        ada.request()
                .queryParam("cursor", "not-a-cursor")
                .get("/api/v1/workspaces")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void shouldNameAQueryParameterOfTheWrongType() {
        Session ada = Api.register("ada");
        ada.request()
                .queryParam("workspaceId", "nope")
                .get("/api/v1/me/tasks")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("workspaceId"))
                .body("errors[0].message", containsString("UUID"));
        ada.request()
                .queryParam("status", "sleeping")
                .get("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("planned, active, on_hold, completed, cancelled"));
    }

    @Test
    void shouldRefuseAnIdThatIsNotAUuid() {
        Session ada = Api.register("ada");
        ada.request()
                .get("/api/v1/workspaces/not-a-uuid")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }
}
