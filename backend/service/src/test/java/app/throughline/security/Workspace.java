package app.throughline.security;

import app.throughline.notification.NotificationDispatcher;
import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import io.quarkus.arc.Arc;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A workspace holding one of every kind of object the contract addresses by id, built through the
 * public API so the suites probe real rows rather than invented ids.
 */
record Workspace(
        Session owner,
        UUID project,
        UUID task,
        UUID otherTask,
        UUID dependency,
        UUID milestone,
        UUID person,
        UUID team,
        UUID calendar,
        UUID timeOff,
        UUID assignment,
        UUID token,
        UUID memberUser,
        UUID workflow,
        UUID approval,
        UUID invitation,
        UUID risk,
        UUID decision,
        UUID statusReport,
        UUID shareLink,
        String shareToken,
        UUID job,
        UUID webhook,
        UUID webhookDelivery,

        UUID attachment,
        UUID calendarFeed,
        String calendarFeedToken,
        UUID procedure,
        UUID template) {

    private static final AtomicInteger KEYS = new AtomicInteger();

    UUID workspace() {
        return owner.workspaceId();
    }

    static Workspace build(String who) {
        return populate(Api.register(who));
    }

    /** Adds one more of every kind to the owner's workspace (names are unique, so it can run twice). */
    static Workspace populate(Session owner) {
        int n = KEYS.incrementAndGet();
        UUID ws = owner.workspaceId();
        UUID calendar = created(owner, "/api/v1/workspaces/" + ws + "/calendars", Map.of("name", "Site hours " + n));
        UUID team = created(owner, "/api/v1/workspaces/" + ws + "/teams", Map.of("name", "Builders " + n));
        UUID person = created(owner, "/api/v1/workspaces/" + ws + "/people", Map.of("name", "Sam", "teamId", team));
        UUID project = created(
                owner,
                "/api/v1/workspaces/" + ws + "/projects",
                Map.of("key", "P" + n, "name", "Launch", "startDate", "2027-01-04"));
        UUID task =
                created(owner, "/api/v1/projects/" + project + "/tasks", Map.of("title", "Design", "durationDays", 3));
        UUID otherTask =
                created(owner, "/api/v1/projects/" + project + "/tasks", Map.of("title", "Build", "durationDays", 5));
        UUID dependency =
                created(owner, "/api/v1/dependencies", Map.of("predecessorId", task, "successorId", otherTask));
        UUID milestone = created(
                owner, "/api/v1/projects/" + project + "/milestones", Map.of("name", "Beta", "dueDate", "2027-03-01"));
        UUID timeOff = created(
                owner,
                "/api/v1/people/" + person + "/time-off",
                Map.of("startDate", "2027-02-01", "endDate", "2027-02-05"));
        UUID assignment =
                created(owner, "/api/v1/tasks/" + task + "/assignments", Map.of("personId", person, "units", 1));
        created(owner, "/api/v1/tasks/" + task + "/comments", Map.of("body", "first"));
        UUID token = created(owner, "/api/v1/me/tokens", Map.of("name", "script"));
        UUID memberUser = Api.memberOf(owner, "viewer").userId();
        UUID workflow = created(
                owner,
                "/api/v1/workspaces/" + ws + "/workflows",
                Map.of(
                        "name",
                        "Sign-off " + n,
                        "statuses",
                        java.util.List.of(
                                Map.of("key", "open", "name", "Open", "category", "todo"),
                                Map.of(
                                        "key",
                                        "signoff",
                                        "name",
                                        "Sign-off",
                                        "category",
                                        "review",
                                        "approval",
                                        Map.of("approverRole", "coordinator", "required", 1, "rejectTo", "open")),
                                Map.of("key", "closed", "name", "Closed", "category", "done"))));
        UUID signoffProject = created(
                owner,
                "/api/v1/workspaces/" + ws + "/projects",
                Map.of("key", "S" + n, "name", "Sign-offs", "startDate", "2027-01-04", "workflowId", workflow));
        created(
                owner,
                "/api/v1/projects/" + signoffProject + "/tasks",
                Map.of("title", "Contract", "durationDays", 1, "status", "signoff"));
        UUID approval = UUID.fromString(owner.request()
                .get("/api/v1/projects/" + signoffProject + "/approvals")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id"));
        // left open: an invitation nobody has answered yet
        UUID invitation = UUID.fromString(owner.request()
                .body(Map.of("email", Api.uniqueEmail("invited"), "role", "member"))
                .post("/api/v1/workspaces/" + ws + "/members")
                .then()
                .statusCode(202)
                .extract()
                .path("id"));
        UUID risk = created(
                owner,
                "/api/v1/projects/" + project + "/risks",
                Map.of("title", "Supplier late", "probability", 3, "impact", 4, "taskIds", java.util.List.of(task)));
        UUID decision = created(
                owner,
                "/api/v1/projects/" + project + "/decisions",
                Map.of(
                        "title", "Go",
                        "context", "Ready",
                        "decision", "Launch",
                        "decidedBy", "Sam",
                        "decidedOn", "2027-01-04"));
        UUID statusReport = created(owner, "/api/v1/projects/" + project + "/status-reports", Map.of());
        io.restassured.path.json.JsonPath link = owner.request()
                .body(Map.of())
                .post("/api/v1/projects/" + project + "/share-links")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        // an import job (of a file that is not a plan: the job fails quickly, but it exists)
        UUID job = UUID.fromString(io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + owner.token())
                .multiPart("file", "notes.txt", "not a plan".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/workspaces/" + ws + "/imports")
                .then()
                .statusCode(202)
                .extract()
                .path("jobId"));
        // a webhook to a public address (never called: tests do not run the sender for it) and one queued delivery
        UUID webhook =
                created(owner, "/api/v1/workspaces/" + ws + "/webhooks", Map.of("url", "https://93.184.216.34/hook"));
        created(owner, "/api/v1/projects/" + project + "/tasks", Map.of("title", "Announce", "durationDays", 1));
        Arc.container().instance(NotificationDispatcher.class).get().dispatchAll();
        UUID webhookDelivery = UUID.fromString(owner.request()
                .get("/api/v1/webhooks/" + webhook + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id"));
        UUID attachment = UUID.fromString(io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + owner.token())
                .multiPart(
                        "file",
                        "brief.txt",
                        "The brief".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "text/plain")
                .post("/api/v1/tasks/" + task + "/attachments")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        io.restassured.path.json.JsonPath feed = owner.request()
                .post("/api/v1/projects/" + project + "/calendar-feeds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String feedUrl = feed.getString("url");
        String feedToken = feedUrl.substring(feedUrl.lastIndexOf('/') + 1, feedUrl.length() - ".ics".length());
        UUID procedure = created(
                owner,
                "/api/v1/workspaces/" + ws + "/procedures",
                Map.of("title", "Client review " + n, "bodyMarkdown", "1. Send the draft\n2. Chase on day 2"));
        UUID template = created(
                owner,
                "/api/v1/workspaces/" + ws + "/templates",
                Map.of("name", "Launch " + n, "fromProjectId", project.toString()));
        return new Workspace(
                owner,
                project,
                task,
                otherTask,
                dependency,
                milestone,
                person,
                team,
                calendar,
                timeOff,
                assignment,
                token,
                memberUser,
                workflow,
                approval,
                invitation,
                risk,
                decision,
                statusReport,
                UUID.fromString(link.getString("id")),
                link.getString("token"),
                job,
                webhook,
                webhookDelivery,
                attachment,
                UUID.fromString(feed.getString("id")),
                feedToken,
                procedure,
                template);
    }

    private static UUID created(Session owner, String path, Map<String, ?> body) {
        String id = owner.request()
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return UUID.fromString(id);
    }
}
