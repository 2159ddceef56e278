package app.throughline.project;

import static org.hamcrest.Matchers.equalTo;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A fixed status date lies between the project start and its finish + 10 years. */
@QuarkusTest
class StatusDateRangeTest {

    private static Map<String, Object> project(String statusDate) {
        return Map.of(
                "key", Planning.newKey(),
                "name", "Launch",
                "startDate", "2026-12-01",
                "targetFinishDate", "2027-03-31",
                "statusDate", statusDate);
    }

    @Test
    void shouldRefuseAStatusDateBeforeTheStartOrTooFarPastTheFinish() {
        Session ada = Api.register("ada");
        ada.request()
                .body(project("2026-11-30"))
                .post("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("statusDate"));
        ada.request()
                .body(project("2037-04-01")) // target finish 2027-03-31 + 10 years + 1 day
                .post("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("statusDate"));
        ada.request()
                .get("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .body("items.size()", equalTo(0));
        ada.request()
                .body(project("2037-03-31"))
                .post("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(201)
                .body("statusDate", equalTo("2037-03-31"));
    }

    @Test
    void shouldRefuseAPatchThatPutsTheStatusDateBeforeTheStartAndChangeNothing() {
        Session ada = Api.register("ada");
        String id = ada.request()
                .body(project("2026-12-10"))
                .post("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String etag =
                ada.request().get("/api/v1/projects/{id}", id).then().extract().header("ETag");
        ada.request()
                .header("If-Match", etag)
                .body(Map.of("statusDate", "2026-11-01"))
                .patch("/api/v1/projects/{id}", id)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("statusDate"));
        ada.request()
                .header("If-Match", etag)
                .body(Map.of("startDate", "2026-12-14")) // after the status date
                .patch("/api/v1/projects/{id}", id)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("statusDate"));
        ada.request()
                .get("/api/v1/projects/{id}", id)
                .then()
                .body("statusDate", equalTo("2026-12-10"))
                .body("startDate", equalTo("2026-12-01"))
                .header("ETag", equalTo(etag));
        ada.request()
                .header("If-Match", etag)
                .body(Map.of("statusDate", "2026-12-01"))
                .patch("/api/v1/projects/{id}", id)
                .then()
                .statusCode(200)
                .body("statusDate", equalTo("2026-12-01"));
    }
}
