package app.throughline.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stakeholder share links: what the shared page shows and leaves out, revocation, expiry and feedback. */
@QuarkusTest
class ShareLinksTest {

    record Shared(String project, String report, String draft, String linkId, String token) {}

    static Shared sharedProject(Session ada) {
        String project = StatusReportsTest.project(ada);
        String person = Planning.person(ada, "Priya Owner", null);
        String worker = Planning.person(ada, "Walter Worker", null);
        Map<String, Object> body = new HashMap<>(StatusReportsTest.task("Secret internal task", "done"));
        body.put("actualStart", "2026-11-24");
        body.put("actualFinish", "2026-11-25");
        String task = Planning.task(ada, project, body);
        ada.request()
                .body(Map.of("personId", worker, "units", 1))
                .post("/api/v1/tasks/{id}/assignments", task)
                .then()
                .statusCode(201);
        ada.request()
                .body(Map.of(
                        "name",
                        "Beta",
                        "dueDate",
                        "2026-12-18",
                        "ownerId",
                        person,
                        "gatingTaskIds",
                        java.util.List.of(task)))
                .post("/api/v1/projects/{id}/milestones", project)
                .then()
                .statusCode(201);
        String report = StatusReportsTest.publish(
                ada, project, "2026-11-24", "2026-11-30", Map.of("narrative", Map.of("summary", "Beta is on track")));
        String draft = ada.request()
                .body(Map.of())
                .post("/api/v1/projects/{id}/status-reports", project)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        io.restassured.response.ExtractableResponse<io.restassured.response.Response> link = ada.request()
                .body(Map.of())
                .post("/api/v1/projects/{id}/share-links", project)
                .then()
                .statusCode(201)
                .body("url", containsString("/shared/"))
                .extract();
        return new Shared(project, report, draft, link.path("id"), link.path("token"));
    }

    @Test
    void shouldShowPublishedReportsAndMilestonesWithoutAnAccountAndNothingPrivate() {
        Session ada = Api.register("ada");
        Shared s = sharedProject(ada);
        String body = given().get("/api/v1/shared/{token}", s.token())
                .then()
                .statusCode(200)
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .body("project.name", equalTo("Relaunch"))
                .body("milestones.name", contains("Beta"))
                .body("milestones[0].ownerName", equalTo("Priya Owner"))
                .body("reports.id", contains(s.report()))
                .body("reports[0].narrative.summary", equalTo("Beta is on track"))
                .body("reports[0].rag.overall", not(nullValue()))
                .body("reports[0].milestones.name", contains("Beta"))
                .body("reports[0]", not(hasKey("facts")))
                .body("reports[0]", not(hasKey("completed")))
                .body("milestones[0]", not(hasKey("gatingTaskIds")))
                .extract()
                .asString();
        org.assertj.core.api.Assertions.assertThat(body)
                .doesNotContain("Secret internal task")
                .doesNotContain("Walter Worker")
                .doesNotContain(s.draft())
                .doesNotContain(ada.email());
    }

    @Test
    void shouldStopAtOnceWhenRevokedAndAnswerLikeAnUnknownToken() {
        Session ada = Api.register("ada");
        Shared s = sharedProject(ada);
        given().get("/api/v1/shared/{token}", s.token()).then().statusCode(200);
        ada.request().delete("/api/v1/share-links/{id}", s.linkId()).then().statusCode(204);
        String revoked = given().get("/api/v1/shared/{token}", s.token())
                .then()
                .statusCode(404)
                .extract()
                .path("detail");
        String unknown = given().get("/api/v1/shared/{token}", "x".repeat(43))
                .then()
                .statusCode(404)
                .extract()
                .path("detail");
        org.assertj.core.api.Assertions.assertThat(revoked).isEqualTo(unknown);
        given().contentType(ContentType.JSON)
                .body(Map.of("reportId", s.report(), "rating", 5))
                .post("/api/v1/shared/{token}/feedback", s.token())
                .then()
                .statusCode(404);
        Session stranger = Api.register("eve");
        stranger.request().delete("/api/v1/share-links/{id}", s.linkId()).then().statusCode(404);
    }

