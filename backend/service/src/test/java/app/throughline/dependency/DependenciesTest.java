package app.throughline.dependency;

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
        ada.request()
                .body(Map.of("predecessorId", a, "successorId", b, "type", "ss", "lagDays", -1.5))
                .post("/api/v1/dependencies")
                .then()
                .statusCode(201)
                .body("type", equalTo("ss"))
                .body("lagDays", equalTo(-1.5f))
                .header("Server-Timing", org.hamcrest.Matchers.startsWith("cycle-check;dur="));
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
        ada.request()
                .body(Map.of("predecessorId", c, "successorId", a, "type", "fs"))
                .post("/api/v1/dependencies")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
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
        ada.request()
                .body(Map.of("predecessorId", a, "successorId", a))
                .post("/api/v1/dependencies")
                .then()
                .statusCode(422);
        Planning.link(ada, a, b);
        ada.request()
                .body(Map.of("predecessorId", a, "successorId", b))
                .post("/api/v1/dependencies")
                .then()
                .statusCode(409);
        ada.request()
                .body(Map.of("predecessorId", a, "successorId", child))
                .post("/api/v1/dependencies")
                .then()
                .statusCode(422);
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
        ada.request()
                .body(Map.of("predecessorId", a, "successorId", bobs))
                .post("/api/v1/dependencies")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldChangeAndRemoveADependencyWithIfMatch() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String id = Planning.link(ada, Planning.task(ada, project, "A", 1), Planning.task(ada, project, "B", 1));
        String etag = ada.request()
                .get("/api/v1/dependencies/{id}", id)
                .then()
                .extract()
                .header("ETag");
        ada.request()
                .header("If-Match", etag)
                .body(Map.of("lagDays", 2))
                .patch("/api/v1/dependencies/{id}", id)
                .then()
                .statusCode(200);
        ada.request()
                .header("If-Match", etag)
                .delete("/api/v1/dependencies/{id}", id)
                .then()
                .statusCode(412);
        ada.request().delete("/api/v1/dependencies/{id}", id).then().statusCode(204);
    }

    @Test
    void shouldSeeEveryChangeToTheGraphInTheCycleCheck() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String a = Planning.task(ada, project, "A", 1);
        String b = Planning.task(ada, project, "B", 1);
        String ab = Planning.link(ada, a, b);
        // the link just made is in the check
        ada.request()
                .body(Map.of("predecessorId", b, "successorId", a))
                .post("/api/v1/dependencies")
                .then()
                .statusCode(409);
        // a removed link is gone from it
        ada.request().delete("/api/v1/dependencies/{id}", ab).then().statusCode(204);
        Planning.link(ada, b, a);
        // links made in bulk are in it, and so is the removal of a task with its links
        var bulk = ada.request()
                .body(Map.of(
                        "tasks",
                        java.util.List.of(
                                Map.of("ref", "x", "title", "X", "durationDays", 1),
                                Map.of("ref", "y", "title", "Y", "durationDays", 1)),
                        "dependencies",
                        java.util.List.of(
                                Map.of("predecessorRef", "x", "successorRef", "y", "type", "fs", "lagDays", 0))))
                .post("/api/v1/projects/{id}/tasks:bulk", project)
                .then()
                .statusCode(201)
                .extract();
        String x = bulk.path("tasks[0].id");
        String y = bulk.path("tasks[1].id");
        ada.request()
                .body(Map.of("predecessorId", y, "successorId", x))
                .post("/api/v1/dependencies")
                .then()
                .statusCode(409);
        String z = Planning.task(ada, project, "Z", 1);
        Planning.link(ada, y, z);
        ada.request().delete("/api/v1/tasks/{id}", y).then().statusCode(204);
        Planning.link(ada, z, x);
    }
}
