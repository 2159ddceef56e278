package app.throughline.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import app.throughline.events.DomainEvent;
import app.throughline.events.EventTypes;
import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import app.throughline.support.RecordedEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The conversation on a task: comments that mention people of the workspace. */
@QuarkusTest
class CommentsTest {

    @Inject
    RecordedEvents recorded;

    @Test
    void shouldStoreTheMentionedPeopleAndAnnounceEachMention() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String task = Planning.task(ada, project, "Write copy", 3);
        String priya = Planning.person(ada, "Priya Sharma", null);
        String tom = Planning.person(ada, "Tom", null);
        Planning.person(ada, "Grace Hopper", null);

        String comment = ada.request()
                .body(Map.of("body", "Draft is in, @Priya Sharma please review; @tom FYI"))
                .post("/api/v1/tasks/{id}/comments", task)
                .then()
                .statusCode(201)
                .body("mentionedPersonIds", contains(priya, tom))
                .extract()
                .path("id");

        ada.request()
                .get("/api/v1/tasks/{id}/comments", task)
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].body", equalTo("Draft is in, @Priya Sharma please review; @tom FYI"))
                .body("[0].mentionedPersonIds", hasSize(2));

        List<DomainEvent> events = recorded.of(EventTypes.COMMENT_MENTION, ada.workspaceId());
        assertThat(events).hasSize(2);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.subjectId()).hasToString(comment);
            assertThat(e.projectId()).hasToString(project);
            assertThat(e.data().get("taskId")).hasToString(task);
            assertThat(e.actorId()).isEqualTo(ada.userId());
        });
        assertThat(events).extracting(e -> e.data().get("personId").toString()).containsExactly(priya, tom);
    }

    @Test
    void shouldKeepACommentWithoutMentionsQuiet() {
        Session ada = Api.register("ada");
        String task = Planning.task(ada, Planning.project(ada), "Write copy", 3);
        Planning.person(ada, "Priya Sharma", null);
        ada.request()
                .body(Map.of("body", "Mail priya@agency.test about it"))
                .post("/api/v1/tasks/{id}/comments", task)
                .then()
                .statusCode(201)
                .body("mentionedPersonIds", empty());
        assertThat(recorded.of(EventTypes.COMMENT_MENTION, ada.workspaceId())).isEmpty();
    }

    @Test
    void shouldNotMentionPeopleOfAnotherWorkspace() {
        Session ada = Api.register("ada");
        Session bob = Api.register("bob");
        Planning.person(bob, "Priya Sharma", null);
        String task = Planning.task(ada, Planning.project(ada), "Write copy", 3);
        ada.request()
                .body(Map.of("body", "@Priya Sharma?"))
                .post("/api/v1/tasks/{id}/comments", task)
                .then()
                .statusCode(201)
                .body("mentionedPersonIds", empty());
    }

    @Test
    void shouldAnswer404ForACommentOnATaskOfAnotherWorkspaceAndStoreNothing() {
        Session ada = Api.register("ada");
        Session bob = Api.register("bob");
        String task = Planning.task(ada, Planning.project(ada), "Write copy", 3);
        bob.request()
                .body(Map.of("body", "sneaky"))
                .post("/api/v1/tasks/{id}/comments", task)
                .then()
                .statusCode(404);
        ada.request().get("/api/v1/tasks/{id}/comments", task).then().body("", empty());
    }

    @Test
    void shouldKeepTheTaskDescriptionAsMarkdownText() {
        Session ada = Api.register("ada");
        String markdown = "## Scope\n\n- hero copy\n- **three** variants";
        String task = Planning.task(
                ada, Planning.project(ada), Map.of("title", "Write copy", "durationDays", 3, "description", markdown));
        ada.request().get("/api/v1/tasks/{id}", task).then().body("description", equalTo(markdown));
    }
}
