package app.throughline.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Procedures: markdown documents of a workspace, rendered and sanitised on the server, shown on tasks by status. */
@QuarkusTest
class ProceduresApiTest {

    static String procedure(Session session, String title, String markdown) {
        return session.request()
                .body(Map.of("title", title, "bodyMarkdown", markdown))
                .post("/api/v1/workspaces/{id}/procedures", session.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void shouldWriteReadEditAndDeleteAProcedure() {
        Session ada = Api.register("ada");
        String id = ada.request()
                .body(Map.of("title", "Client review", "bodyMarkdown", "1. Send the **proof**"))
                .post("/api/v1/workspaces/{id}/procedures", ada.workspaceId())
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", containsString("/api/v1/procedures/"))
                .body("bodyHtml", equalTo("<ol>\n<li>Send the <strong>proof</strong></li>\n</ol>\n"))
                .extract()
                .path("id");

        ada.request()
                .get("/api/v1/workspaces/{id}/procedures", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("items.title", contains("Client review"));

        ada.request()
                .header("If-Match", "\"0\"")
                .body(Map.of("bodyMarkdown", "## Steps\nCall the client"))
                .patch("/api/v1/procedures/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Client review"))
                .body("bodyHtml", equalTo("<h2>Steps</h2>\n<p>Call the client</p>\n"));

        // a stale ETag changes nothing
        ada.request()
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Overwritten"))
                .patch("/api/v1/procedures/{id}", id)
                .then()
                .statusCode(412);
        ada.request().get("/api/v1/procedures/{id}", id).then().statusCode(200).body("title", equalTo("Client review"));

        ada.request().delete("/api/v1/procedures/{id}", id).then().statusCode(204);
        ada.request().get("/api/v1/procedures/{id}", id).then().statusCode(404);
    }

    @Test
    void shouldRefuseABlankTitleAndKeepOtherWorkspacesOut() {
        Session ada = Api.register("ada");
        Session eve = Api.register("eve");
        ada.request()
                .body(Map.of("title", " ", "bodyMarkdown", "x"))
                .post("/api/v1/workspaces/{id}/procedures", ada.workspaceId())
                .then()
                .statusCode(422);
        String id = procedure(ada, "Secret", "only for ada");
        eve.request().get("/api/v1/procedures/{id}", id).then().statusCode(404);
        eve.request()
                .body(Map.of("title", "Mine now"))
                .patch("/api/v1/procedures/{id}", id)
                .then()
                .statusCode(404);
        eve.request().delete("/api/v1/procedures/{id}", id).then().statusCode(404);
        eve.request()
                .get("/api/v1/workspaces/{id}/procedures", ada.workspaceId())
                .then()
                .statusCode(404);
    }

    @Test
    void shouldLetViewersReadButNotWrite() {
        Session ada = Api.register("ada");
        Session viewer = Api.memberOf(ada, "viewer");
        String id = procedure(ada, "Kick-off", "Book the room");
        viewer.request().get("/api/v1/procedures/{id}", id).then().statusCode(200);
        viewer.request()
                .body(Map.of("title", "Nope"))
                .patch("/api/v1/procedures/{id}", id)
                .then()
                .statusCode(403);
        viewer.request()
                .body(Map.of("title", "Nope", "bodyMarkdown", ""))
                .post("/api/v1/workspaces/{id}/procedures", ada.workspaceId())
                .then()
                .statusCode(403);
    }

    @Test
    void shouldServeTheXssCorpusSanitised() throws IOException {
        Session ada = Api.register("ada");
        String markdown = String.join("\n\n", MarkdownHtmlTest.corpus());
        String id = procedure(ada, "Hostile", markdown);
        String html = ada.request()
                .get("/api/v1/procedures/{id}", id)
                .then()
                .statusCode(200)
                .body("bodyMarkdown", equalTo(markdown))
                .extract()
                .path("bodyHtml");
        MarkdownHtmlTest.assertSafe(html);
    }

    @Test
    void shouldShowATaskTheProcedureOfTheStatusItIsIn() {
        Session ada = Api.register("ada");
        String review = procedure(ada, "Client review checklist", "Send the proof");
        String workflow = ada.request()
                .body(Map.of(
                        "name",
                        "With procedures",
                        "statuses",
                        List.of(
                                Map.of("key", "todo", "name", "To do", "category", "todo"),
                                Map.of(
                                        "key",
                                        "client_review",
                                        "name",
                                        "Client review",
                                        "category",
                                        "review",
                                        "procedureId",
                                        review),
                                Map.of("key", "done", "name", "Done", "category", "done"))))
                .post("/api/v1/workspaces/{id}/workflows", ada.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String project = ada.request()
                .body(Map.of("key", Planning.newKey(), "name", "P", "startDate", "2027-01-04", "workflowId", workflow))
                .post("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String task = Planning.task(ada, project, "Homepage design", 2);

        ada.request()
                .get("/api/v1/tasks/{id}/procedures", task)
                .then()
                .statusCode(200)
                .body("status", equalTo("todo"))
                .body("items", empty());

        ada.request()
                .body(Map.of("to", "client_review"))
                .post("/api/v1/tasks/{id}/transitions", task)
                .then()
                .statusCode(200);
        ada.request()
                .get("/api/v1/tasks/{id}/procedures", task)
                .then()
                .statusCode(200)
                .body("status", equalTo("client_review"))
                .body("items.title", contains("Client review checklist"))
                .body("items[0].bodyHtml", equalTo("<p>Send the proof</p>\n"));

        // in use by a status: it cannot go
        String problem = ada.request()
                .delete("/api/v1/procedures/{id}", review)
                .then()
                .statusCode(409)
                .extract()
                .path("detail");
        assertThat(problem).contains("With procedures / Client review");

        Session eve = Api.register("eve");
        eve.request().get("/api/v1/tasks/{id}/procedures", task).then().statusCode(404);
    }

    @Test
    void shouldRefuseAWorkflowStatusNamingAnotherWorkspacesProcedure() {
        Session ada = Api.register("ada");
        Session eve = Api.register("eve");
        String theirs = procedure(eve, "Eve's", "x");
        ada.request()
                .body(Map.of(
                        "name",
                        "Borrowing",
                        "statuses",
                        List.of(
                                Map.of("key", "todo", "name", "To do", "category", "todo", "procedureId", theirs),
                                Map.of("key", "done", "name", "Done", "category", "done"))))
                .post("/api/v1/workspaces/{id}/workflows", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("statuses[0].procedureId"));
    }
}