    @Test
    void shouldListTheProjectsLinksWithStateAndLastUseAndNoSecret() {
        Session ada = Api.register("ada");
        Shared s = sharedProject(ada);
        String unused = ada.request()
                .body(Map.of("expiresAt", Instant.now().plus(7, ChronoUnit.DAYS).toString()))
                .post("/api/v1/projects/{id}/share-links", s.project())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String revoked = ada.request()
                .body(Map.of())
                .post("/api/v1/projects/{id}/share-links", s.project())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ada.request().delete("/api/v1/share-links/{id}", revoked).then().statusCode(204);
        ada.request()
                .get("/api/v1/projects/{id}/share-links", s.project())
                .then()
                .statusCode(200)
                .body("items[0].lastUsedAt", nullValue())
                .body("items.lastUsedAt", contains(nullValue(), nullValue(), nullValue()));
        // a stakeholder opens the first link's page
        given().get("/api/v1/shared/{token}", s.token()).then().statusCode(200);

        String listed = ada.request()
                .get("/api/v1/projects/{id}/share-links", s.project())
                .then()
                .statusCode(200)
                // newest first
                .body("items.id", contains(revoked, unused, s.linkId()))
                .body("items.state", contains("revoked", "active", "active"))
                .body("items[0].revokedAt", not(nullValue()))
                .body("items[1].expiresAt", not(nullValue()))
                .body("items[1].lastUsedAt", nullValue())
                .body("items[2].lastUsedAt", not(nullValue()))
                .body("items[2].createdByName", not(nullValue()))
                .body("items[0]", not(hasKey("token")))
                .body("items[0]", not(hasKey("url")))
                .extract()
                .asString();
        org.assertj.core.api.Assertions.assertThat(listed).doesNotContain(s.token());
        Session viewer = Api.memberOf(ada, "viewer");
        viewer.request()
                .get("/api/v1/projects/{id}/share-links", s.project())
                .then()
                .statusCode(403);
        Session stranger = Api.register("eve");
        stranger.request()
                .get("/api/v1/projects/{id}/share-links", s.project())
                .then()
                .statusCode(404);
    }

    @Test
    void shouldStopAfterExpiry() throws Exception {
        Session ada = Api.register("ada");
        String project = StatusReportsTest.project(ada);
        String token = ada.request()
                .body(Map.of(
                        "expiresAt", Instant.now().plus(2, ChronoUnit.SECONDS).toString()))
                .post("/api/v1/projects/{id}/share-links", project)
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        given().get("/api/v1/shared/{token}", token).then().statusCode(200);
        Thread.sleep(2500);
        given().get("/api/v1/shared/{token}", token).then().statusCode(404);
        ada.request()
                .body(Map.of("expiresAt", "2020-01-01T00:00:00Z"))
                .post("/api/v1/projects/{id}/share-links", project)
                .then()
                .statusCode(422);
    }

    @Test
    void shouldTakeARatingOfAPublishedReportOnly() {
        Session ada = Api.register("ada");
        Shared s = sharedProject(ada);
        given().contentType(ContentType.JSON)
                .body(Map.of("reportId", s.report(), "rating", 4, "comment", "Clear"))
                .post("/api/v1/shared/{token}/feedback", s.token())
                .then()
                .statusCode(201)
                .body("rating", equalTo(4));
        for (int rating : new int[] {0, 6}) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("reportId", s.report(), "rating", rating))
                    .post("/api/v1/shared/{token}/feedback", s.token())
                    .then()
                    .statusCode(422);
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("reportId", s.draft(), "rating", 3))
                .post("/api/v1/shared/{token}/feedback", s.token())
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("reportId"));
    }
}
