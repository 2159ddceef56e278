package app.throughline.decision;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DecisionsTest {

    private static Map<String, Object> decision(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("context", "Translations are two weeks late");
        body.put("decision", "Launch in English first");
        body.put("decidedBy", "Dana (client)");
        body.put("decidedOn", "2026-11-27");
        return body;
    }

    private static io.restassured.response.Response record(Session s, String project, Map<String, Object> body) {
        return s.request().body(body).post("/api/v1/projects/{id}/decisions", project);
    }

    @Test
    void shouldLinkASupersedingDecisionBothWaysAndRefuseSupersedingTwice() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String task = Planning.task(ada, project, "Translate", 5);
        Map<String, Object> first = decision("English only");
        first.put("taskIds", List.of(task));
        first.put("optionsConsidered", "Slip two weeks; machine translation");
        String older = record(ada, project, first)
                .then()
                .statusCode(201)
                .body("supersededById", nullValue())
                .body("taskIds", contains(task))
                .extract()
                .path("id");
        Map<String, Object> second = decision("English and German");
        second.put("supersedesId", older);
        second.put("decidedOn", "2026-11-29");
        String newer = record(ada, project, second)
                .then()
                .statusCode(201)
                .body("supersedesId", equalTo(older))
                .extract()
                .path("id");
        ada.request()
                .get("/api/v1/decisions/{id}", older)
                .then()
                .statusCode(200)
                .body("supersededById", equalTo(newer))
                .body("decision", equalTo("Launch in English first"));

        Map<String, Object> third = decision("Again");
        third.put("supersedesId", older);
        record(ada, project, third).then().statusCode(409);
        ada.request().get("/api/v1/projects/{id}/decisions", project).then().body("items.id", contains(newer, older));
    }

    @Test
    void shouldNeverChangeOrDeleteADecision() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String id = record(ada, project, decision("Fixed")).then().extract().path("id");
        ada.request()
                .body(Map.of("title", "Changed"))
                .patch("/api/v1/decisions/{id}", id)
                .then()
                .statusCode(405)
                .contentType(containsString("application/problem+json"));
        ada.request().delete("/api/v1/decisions/{id}", id).then().statusCode(405);
        ada.request().get("/api/v1/decisions/{id}", id).then().body("title", equalTo("Fixed"));
    }

    @Test
    void shouldRefuseLinksOutsideTheProjectAndSaveNothing() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String other = Planning.project(ada);
        String foreignDecision =
                record(ada, other, decision("Elsewhere")).then().extract().path("id");
        Map<String, Object> supersedesOther = decision("Bad");
        supersedesOther.put("supersedesId", foreignDecision);
        record(ada, project, supersedesOther).then().statusCode(422).body("errors[0].field", equalTo("supersedesId"));
        Map<String, Object> badTask = decision("Bad task");
        badTask.put("taskIds", List.of(Planning.task(ada, other, "Other", 1)));
        record(ada, project, badTask).then().statusCode(422);
        record(ada, project, Map.of("title", "No context")).then().statusCode(422);
        ada.request().get("/api/v1/projects/{id}/decisions", project).then().body("items.size()", equalTo(0));
        ada.request().get("/api/v1/decisions/{id}", foreignDecision).then().body("supersededById", nullValue());
        Session eve = Api.register("eve");
        eve.request().get("/api/v1/decisions/{id}", foreignDecision).then().statusCode(404);
        Session viewer = Api.memberOf(ada, "viewer");
        record(viewer, project, decision("Viewer's")).then().statusCode(403);
    }
}
