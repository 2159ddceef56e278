package app.throughline.planning;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DependenciesTest {

    @Test
    void shouldLinkTasksWithAnyTypeAndLag() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String a = Planning.task(ada, project, "A", 2);
        String b = Planning.task(ada, project, "B", 2);
        ada.request().body(Map.of("predecessorId", a, "successorId", b, "type", "ss", "lagDays", -1.5)).post("/api/v1/dependencies")
                .then().statusCode(201).body("type", equalTo("ss")).body("lagDays", equalTo(-1.5f));
        ada.request().get("/api/v1/projects/{id}/dependencies", project).then().body("items.size()", equalTo(1));
    }

    @Test
    void shouldRefuseADependencyThatClosesACycleNamingItsTasks() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String a = Planning.task(ada, project, "A", 1);
        String b = Planning.task(ada, project, "B", 1);
        String c = Planning.task(ada, project, "C", 1);
        Planning.link(ada, a, b);
        Planning.link(ada, b, c);
        ada.request().body(Map.of("predecessorId", c, "successorId", a, "type", "fs")).post("/api/v1/dependencies")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://throughline.app/problems/dependency-cycle"))
                .body("cycle", contains(a, b, c));
        ada.request().get("/api/v1/projects/{id}/dependencies", project).then().body("items.size()", equalTo(2));
    }

    @Test
    void shouldRefuseSelfLinksDuplicatesAndLinksToOwnSummary() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String a = Planning.task(ada, project, "A", 1);
        String b = Planning.task(ada, project, "B", 1);
        String child = Planning.child(ada, project, a, "A.1", 1);
        ada.request().body(Map.of("predecessorId", a, "successorId", a)).post("/api/v1/dependencies").then().statusCode(422);
        Planning.link(ada, a, b);
        ada.request().body(Map.of("predecessorId", a, "successorId", b)).post("/api/v1/dependencies").then().statusCode(409);
        ada.request().body(Map.of("predecessorId", a, "successorId", child)).post("/api/v1/dependencies").then().statusCode(422);
    }

    @Test
    void shouldLinkAcrossProjectsOfOneWorkspaceButNotAcrossWorkspaces() {
        Session ada = Api.register("ada");
        Session bob = Api.register("bob");
        String web = Planning.project(ada);
        String app = Planning.project(ada);
        String a = Planning.task(ada, web, "A", 1);
        String b = Planning.task(ada, app, "B", 1);
        Planning.link(ada, a, b);
        String bobs = Planning.task(bob, Planning.project(bob), "Bob's", 1);
        ada.request().body(Map.of("predecessorId", a, "successorId", bobs)).post("/api/v1/dependencies").then().statusCode(404);
    }

    @Test
    void shouldChangeAndRemoveADependencyWithIfMatch() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String id = Planning.link(ada, Planning.task(ada, project, "A", 1), Planning.task(ada, project, "B", 1));
        String etag = ada.request().get("/api/v1/dependencies/{id}", id).then().extract().header("ETag");
        ada.request().header("If-Match", etag).body(Map.of("lagDays", 2)).patch("/api/v1/dependencies/{id}", id).then().statusCode(200);
        ada.request().header("If-Match", etag).delete("/api/v1/dependencies/{id}", id).then().statusCode(412);
        ada.request().delete("/api/v1/dependencies/{id}", id).then().statusCode(204);
    }
}
