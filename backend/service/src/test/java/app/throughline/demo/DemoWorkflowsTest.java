package app.throughline.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import app.throughline.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo's brand project runs on the agency's content flow, with history and client approvals waiting. */
@QuarkusTest
class DemoWorkflowsTest {

    @Test
    void theBrandProjectRunsOnTheContentFlowWithApprovalsWaitingForTheCoordinator() {
        String token = Api.login(DemoSeeder.EMAIL, DemoSeeder.PASSWORD);
        JsonPath me = RestAssured.given()
                .header("Authorization", "Bearer " + token)
                .get("/api/v1/me")
                .jsonPath();
        String workspace = me.getString("memberships[0].workspaceId");
        JsonPath workflows = RestAssured.given()
                .header("Authorization", "Bearer " + token)
                .get("/api/v1/workspaces/{id}/workflows", workspace)
                .then()
                .statusCode(200)
                .body("items.name", hasItem(DemoWorkflows.NAME))
                .extract()
                .jsonPath();
        String content = workflows.getString("items.find { it.name == '" + DemoWorkflows.NAME + "' }.id");
        String project = RestAssured.given()
                .header("Authorization", "Bearer " + token)
                .queryParam("q", "Tailspin brand")
                .get("/api/v1/workspaces/{id}/projects", workspace)
                .then()
                .extract()
                .path("items[0].id");
        RestAssured.given()
                .header("Authorization", "Bearer " + token)
                .get("/api/v1/projects/{id}", project)
                .then()
                .body("workflowId", equalTo(content));
        List<String> statuses = RestAssured.given()
                .header("Authorization", "Bearer " + token)
                .queryParam("limit", 500)
                .get("/api/v1/projects/{id}/tasks", project)
                .then()
                .extract()
                .path("items.status");
        assertThat(Set.copyOf(statuses))
                .isSubsetOf(Set.of(
                        "brief",
                        "draft",
                        "internal_review",
                        "client_review",
                        "revision",
                        "on_hold",
                        "publish",
                        "cancelled"))
                .contains("publish", "draft");
        RestAssured.given()
                .header("Authorization", "Bearer " + token)
                .get("/api/v1/me/approvals")
                .then()
                .statusCode(200)
                .body("items", not(empty()))
                .body("items[0].statusKey", equalTo("client_review"))
                .body("items[0].canDecide", equalTo(true));
        // the flow screen has a past: work entered Draft and was published before today
        RestAssured.given()
                .header("Authorization", "Bearer " + token)
                .get("/api/v1/projects/{id}/flow", project)
                .then()
                .statusCode(200)
                .body("timeInStatus.status", hasItem("draft"));
    }
}
