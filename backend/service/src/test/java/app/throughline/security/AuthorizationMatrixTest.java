package app.throughline.security;

import static app.throughline.security.AuthorizationMatrixTest.Access.ADMIN;
import static app.throughline.security.AuthorizationMatrixTest.Access.COORDINATOR;
import static app.throughline.security.AuthorizationMatrixTest.Access.MEMBER;
import static app.throughline.security.AuthorizationMatrixTest.Access.OWN;
import static app.throughline.security.AuthorizationMatrixTest.Access.PUBLIC;
import static app.throughline.security.AuthorizationMatrixTest.Access.SIGNED_IN;
import static app.throughline.security.AuthorizationMatrixTest.Access.VIEWER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Who may call what, written down once per contract operation and checked against the running
 * service: a foreign workspace's ids are invisible (404), a role below the minimum is refused (403),
 * no credentials is 401. An operation added to openapi.yaml without a row here fails the build, so
 * every new endpoint gets an explicit authorisation decision.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** Weakest first. OWN: any signed-in user, but the ids are the caller's own (another user's are 404). */
    enum Access {
        PUBLIC,
        SIGNED_IN,
        OWN,
        VIEWER,
        MEMBER,
        COORDINATOR,
        ADMIN
    }

    /**
     * One row of the matrix. {@code tenantScoped}: the ids in the path, query or body belong to a
     * workspace, so a foreign workspace's ids must answer 404. The body is the smallest valid one,
     * built from the workspace under test, so that bean validation (422) cannot decide first.
     */
    record Rule(
            Access minimum, boolean tenantScoped, Function<Workspace, Object> body, Function<Workspace, String> query) {
        static Rule of(Access minimum, boolean tenantScoped) {
            return new Rule(minimum, tenantScoped, null, null);
        }

        static Rule of(Access minimum, boolean tenantScoped, Function<Workspace, Object> body) {
            return new Rule(minimum, tenantScoped, body, null);
        }
    }

    /** A multipart body with one file part named {@code file}, for upload endpoints. */
    record Upload(String fileName, byte[] content) {}
    /** A multipart body with one file part named {@code file}. */
    record FilePart(String fileName, String contentType, String content) {}

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    private static final Map<String, Rule> MATRIX = new TreeMap<>(Map.ofEntries(
            Map.entry(
                    "POST /api/v1/auth/login",
                    Rule.of(
                            PUBLIC,
                            false,
                            w -> Map.of(
                                    "email",
                                    w.owner().email(),
                                    "password",
                                    w.owner().password()))),
            Map.entry(
                    "POST /api/v1/auth/register",
                    Rule.of(
                            PUBLIC,
                            false,
                            w -> Map.of(
                                    "name",
                                    "New",
                                    "email",
                                    Api.uniqueEmail("matrix"),
                                    "password",
                                    "long-enough-password",
                                    "workspaceName",
                                    "Matrix"))),
            Map.entry("GET /api/v1/me", Rule.of(SIGNED_IN, false)),
            // workspaceId only filters the caller's own assignments: a foreign workspace filters to an
            // empty page (200), which reveals nothing, so the ids are not tenant-scoped here
            Map.entry("GET /api/v1/me/tasks", new Rule(SIGNED_IN, false, null, w -> "workspaceId=" + w.workspace())),
            Map.entry("GET /api/v1/me/tokens", Rule.of(SIGNED_IN, false)),
            Map.entry("POST /api/v1/me/tokens", Rule.of(SIGNED_IN, false, w -> Map.of("name", "matrix"))),
            Map.entry("GET /api/v1/me/tokens/{id}", Rule.of(OWN, true)),
            Map.entry("DELETE /api/v1/me/tokens/{id}", Rule.of(OWN, true)),
            Map.entry("GET /api/v1/workspaces", Rule.of(SIGNED_IN, false)),
            Map.entry("POST /api/v1/workspaces", Rule.of(SIGNED_IN, false, w -> Map.of("name", "Another"))),
            Map.entry("GET /api/v1/workspaces/{id}", Rule.of(VIEWER, true)),
            Map.entry("PATCH /api/v1/workspaces/{id}", Rule.of(ADMIN, true, w -> Map.of("name", "Renamed"))),
            Map.entry("GET /api/v1/workspaces/{id}/members", Rule.of(VIEWER, true)),
            Map.entry(
                    "POST /api/v1/workspaces/{id}/members",
                    Rule.of(
                            ADMIN,
                            true,
                            w -> Map.of(
                                    "email",
                                    Api.uniqueEmail("added"),
                                    "role",
                                    "viewer",
                                    "name",
                                    "Added",
                                    "initialPassword",
                                    "long-enough-password"))),
            Map.entry("GET /api/v1/workspaces/{id}/members/{userId}", Rule.of(VIEWER, true)),
            Map.entry("GET /api/v1/workspaces/{id}/invitations", Rule.of(ADMIN, true)),
            Map.entry("GET /api/v1/me/invitations", Rule.of(SIGNED_IN, false)),
            // only the invited person may answer: anyone else's invitation is 404, the admin's included
            Map.entry("POST /api/v1/invitations/{id}/accept", Rule.of(OWN, true)),
            Map.entry("POST /api/v1/invitations/{id}/decline", Rule.of(OWN, true)),
            Map.entry("DELETE /api/v1/invitations/{id}", Rule.of(ADMIN, true)),
            Map.entry(
                    "PATCH /api/v1/workspaces/{id}/members/{userId}",
                    Rule.of(ADMIN, true, w -> Map.of("role", "viewer"))),
            Map.entry("DELETE /api/v1/workspaces/{id}/members/{userId}", Rule.of(ADMIN, true)),
            Map.entry("GET /api/v1/workspaces/{id}/calendars", Rule.of(VIEWER, true)),
            Map.entry(
                    "POST /api/v1/workspaces/{id}/calendars", Rule.of(ADMIN, true, w -> Map.of("name", "Night shift"))),
            Map.entry("GET /api/v1/calendars/{id}", Rule.of(VIEWER, true)),
            Map.entry("PATCH /api/v1/calendars/{id}", Rule.of(ADMIN, true, w -> Map.of("name", "Renamed"))),
            Map.entry("DELETE /api/v1/calendars/{id}", Rule.of(ADMIN, true)),
            Map.entry("GET /api/v1/workspaces/{id}/people", Rule.of(VIEWER, true)),
            Map.entry("POST /api/v1/workspaces/{id}/people", Rule.of(ADMIN, true, w -> Map.of("name", "Kim"))),
            Map.entry("GET /api/v1/people/{id}", Rule.of(VIEWER, true)),
            Map.entry("PATCH /api/v1/people/{id}", Rule.of(ADMIN, true, w -> Map.of("name", "Renamed"))),
            Map.entry("DELETE /api/v1/people/{id}", Rule.of(ADMIN, true)),
            Map.entry("GET /api/v1/people/{id}/time-off", Rule.of(VIEWER, true)),
            Map.entry(
                    "POST /api/v1/people/{id}/time-off",
                    Rule.of(ADMIN, true, w -> Map.of("startDate", "2027-03-01", "endDate", "2027-03-02"))),
            Map.entry("GET /api/v1/time-off/{id}", Rule.of(VIEWER, true)),
            Map.entry("DELETE /api/v1/time-off/{id}", Rule.of(ADMIN, true)),
            Map.entry("GET /api/v1/workspaces/{id}/teams", Rule.of(VIEWER, true)),
            Map.entry("POST /api/v1/workspaces/{id}/teams", Rule.of(ADMIN, true, w -> Map.of("name", "Testers"))),
            Map.entry("GET /api/v1/teams/{id}", Rule.of(VIEWER, true)),
            Map.entry("PATCH /api/v1/teams/{id}", Rule.of(ADMIN, true, w -> Map.of("name", "Renamed"))),
            Map.entry("DELETE /api/v1/teams/{id}", Rule.of(ADMIN, true)),
            Map.entry(
                    "GET /api/v1/workspaces/{id}/workload",
                    new Rule(VIEWER, true, null, w -> "from=2027-01-01&to=2027-03-31")),
            // without apply, levelling is a read-only proposal (viewer); apply makes it a coordinator's write
            Map.entry(
                    "POST /api/v1/workspaces/{id}/leveling",
                    Rule.of(COORDINATOR, true, w -> Map.of("mode", "within_float", "apply", true))),
            Map.entry("GET /api/v1/workspaces/{workspaceId}/portfolio", Rule.of(VIEWER, true)),
            Map.entry("GET /api/v1/workspaces/{workspaceId}/projects", Rule.of(VIEWER, true)),
            Map.entry(
                    "POST /api/v1/workspaces/{workspaceId}/projects",
                    Rule.of(
                            COORDINATOR,
                            true,
                            w -> Map.of(
                                    "key",
                                    "M" + UNIQUE.incrementAndGet(),
                                    "name",
                                    "Matrix",
                                    "startDate",
                                    "2027-01-04"))),
            Map.entry("GET /api/v1/projects/{id}", Rule.of(VIEWER, true)),
            Map.entry("PATCH /api/v1/projects/{id}", Rule.of(COORDINATOR, true, w -> Map.of("name", "Renamed"))),
            Map.entry("DELETE /api/v1/projects/{id}", Rule.of(COORDINATOR, true)),
            Map.entry("GET /api/v1/projects/{id}/activity", Rule.of(VIEWER, true)),
            Map.entry("GET /api/v1/projects/{id}/baselines", Rule.of(VIEWER, true)),
            Map.entry(
                    "POST /api/v1/projects/{id}/baselines",
                    Rule.of(COORDINATOR, true, w -> Map.of("name", "Plan of record"))),
            Map.entry(
                    "POST /api/v1/projects/{id}/leveling",
                    Rule.of(COORDINATOR, true, w -> Map.of("mode", "within_float", "apply", true))),
            Map.entry("DELETE /api/v1/projects/{id}/leveling", Rule.of(COORDINATOR, true)),
            Map.entry("GET /api/v1/projects/{id}/schedule", Rule.of(VIEWER, true)),
            // a what-if on a copy saves nothing, so reading the project is enough
            Map.entry(
                    "POST /api/v1/projects/{id}/schedule/preview",
                    Rule.of(
                            VIEWER,
                            true,
                            w -> Map.of("changes", List.of(Map.of("taskId", w.task(), "durationDays", 2))))),
            Map.entry("GET /api/v1/projects/{projectId}/dependencies", Rule.of(VIEWER, true)),
            Map.entry("GET /api/v1/projects/{projectId}/milestones", Rule.of(VIEWER, true)),
            Map.entry(
                    "POST /api/v1/projects/{projectId}/milestones",
                    Rule.of(COORDINATOR, true, w -> Map.of("name", "GA", "dueDate", "2027-04-01"))),
            Map.entry("GET /api/v1/projects/{projectId}/tasks", Rule.of(VIEWER, true)),
            Map.entry(
                    "POST /api/v1/projects/{projectId}/tasks",
                    Rule.of(COORDINATOR, true, w -> Map.of("title", "Test", "durationDays", 1))),
            Map.entry(
                    "POST /api/v1/projects/{projectId}/tasks:bulk",
                    Rule.of(
                            COORDINATOR,
                            true,
                            w -> Map.of("tasks", List.of(Map.of("ref", "a", "title", "Imported", "durationDays", 1))))),
            Map.entry("GET /api/v1/tasks/{id}", Rule.of(VIEWER, true)),
            // members may report progress on a task; every other field needs a coordinator
            Map.entry("PATCH /api/v1/tasks/{id}", Rule.of(MEMBER, true, w -> Map.of("percentComplete", 10))),
            Map.entry("DELETE /api/v1/tasks/{id}", Rule.of(COORDINATOR, true)),
            Map.entry("GET /api/v1/tasks/{id}/activity", Rule.of(VIEWER, true)),
            Map.entry("GET /api/v1/tasks/{id}/assignments", Rule.of(VIEWER, true)),
            Map.entry(
                    "POST /api/v1/tasks/{id}/assignments",
                    Rule.of(COORDINATOR, true, w -> Map.of("personId", w.person(), "units", 0.5))),
            Map.entry("GET /api/v1/tasks/{id}/comments", Rule.of(VIEWER, true)),
            Map.entry("POST /api/v1/tasks/{id}/comments", Rule.of(MEMBER, true, w -> Map.of("body", "Looks good"))),
            Map.entry("GET /api/v1/tasks/{id}/schedule/explain", Rule.of(VIEWER, true)),
            Map.entry("GET /api/v1/assignments/{id}", Rule.of(VIEWER, true)),
            Map.entry("PATCH /api/v1/assignments/{id}", Rule.of(COORDINATOR, true, w -> Map.of("units", 0.5))),
            Map.entry("DELETE /api/v1/assignments/{id}", Rule.of(COORDINATOR, true)),
            // both ends are in the body: foreign task ids must not be revealed either
            Map.entry(
                    "POST /api/v1/dependencies",
                    Rule.of(
                            COORDINATOR,
                            true,
                            w -> Map.of("predecessorId", w.task(), "successorId", w.otherTask(), "type", "ss"))),
            Map.entry("GET /api/v1/dependencies/{id}", Rule.of(VIEWER, true)),
            Map.entry("PATCH /api/v1/dependencies/{id}", Rule.of(COORDINATOR, true, w -> Map.of("lagDays", 1))),
            Map.entry("DELETE /api/v1/dependencies/{id}", Rule.of(COORDINATOR, true)),
            Map.entry("GET /api/v1/milestones/{id}", Rule.of(VIEWER, true)),
            Map.entry("PATCH /api/v1/milestones/{id}", Rule.of(COORDINATOR, true, w -> Map.of("name", "Renamed"))),
            Map.entry("DELETE /api/v1/milestones/{id}", Rule.of(COORDINATOR, true)),
            Map.entry("GET /api/v1/workspaces/{id}/workflows", Rule.of(VIEWER, true)),
            Map.entry(
                    "POST /api/v1/workspaces/{id}/workflows",
                    Rule.of(
                            COORDINATOR,
                            true,
                            w -> Map.of(
                                    "name",
                                    "Flow " + UNIQUE.incrementAndGet(),
                                    "statuses",
                                    List.of(
                                            Map.of("key", "open", "name", "Open", "category", "todo"),
                                            Map.of("key", "shut", "name", "Shut", "category", "done"))))),
            Map.entry("GET /api/v1/workflows/{id}", Rule.of(VIEWER, true)),
            Map.entry("PATCH /api/v1/workflows/{id}", Rule.of(COORDINATOR, true, w -> Map.of("name", "Renamed"))),
            Map.entry("DELETE /api/v1/workflows/{id}", Rule.of(COORDINATOR, true)),
            // members move tasks along (status is progress); the workflow's rules decide where
            Map.entry("POST /api/v1/tasks/{id}/transitions", Rule.of(MEMBER, true, w -> Map.of("to", "in_progress"))),
            Map.entry("GET /api/v1/tasks/{id}/transitions", Rule.of(VIEWER, true)),
            // the caller's own rounds across their workspaces: nothing addressed by id
            Map.entry("GET /api/v1/me/approvals", Rule.of(SIGNED_IN, false)),
            Map.entry("GET /api/v1/projects/{id}/approvals", Rule.of(VIEWER, true)),
            Map.entry("GET /api/v1/approvals/{id}", Rule.of(VIEWER, true)),
            // the matrix's sign-off step names the role coordinator as approver
            Map.entry(
                    "POST /api/v1/approvals/{id}/decision",
                    Rule.of(COORDINATOR, true, w -> Map.of("decision", "approve"))),
            // risks: viewers read, members may report issues, coordinators own the register
            Map.entry("GET /api/v1/projects/{projectId}/risks", Rule.of(VIEWER, true)),
            Map.entry(
                    "POST /api/v1/projects/{projectId}/risks",
                    Rule.of(
                            MEMBER,
                            true,
                            w -> Map.of("kind", "issue", "title", "Server down", "probability", 5, "impact", 3))),
            Map.entry("GET /api/v1/projects/{projectId}/risk-summary", Rule.of(VIEWER, true)),
            Map.entry("GET /api/v1/risks/{id}", Rule.of(VIEWER, true)),
            Map.entry("PATCH /api/v1/risks/{id}", Rule.of(COORDINATOR, true, w -> Map.of("probability", 2))),
            Map.entry("DELETE /api/v1/risks/{id}", Rule.of(COORDINATOR, true)),
            // the what-if saves nothing, so reading the risk is enough
            Map.entry("GET /api/v1/risks/{id}/impact", Rule.of(VIEWER, true)),
            Map.entry(
                    "POST /api/v1/risks/{id}/escalations",
                    Rule.of(COORDINATOR, true, w -> Map.of("direction", "up", "reason", "Needs the lead"))),
            Map.entry("GET /api/v1/workspaces/{id}/escalation-policy", Rule.of(VIEWER, true)),
            // the policy is a workspace setting, like calendars and people
            Map.entry(
                    "PUT /api/v1/workspaces/{id}/escalation-policy",
                    Rule.of(ADMIN, true, w -> Map.of("levels", List.of(), "rules", Map.of()))),
            Map.entry("GET /api/v1/workspaces/{id}/escalations", Rule.of(VIEWER, true)),
            // the decision log is the coordinators' record; everyone in the workspace reads it
            Map.entry("GET /api/v1/projects/{projectId}/decisions", Rule.of(VIEWER, true)),
            Map.entry(
                    "POST /api/v1/projects/{projectId}/decisions",
                    Rule.of(
                            COORDINATOR,
                            true,
                            w -> Map.of(
                                    "title",
                                    "Go",
                                    "context",
                                    "Ready",
                                    "decision",
                                    "Launch",
                                    "decidedBy",
                                    "Sam",
                                    "decidedOn",
                                    "2027-01-04"))),
            Map.entry("GET /api/v1/decisions/{id}", Rule.of(VIEWER, true)),
            Map.entry("GET /api/v1/tasks/{id}/attachments", Rule.of(VIEWER, true)),
            Map.entry(
                    "POST /api/v1/tasks/{id}/attachments",
                    Rule.of(MEMBER, true, w -> new FilePart("notes.txt", "text/plain", "Notes"))),
            Map.entry("GET /api/v1/attachments/{id}", Rule.of(VIEWER, true)),
            Map.entry("GET /api/v1/attachments/{id}/content", Rule.of(VIEWER, true)),
            // the person who uploaded it may remove it; otherwise a coordinator
            Map.entry("DELETE /api/v1/attachments/{id}", Rule.of(MEMBER, true)),
            Map.entry("GET /api/v1/workspaces/{id}/search", new Rule(VIEWER, true, null, w -> "q=launch")),
            Map.entry("GET /api/v1/projects/{id}/flow", Rule.of(VIEWER, true)),
            Map.entry("GET /api/v1/workspaces/{id}/flow", Rule.of(VIEWER, true)),
            // status reports: coordinators draft, write and publish; everyone in the workspace reads them
            Map.entry("GET /api/v1/projects/{projectId}/status-reports", Rule.of(VIEWER, true)),
            Map.entry("POST /api/v1/projects/{projectId}/status-reports", Rule.of(COORDINATOR, true, w -> Map.of())),
            Map.entry("GET /api/v1/status-reports/{id}", Rule.of(VIEWER, true)),
            Map.entry(
                    "PATCH /api/v1/status-reports/{id}",
                    Rule.of(COORDINATOR, true, w -> Map.of("narrative", Map.of("summary", "On track")))),
            Map.entry("POST /api/v1/status-reports/{id}/publish", Rule.of(COORDINATOR, true)),
            Map.entry("GET /api/v1/workspaces/{id}/status-reports", Rule.of(VIEWER, true)),
            // a share link exposes the project outside the workspace: the coordinator decides
            Map.entry("POST /api/v1/projects/{projectId}/share-links", Rule.of(COORDINATOR, true, w -> Map.of())),
            Map.entry("GET /api/v1/projects/{projectId}/share-links", Rule.of(COORDINATOR, true)),
            Map.entry("DELETE /api/v1/share-links/{id}", Rule.of(COORDINATOR, true)),
            // the token is the credential: no account, and no workspace ids in the path
            Map.entry("GET /api/v1/shared/{token}", Rule.of(PUBLIC, false)),
            Map.entry(
                    "POST /api/v1/shared/{token}/feedback",
                    Rule.of(
                            PUBLIC,
                            false,
                            w -> Map.of("reportId", w.statusReport().toString(), "rating", 4))),
            Map.entry("GET /api/v1/projects/{projectId}/metrics", Rule.of(VIEWER, true)),
            // calendar feeds: anyone signed in has a personal one; a project's needs read access; a
            // feed is revoked by the one who created it; the .ics is read with the token alone
            Map.entry("POST /api/v1/me/calendar-feeds", Rule.of(SIGNED_IN, false)),
            Map.entry("GET /api/v1/me/calendar-feeds", Rule.of(SIGNED_IN, false)),
            Map.entry("GET /api/v1/projects/{projectId}/calendar-feeds", Rule.of(VIEWER, true)),
            Map.entry("POST /api/v1/projects/{projectId}/calendar-feeds", Rule.of(VIEWER, true)),
            Map.entry("DELETE /api/v1/calendar-feeds/{id}", Rule.of(OWN, true)),
            Map.entry("GET /api/v1/calendar-feeds/{token}.ics", Rule.of(PUBLIC, false)),
            Map.entry("GET /api/v1/workspaces/{id}/metrics", Rule.of(VIEWER, true)),
            // importing creates a project, which is the coordinators' job; anyone in the workspace follows a job
            Map.entry(
                    "POST /api/v1/workspaces/{id}/imports",
                    Rule.of(
                            COORDINATOR,
                            true,
                            w -> new Upload(
                                    "plan.xml", "<Project/>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))),
            Map.entry("GET /api/v1/jobs/{id}", Rule.of(VIEWER, true)),
            // a CSV into a project adds tasks: coordinators, as for any task; the dry run writes nothing
            Map.entry(
                    "POST /api/v1/projects/{id}/imports",
                    new Rule(
                            COORDINATOR,
                            true,
                            w -> new Upload(
                                    "plan.csv", "Title\nMatrix\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                            w -> "dryRun=true")),
            Map.entry("GET /api/v1/projects/{id}/export", Rule.of(VIEWER, true)),
            // the inbox and preferences are the caller's own; ids of someone else's notifications change nothing
            Map.entry("GET /api/v1/me/notifications", Rule.of(SIGNED_IN, false)),
            Map.entry("POST /api/v1/me/notifications:read", Rule.of(SIGNED_IN, false, w -> Map.of("all", true))),
            Map.entry("GET /api/v1/me/notification-preferences", Rule.of(SIGNED_IN, false)),
            Map.entry(
                    "PUT /api/v1/me/notification-preferences",
                    Rule.of(SIGNED_IN, false, w -> Map.of("types", Map.of(), "digest", "none"))),
            // webhooks send the workspace's events elsewhere: a workspace setting, admins only
            Map.entry("GET /api/v1/workspaces/{id}/webhooks", Rule.of(ADMIN, true)),
            Map.entry(
                    "POST /api/v1/workspaces/{id}/webhooks",
                    Rule.of(ADMIN, true, w -> Map.of("url", "https://93.184.216.34/matrix"))),
            Map.entry("GET /api/v1/webhooks/{id}", Rule.of(ADMIN, true)),
            Map.entry("PATCH /api/v1/webhooks/{id}", Rule.of(ADMIN, true, w -> Map.of("active", true))),
            Map.entry("DELETE /api/v1/webhooks/{id}", Rule.of(ADMIN, true)),
            Map.entry("GET /api/v1/webhooks/{id}/deliveries", Rule.of(ADMIN, true)),
            Map.entry("POST /api/v1/webhook-deliveries/{id}/redeliver", Rule.of(ADMIN, true)),
            // procedures and templates: everyone reads them, coordinators write them and start projects from templates
            Map.entry("GET /api/v1/workspaces/{id}/procedures", Rule.of(VIEWER, true)),
            Map.entry(
                    "POST /api/v1/workspaces/{id}/procedures",
                    Rule.of(
                            COORDINATOR,
                            true,
                            w -> Map.of("title", "Sign-off " + java.util.UUID.randomUUID(), "bodyMarkdown", "Ask."))),
            Map.entry("GET /api/v1/procedures/{id}", Rule.of(VIEWER, true)),
            Map.entry(
                    "PATCH /api/v1/procedures/{id}",
                    Rule.of(COORDINATOR, true, w -> Map.of("bodyMarkdown", "Ask twice."))),
            Map.entry("DELETE /api/v1/procedures/{id}", Rule.of(COORDINATOR, true)),
            Map.entry("GET /api/v1/tasks/{id}/procedures", Rule.of(VIEWER, true)),
            Map.entry("GET /api/v1/workspaces/{id}/templates", Rule.of(VIEWER, true)),
            Map.entry(
                    "POST /api/v1/workspaces/{id}/templates",
                    Rule.of(
                            COORDINATOR,
                            true,
                            w -> Map.of(
                                    "name",
                                    "Copy " + java.util.UUID.randomUUID(),
                                    "fromProjectId",
                                    w.project().toString()))),
            Map.entry("GET /api/v1/templates/{id}", Rule.of(VIEWER, true)),
            Map.entry("DELETE /api/v1/templates/{id}", Rule.of(COORDINATOR, true)),
            Map.entry(
                    "POST /api/v1/templates/{id}/instantiate",
                    Rule.of(
                            COORDINATOR,
                            true,
                            w -> Map.of(
                                    "key", app.throughline.support.Planning.newKey(),
                                    "name", "From template",
                                    "startDate", "2027-03-01")))));

    /**
     * Checks that fail today because of a real defect, each with the exact request; the lead engineer
     * removes the line with the fix. Empty means every row of the matrix holds.
     */
    private static final Set<String> KNOWN_FAILURES = Set.of();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final List<Contract.Operation> operations = Contract.load().operations();
    private Workspace home;
    private Workspace foreign;
    private final Map<Access, Session> callers = new EnumMap<>(Access.class);

    /** Built on first use: RestAssured only knows the test port once a test method runs. */
    private void ensureWorkspaces() {
        if (home != null) {
            return;
        }
        home = Workspace.build("home");
        foreign = Workspace.build("foreign");
        callers.put(VIEWER, Api.memberOf(home.owner(), "viewer"));
        callers.put(MEMBER, Api.memberOf(home.owner(), "member"));
        callers.put(COORDINATOR, Api.memberOf(home.owner(), "coordinator"));
        callers.put(ADMIN, Api.memberOf(home.owner(), "admin"));
    }

    @Test
    void shouldHaveARowForEveryContractOperation() {
        List<String> contractKeys =
                operations.stream().map(Contract.Operation::key).toList();
        List<String> missing = contractKeys.stream()
                .filter(key -> !MATRIX.containsKey(key))
                .map(key -> "new operation " + key + " has no entry in the authorisation matrix")
                .toList();
        List<String> stale = MATRIX.keySet().stream()
                .filter(key -> !contractKeys.contains(key))
                .map(key -> "matrix row " + key + " names no contract operation")
                .toList();
        assertThat(missing)
                .as("contract operations without an authorisation decision")
                .isEmpty();
        assertThat(stale).isEmpty();
    }

    @Test
    void shouldHideAForeignWorkspacesIdsBehind404() {
        ensureWorkspaces();
        List<String> failures = new ArrayList<>();
        for (Contract.Operation op : operations) {
            Rule rule = MATRIX.get(op.key());
            if (rule == null || !rule.tenantScoped()) {
                continue;
            }
            Response response = call(home.owner(), op, rule, foreign);
            expect(failures, "foreign " + op.key(), response, 404);
        }
        assertOnlyKnown(failures);
    }

    @Test
    void shouldRefuseTheRoleJustBelowTheMinimumWith403() {
        ensureWorkspaces();
        List<String> failures = new ArrayList<>();
        for (Contract.Operation op : operations) {
            Rule rule = MATRIX.get(op.key());
            if (rule == null || rule.minimum().compareTo(MEMBER) < 0) {
                continue; // below viewer is "not a member", which the foreign-workspace check covers
            }
            Access below = Access.values()[rule.minimum().ordinal() - 1];
            Response response = call(callers.get(below), op, rule, home);
            expect(failures, below + " on " + op.key(), response, 403);
        }
        assertOnlyKnown(failures);
    }

    @Test
    void shouldAnswer401WithoutCredentials() {
        ensureWorkspaces();
        List<String> failures = new ArrayList<>();
        for (Contract.Operation op : operations) {
            Rule rule = MATRIX.get(op.key());
            if (rule == null || rule.minimum() == PUBLIC) {
                continue;
            }
            expect(failures, "anonymous " + op.key(), call(null, op, rule, home), 401);
        }
        assertOnlyKnown(failures);
    }

    @Test
    void shouldLetTheMinimumRoleRead() {
        ensureWorkspaces();
        List<String> failures = new ArrayList<>();
        for (Contract.Operation op : operations) {
            Rule rule = MATRIX.get(op.key());
            if (rule == null || !op.method().equals("GET")) {
                continue;
            }
            Session caller = rule.minimum().compareTo(VIEWER) < 0 ? home.owner() : callers.get(rule.minimum());
            Response response = call(caller, op, rule, home);
            if (response.statusCode() != 200) {
                failures.add(rule.minimum() + " on " + op.key() + ": expected 200, got " + response.statusCode() + " "
                        + response.asString());
            }
        }
        assertOnlyKnown(failures);
    }

    private Response call(Session caller, Contract.Operation op, Rule rule, Workspace target) {
        Object body = rule.body() == null ? null : rule.body().apply(target);
        RequestSpecification request = given();
        if (caller != null) {
            request.header("Authorization", "Bearer " + caller.token());
        }
        if (body instanceof Upload upload) {
            request.multiPart("file", upload.fileName(), upload.content());
        } else if (body instanceof FilePart file) {
            request.multiPart(
                    "file",
                    file.fileName(),
                    file.content().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    file.contentType());
        } else {
            request.contentType(ContentType.JSON);
            if (body != null) {
                request.body(body);
            }
        }
        String path = concrete(op.path(), target);
        if (rule.query() != null) {
            path += "?" + rule.query().apply(target);
        }
        return request.request(op.method(), path);
    }

    /** Fills each path placeholder with the target workspace's object of the kind the path names. */
    static String concrete(String template, Workspace w) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String collection = collectionBefore(template, matcher.start());
            matcher.appendReplacement(path, id(matcher.group(1), collection, w).toString());
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static String collectionBefore(String template, int placeholderStart) {
        String before = template.substring(0, placeholderStart - 1);
        return before.substring(before.lastIndexOf('/') + 1);
    }

    private static Object id(String name, String collection, Workspace w) {
        return switch (name) {
            case "workspaceId" -> w.workspace();
            case "projectId" -> w.project();
            case "userId" -> w.memberUser();
            default ->
                switch (collection) {
                    case "workspaces" -> w.workspace();
                    case "projects" -> w.project();
                    case "tasks" -> w.task();
                    case "assignments" -> w.assignment();
                    case "dependencies" -> w.dependency();
                    case "milestones" -> w.milestone();
                    case "people" -> w.person();
                    case "teams" -> w.team();
                    case "calendars" -> w.calendar();
                    case "time-off" -> w.timeOff();
                    case "tokens" -> w.token();
                    case "workflows" -> w.workflow();
                    case "approvals" -> w.approval();
                    case "invitations" -> w.invitation();
                    case "risks" -> w.risk();
                    case "decisions" -> w.decision();
                    case "status-reports" -> w.statusReport();
                    case "share-links" -> w.shareLink();
                    case "shared" -> w.shareToken();
                    case "calendar-feeds" -> name.equals("token") ? w.calendarFeedToken() : w.calendarFeed();
                    case "jobs" -> w.job();
                    case "webhooks" -> w.webhook();
                    case "webhook-deliveries" -> w.webhookDelivery();
                    case "attachments" -> w.attachment();
                    case "procedures" -> w.procedure();
                    case "templates" -> w.template();
                    default -> throw new IllegalArgumentException("no id for {" + name + "} after /" + collection);
                };
        };
    }

    private static void expect(List<String> failures, String check, Response response, int status) {
        String contentType = response.contentType();
        Integer bodyStatus = contentType != null && contentType.startsWith("application/problem+json")
                ? response.jsonPath().get("status")
                : null;
        if (response.statusCode() != status || bodyStatus == null || bodyStatus != status) {
            failures.add(check + ": expected " + status + " problem, got " + response.statusCode() + " " + contentType
                    + " " + abbreviated(response.asString()));
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static void assertOnlyKnown(List<String> failures) {
        List<String> unexpected = failures.stream()
                .filter(f -> KNOWN_FAILURES.stream().noneMatch(f::startsWith))
                .toList();
        failures.forEach(f -> System.out.println("[authorisation matrix] " + f));
        assertThat(unexpected).as("authorisation matrix violations").isEmpty();
    }
}
