package app.throughline.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A CSV task list into an existing project: a dry run lists every problem by row and column and
 * writes nothing, a real run with problems is refused whole, and a clean file becomes tasks, links
 * and assignments in one go, with durations and lags to the minute.
 */
@QuarkusTest
class CsvImportTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static ValidatableResponse post(Session s, String projectId, byte[] csv, Boolean dryRun) {
        return given().header("Authorization", "Bearer " + s.token())
                .multiPart("file", "plan.csv", csv, "text/csv")
                .post("/api/v1/projects/{id}/imports" + (dryRun == null ? "" : "?dryRun=" + dryRun), projectId)
                .then();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String person(Session s, String name, String email) {
        return s.request()
                .body(Map.of("name", name, "email", email, "maxUnits", 1.0))
                .post("/api/v1/workspaces/{id}/people", s.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static List<Map<String, Object>> tasks(Session s, String projectId) {
        return s.request()
                .get("/api/v1/projects/{id}/tasks?limit=200", projectId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    private static List<Map<String, Object>> links(Session s, String projectId) {
        return s.request()
                .get("/api/v1/projects/{id}/dependencies?limit=200", projectId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    /** A file with ten kinds of mistakes, each at a known row and column (the header is row 1). */
    private static byte[] tenMistakes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(BOM); // a byte order mark is skipped: "WBS" is still the first header
        out.write(utf8("""
                WBS,Outline level,Title,Duration,Predecessors,Assignees,Deadline,Notes
                1,1,Discovery,,,,,
                1.1,2,Interviews,3d,,Ada Lovelace,,
                1.2,2,Synthesis,2d,2FS+2d,,,
                1.3,2,Estimate,3x,,,,
                1.4,2,Budget,1d,99,,,
                1.5,2,Review A,1d,7,,,
                1.6,2,Review B,1d,6,,,
                1.7,2,Sign-off,1d,,,2026-02-30,
                1.8,2,Hand-over,1d,,Nobody Known,,
                1.8,2,Duplicate,1d,,,,
                1.9,2,,1d,,,,
                1.10,2,Schedule,1d,3FS+2x,,,
                1.11,4,Too deep,1d,,,,
                """));
        out.write(utf8("1.12,2,Caf"));
        out.write(new byte[] {(byte) 0xE9}); // "Café" in Latin-1: not UTF-8
        out.write(utf8(",1d,,,,\n"));
        return out.toByteArray();
    }

    @Test
    void shouldListTenKindsOfMistakesByRowAndColumnInADryRunAndWriteNothing() throws Exception {
        Session ada = Api.register("csvmistakes");
        person(ada, "Ada Lovelace", Api.uniqueEmail("ada"));
        String project = Planning.project(ada);
        JsonPath answer = post(ada, project, tenMistakes(), true)
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(answer.getBoolean("dryRun")).isTrue();
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> p : answer.<Map<String, Object>>getList("problems")) {
            problems.add(p.get("row") + " " + p.get("column") + ": " + p.get("message"));
        }
        String all = String.join("\n", problems);
        // bad duration
        assertThat(all).contains("5 Duration: \"3x\" is not a duration");
        // unknown predecessor
        assertThat(all).contains("6 Predecessors: No task has the ID 99");
        // a loop of links: Review A (row 7) after Review B (row 8) after Review A
        assertThat(all)
                .containsPattern("\\d Predecessors: The predecessors form a loop: row [78] → row [78] → row [78]");
        // bad date
        assertThat(all).contains("9 Deadline: \"2026-02-30\" is not a date");
        // unknown assignee
        assertThat(all).contains("10 Assignees: Nobody in the workspace is called or has the e-mail \"Nobody Known\"");
        // duplicate WBS
        assertThat(all).contains("11 WBS: The WBS 1.8 is used by an earlier row");
        // missing title
        assertThat(all).contains("12 Title: The title is missing");
        // lag syntax
        assertThat(all).contains("13 Predecessors: In \"3FS+2x\" the lag \"+2x\" is not a duration");
        // outline jump
        assertThat(all).contains("14 Outline level: Outline level 4 follows level 2");
        // bad encoding (and the BOM was skipped, else no column would be found as "WBS")
        assertThat(all).contains("15 Title: Not UTF-8 text");
        assertThat(problems).as(all).hasSize(10);
        assertThat(answer.getInt("tasks")).isEqualTo(14);
        assertThat(tasks(ada, project)).as("a dry run writes nothing").isEmpty();

        // the real run is refused whole, with the same list
        JsonPath refused = post(ada, project, tenMistakes(), null)
                .statusCode(422)
                .contentType("application/problem+json")
                .extract()
                .jsonPath();
        assertThat(refused.getString("type")).endsWith("/csv-problems");
        assertThat(refused.getList("problems")).hasSize(10);
        assertThat(tasks(ada, project)).as("nothing written").isEmpty();
        assertThat(links(ada, project)).isEmpty();
    }

    @Test
    void shouldCreateTheTasksLinksAndAssignmentsOfACleanFileInOneGo() {
        Session ada = Api.register("csvclean");
        String email = Api.uniqueEmail("grace");
        String grace = person(ada, "Grace Hopper", email);
        String alan = person(ada, "Alan Turing", Api.uniqueEmail("alan"));
        String project = Planning.project(ada);
        Planning.task(ada, project, "Already there", 1);
        String csv = """
                ID,WBS,Outline level,Title,Duration,Predecessors,Assignees,Deadline,Constraint,Constraint date,Notes,Finish
                1,1,1,Design,,,,,,,The design phase,
                2,1.1,2,Sketches,3d,,Grace Hopper,,,,,
                3,1.2,2,"Review, with client",30m,2FS+2d,%s;alan turing[50%%],2026-12-24,,,,
                4,2,1,Build,4h,"1.2SS-15m;2",,,SNET,2026-12-10,,2026-12-11
                5,3,1,Launch,0,4FF,,,,,,
                """.formatted(email.toUpperCase());
        JsonPath dry =
                post(ada, project, utf8(csv), true).statusCode(200).extract().jsonPath();
        assertThat(dry.getList("problems")).isEmpty();
        assertThat(dry.getInt("tasks")).isEqualTo(5);
        assertThat(dry.getInt("dependencies")).isEqualTo(4);
        assertThat(dry.getInt("assignments")).isEqualTo(3);
        assertThat(dry.getList("ignoredColumns")).containsExactly("Finish");
        assertThat(tasks(ada, project)).hasSize(1);

        JsonPath done =
                post(ada, project, utf8(csv), false).statusCode(201).extract().jsonPath();
        assertThat(done.getBoolean("dryRun")).isFalse();
        assertThat(done.getList("created.row", Integer.class)).containsExactly(2, 3, 4, 5, 6);

        Map<String, Map<String, Object>> byTitle = new HashMap<>();
        Map<Object, String> titles = new HashMap<>();
        for (Map<String, Object> t : tasks(ada, project)) {
            byTitle.put((String) t.get("title"), t);
            titles.put(t.get("id"), (String) t.get("title"));
        }
        assertThat(byTitle).hasSize(6);
        assertThat(byTitle.get("Sketches").get("parentId"))
                .isEqualTo(byTitle.get("Design").get("id"));
        assertThat(byTitle.get("Review, with client").get("parentId"))
                .isEqualTo(byTitle.get("Design").get("id"));
        assertThat(byTitle.get("Build").get("parentId")).isNull();
        assertThat(byTitle.get("Sketches").get("durationMinutes")).isEqualTo(3 * 480);
        assertThat(byTitle.get("Review, with client").get("durationMinutes")).isEqualTo(30);
        assertThat(byTitle.get("Review, with client").get("deadline")).isEqualTo("2026-12-24");
        assertThat(byTitle.get("Build").get("durationMinutes")).isEqualTo(240);
        assertThat(byTitle.get("Build").get("constraintType")).isEqualTo("snet");
        assertThat(byTitle.get("Build").get("constraintDate")).isEqualTo("2026-12-10");
        assertThat(byTitle.get("Launch").get("durationMinutes")).isEqualTo(0);
        assertThat(byTitle.get("Design").get("description")).isEqualTo("The design phase");

        List<String> linkList = new ArrayList<>();
        for (Map<String, Object> d : links(ada, project)) {
            linkList.add(titles.get(d.get("predecessorId")) + " > " + titles.get(d.get("successorId")) + " "
                    + d.get("type") + " " + d.get("lagMinutes"));
        }
        assertThat(linkList)
                .containsExactlyInAnyOrder(
                        "Sketches > Review, with client fs 960",
                        "Review, with client > Build ss -15",
                        "Sketches > Build fs 0",
                        "Build > Launch ff 0");

        List<Map<String, Object>> reviewAssignees = ada.request()
                .get(
                        "/api/v1/tasks/{id}/assignments",
                        byTitle.get("Review, with client").get("id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        Map<Object, Object> units = new HashMap<>();
        reviewAssignees.forEach(a -> units.put(a.get("personId"), a.get("units")));
        assertThat(units).containsOnlyKeys(grace, alan);
        assertThat(((Number) units.get(alan)).doubleValue()).isEqualTo(0.5);

        // the schedule follows the links: Review starts after Sketches and 2 days of lag
        @SuppressWarnings("unchecked")
        Map<String, Object> sketches =
                (Map<String, Object>) byTitle.get("Sketches").get("schedule");
        @SuppressWarnings("unchecked")
        Map<String, Object> review =
                (Map<String, Object>) byTitle.get("Review, with client").get("schedule");
        java.time.LocalDateTime sketchesFinish = java.time.LocalDateTime.parse((String) sketches.get("earlyFinish"));
        java.time.LocalDateTime reviewStart = java.time.LocalDateTime.parse((String) review.get("earlyStart"));
        assertThat(reviewStart).isAfter(sketchesFinish.plusDays(2));
    }

    @Test
    void shouldRefuseAFileWithoutATitleColumnAUtf16FileAndStrangersAndViewers() {
        Session ada = Api.register("csvrefuse");
        String project = Planning.project(ada);
        JsonPath noTitle = post(ada, project, utf8("Name of thing;Duration\nA;1d\n"), true)
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(noTitle.getString("problems[0].message")).startsWith("No Title column");
        assertThat(noTitle.getInt("problems[0].row")).isEqualTo(1);
        JsonPath utf16 = post(ada, project, "Title\nA\n".getBytes(StandardCharsets.UTF_16), true)
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(utf16.getString("problems[0].message")).contains("UTF-16");

        post(Api.register("csvstranger"), project, utf8("Title\nA\n"), true).statusCode(404);
        post(Api.memberOf(ada, "viewer"), project, utf8("Title\nA\n"), true).statusCode(403);
        given().header("Authorization", "Bearer " + ada.token())
                .multiPart("name", "no file")
                .post("/api/v1/projects/{id}/imports", project)
                .then()
                .statusCode(422);
        assertThat(tasks(ada, project)).isEmpty();
    }

    @Test
    void shouldMapPercentCompleteAndStatusNamesToTheWorkflowAndDeriveTheStatusFromTheProgress() {
        Session ada = Api.register("csvprogress");
        String project = Planning.project(ada);
        String csv = """
                Title,Duration,% Complete,Status
                Brief,1d,100%,
                Draft,2d,40,
                Plan,1d,0,
                Review,1d,,in REVIEW
                Shipped,1d,100 %,done
                Stuck,1d,12.5,Blocked
                Untouched,1d,,
                Key form,1d,,in_progress
                """;
        JsonPath dry =
                post(ada, project, utf8(csv), true).statusCode(200).extract().jsonPath();
        assertThat(dry.getList("problems")).isEmpty();
        assertThat(dry.getList("ignoredColumns")).as("both columns are read").isEmpty();

        post(ada, project, utf8(csv), false).statusCode(201);
        Map<String, String> progress = new HashMap<>();
        for (Map<String, Object> t : tasks(ada, project)) {
            progress.put(
                    (String) t.get("title"),
                    t.get("status") + " "
                            + new java.math.BigDecimal(String.valueOf(t.get("percentComplete")))
                                    .stripTrailingZeros()
                                    .toPlainString());
        }
        assertThat(progress)
                .containsEntry("Brief", "done 100")
                .containsEntry("Draft", "in_progress 40")
                .containsEntry("Plan", "todo 0")
                .containsEntry("Review", "review 0")
                .containsEntry("Shipped", "done 100")
                .containsEntry("Stuck", "blocked 12.5")
                .containsEntry("Untouched", "todo 0")
                .containsEntry("Key form", "in_progress 0");
    }

    @Test
    void shouldListAPercentageOutOfRangeAndAnUnknownStatusAtTheirRowAndColumnAndWriteNothing() {
        Session ada = Api.register("csvprogressbad");
        String project = Planning.project(ada);
        String csv = """
                Title,Duration,Percent complete,State
                Fine,1d,50,In progress
                Too much,1d,101%,
                Below zero,1d,-5,
                Words,1d,half,
                Unknown,1d,10,Waiting for Godot
                """;
        JsonPath dry =
                post(ada, project, utf8(csv), true).statusCode(200).extract().jsonPath();
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> p : dry.<Map<String, Object>>getList("problems")) {
            problems.add(p.get("row") + " " + p.get("column") + ": " + p.get("message"));
        }
        assertThat(problems)
                .containsExactly(
                        "3 Percent complete: The percentage 101% is not between 0 and 100",
                        "4 Percent complete: The percentage -5 is not between 0 and 100",
                        "5 Percent complete: \"half\" is not a percentage (write 0 to 100, e.g. 40 or 40%)",
                        "6 State: \"Waiting for Godot\" is not a status of the project's workflow (To do, In"
                                + " progress, In review, Blocked, Done, Cancelled)");
        assertThat(tasks(ada, project)).as("a dry run writes nothing").isEmpty();

        post(ada, project, utf8(csv), false).statusCode(422);
        assertThat(tasks(ada, project)).as("a refused file writes nothing").isEmpty();
    }

    @Test
    void shouldRefuseAnOverLimitUploadWith413ProblemBeforeReadingItAndWriteNothing() throws Exception {
        Session ada = Api.register("csvhuge");
        String project = Planning.project(ada);
        // announce 200 MB and send only the start of a valid CSV: the answer must come without the rest
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(30_000);
            String head = "POST /api/v1/projects/" + project + "/imports HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Authorization: Bearer " + ada.token() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=xyz\r\n"
                    + "Content-Length: " + (200L * 1024 * 1024) + "\r\n\r\n"
                    + "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\nTitle,Duration\r\nA,1d\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.BufferedReader in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).startsWith("HTTP/1.1 413");
            Map<String, String> headers = new HashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
            assertThat(headers.get("content-type")).as(headers.toString()).startsWith("application/problem+json");
            char[] body = new char[Integer.parseInt(headers.get("content-length"))];
            int read = 0;
            while (read < body.length) {
                int n = in.read(body, read, body.length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            JsonPath problem = new JsonPath(new String(body, 0, read));
            assertThat(problem.getInt("status")).isEqualTo(413);
            assertThat(problem.getString("detail")).contains(String.valueOf(200L * 1024 * 1024));
        }
        assertThat(tasks(ada, project)).as("nothing written").isEmpty();
    }

    @Test
    void shouldRefuseACsvBodyThatIsNotAMultipartFormWith415Problem() {
        Session ada = Api.register("csvtype");
        String project = Planning.project(ada);
        given().header("Authorization", "Bearer " + ada.token())
                .contentType("text/csv")
                .body(utf8("Title,Duration\nA,1d\n"))
                .post("/api/v1/projects/{id}/imports", project)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        assertThat(tasks(ada, project)).as("nothing written").isEmpty();
    }
}
