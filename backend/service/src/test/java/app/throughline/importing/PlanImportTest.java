package app.throughline.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Plan files become projects through an import job: the shared MS Project files with their
 * fidelity report, and bad files that fail cleanly without leaving anything behind.
 */
@QuarkusTest
class PlanImportTest {

    static Path mspdiDirectory() {
        String root = System.getProperty("repo.root", "../..");
        Path dir = Paths.get(root, "..", "shared", "benchmarks", "mspdi")
                .toAbsolutePath()
                .normalize();
        assertThat(dir)
                .as("the shared MSPDI files (../shared from the repository root)")
                .isDirectory();
        return dir;
    }

    static String upload(Session s, String fileName, byte[] content, String name, String key) {
        var request = given().header("Authorization", "Bearer " + s.token())
                .multiPart("file", fileName, content, "application/octet-stream");
        if (name != null) {
            request.multiPart("name", name);
        }
        if (key != null) {
            request.multiPart("key", key);
        }
        return request.post("/api/v1/workspaces/{id}/imports", s.workspaceId())
                .then()
                .statusCode(202)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/jobs/"))
                .extract()
                .path("jobId");
    }

    /** Polls the job until it is done (the job runs on an executor). */
    static JsonPath finished(Session s, String jobId) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            JsonPath job = s.request()
                    .get("/api/v1/jobs/{id}", jobId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            String state = job.getString("state");
            if (state.equals("succeeded") || state.equals("failed")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + jobId + " did not finish");
    }

    private static int projectCount(Session s) {
        return s.request()
                .get("/api/v1/workspaces/{id}/projects?limit=200", s.workspaceId())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items")
                .size();
    }

    @Test
    void shouldImportEverySharedMsProjectFileAndReproduceAllOfMsProjectsDates() throws Exception {
        Session ada = Api.register("importer");
        List<Path> files;
        try (Stream<Path> list = Files.list(mspdiDirectory())) {
            files = list.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertThat(files).hasSize(4);
        Map<String, Integer> expectedTasks = Map.of(
                "mpxj_task-links_all-4-link-types_lags_msp2007.xml", 16,
                "software-development-template_86tasks_percent-lags_msp2016.xml", 86,
                "chile_sistema-karce_68tasks_holiday-calendar_msp365.xml", 68,
                "mpxjnet_sample1_fs-ff-lags_task-calendar_msp2010.xml", 10);
        StringBuilder table = new StringBuilder("\nfile | tasks compared | matched | mismatches\n");
        for (Path file : files) {
            String name = file.getFileName().toString();
            String jobId = upload(ada, name, Files.readAllBytes(file), null, null);
            JsonPath job = finished(ada, jobId);
            assertThat(job.getString("state")).as(name + ": " + job.prettify()).isEqualTo("succeeded");
            assertThat(job.getInt("progress")).isEqualTo(100);
            assertThat(job.getString("fileName")).isEqualTo(name);
            int compared = job.getInt("result.fidelity.tasksCompared");
            int matched = job.getInt("result.fidelity.matched");
            List<Map<String, Object>> mismatches = job.getList("result.fidelity.mismatches");
            table.append(name)
                    .append(" | ")
                    .append(compared)
                    .append(" | ")
                    .append(matched)
                    .append(" | ")
                    .append(mismatches.size())
                    .append('\n');
            mismatches.forEach(m -> table.append("    ").append(m).append('\n'));
            assertThat(compared).as(name).isEqualTo(expectedTasks.get(name));
            assertThat(matched)
                    .as(name + " tasks matching MS Project: " + mismatches)
                    .isEqualTo(compared);
            assertThat(mismatches).isEmpty();

            String projectId = job.getString("result.projectId");
            int tasks = ada.request()
                    .get("/api/v1/projects/{id}/tasks?limit=200", projectId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items")
                    .size();
            assertThat(tasks).as(name + " tasks in the project").isEqualTo(expectedTasks.get(name));
            ada.request()
                    .get("/api/v1/projects/{id}/schedule", projectId)
                    .then()
                    .statusCode(200);
        }
        System.out.println(table);
    }

    @Test
    void shouldMapCalendarStatusDatePeopleAndLinksOfTheChileanFile() throws Exception {
        Session ada = Api.register("chile");
        byte[] content =
                Files.readAllBytes(mspdiDirectory().resolve("chile_sistema-karce_68tasks_holiday-calendar_msp365.xml"));
        JsonPath job = finished(ada, upload(ada, "karce.xml", content, "Sistema Karce", "KARCE"));
        assertThat(job.getString("state")).isEqualTo("succeeded");
        String projectId = job.getString("result.projectId");
        JsonPath project = ada.request()
                .get("/api/v1/projects/{id}", projectId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(project.getString("key")).isEqualTo("KARCE");
        assertThat(project.getString("name")).isEqualTo("Sistema Karce");
        assertThat(project.getString("statusDate")).isEqualTo("2025-06-02");
        JsonPath calendar = ada.request()
                .get("/api/v1/calendars/{id}", project.getString("calendarId"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(calendar.getString("name")).startsWith("CALENDARIO_MAHO_2025");
        assertThat(calendar.getList("workWeek.mon.from")).containsExactly("08:30", "14:00");
        assertThat(calendar.getList("workWeek.fri.to")).containsExactly("13:00", "16:30");
        // the Chilean public holidays of 2025 are exceptions (e.g. 18 and 19 September)
        assertThat(calendar.getList("exceptions.startDate", String.class)).contains("2025-09-18");
    }

    @Test
    void shouldRefuseTheSameKeyTwiceByNumberingTheSecondProject() throws Exception {
        Session ada = Api.register("keys");
        byte[] content =
                Files.readAllBytes(mspdiDirectory().resolve("mpxjnet_sample1_fs-ff-lags_task-calendar_msp2010.xml"));
        JsonPath first = finished(ada, upload(ada, "a.xml", content, "Sample", "SAMPLE"));
        JsonPath second = finished(ada, upload(ada, "a.xml", content, "Sample", "SAMPLE"));
        String firstKey = ada.request()
                .get("/api/v1/projects/{id}", first.getString("result.projectId"))
                .path("key");
        String secondKey = ada.request()
                .get("/api/v1/projects/{id}", second.getString("result.projectId"))
                .path("key");
        assertThat(firstKey).isEqualTo("SAMPLE");
        assertThat(secondKey).isEqualTo("SAMPLE2");
    }

    @Test
    void shouldFailTheJobWithAProblemAndWriteNothingForFilesThatAreNotPlans() throws Exception {
        Session ada = Api.register("badfiles");
        byte[] chile =
                Files.readAllBytes(mspdiDirectory().resolve("chile_sistema-karce_68tasks_holiday-calendar_msp365.xml"));
        Map<String, byte[]> bad = Map.of(
                "notes.txt", "Shopping list: milk, eggs\n".getBytes(StandardCharsets.UTF_8),
                "truncated.xml", java.util.Arrays.copyOf(chile, chile.length / 3),
                "xxe.xml", xxe(),
                "bomb.zip", zipBomb(),
                "empty.xml", new byte[0]);
        for (Map.Entry<String, byte[]> e : bad.entrySet()) {
            JsonPath job = finished(ada, upload(ada, e.getKey(), e.getValue(), null, null));
            assertThat(job.getString("state")).as(e.getKey()).isEqualTo("failed");
            assertThat(job.getInt("problem.status")).as(e.getKey()).isEqualTo(422);
            assertThat(job.getString("problem.detail")).as(e.getKey()).isNotBlank();
            assertThat(job.getString("result")).isNull();
        }
        assertThat(projectCount(ada)).as("no partial project").isEqualTo(projectCount(Api.register("fresh")));
    }

    @Test
    void shouldNameTheXmlEntityAndTheZipBombInTheProblem() throws Exception {
        Session ada = Api.register("hostile");
        JsonPath xxe = finished(ada, upload(ada, "xxe.xml", xxe(), null, null));
        assertThat(xxe.getString("problem.type")).endsWith("/xml-doctype");
        JsonPath bomb = finished(ada, upload(ada, "bomb.zip", zipBomb(), null, null));
        assertThat(bomb.getString("problem.type")).endsWith("/archive-too-large");
    }

    @Test
    void shouldRefuseA200MegabyteUploadWith413BeforeReadingIt() throws Exception {
        Session ada = Api.register("huge");
        // announce 200 MB and send only the start: the answer must come without the rest being read
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(30_000);
            String head = "POST /api/v1/workspaces/" + ada.workspaceId() + "/imports HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Authorization: Bearer " + ada.token() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=xyz\r\n"
                    + "Content-Length: " + (200L * 1024 * 1024) + "\r\n\r\n"
                    + "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.mpp\"\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new java.io.BufferedReader(
                            new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
        assertThat(projectCount(ada)).isEqualTo(projectCount(Api.register("untouched")));
    }

    @Test
    void shouldHideAnotherWorkspacesJobAndRefuseViewersAndBadKeys() throws Exception {
        Session ada = Api.register("owner");
        Session eve = Api.register("stranger");
        byte[] content =
                Files.readAllBytes(mspdiDirectory().resolve("mpxj_task-links_all-4-link-types_lags_msp2007.xml"));
        String jobId = upload(ada, "links.xml", content, null, null);
        eve.request().get("/api/v1/jobs/{id}", jobId).then().statusCode(404);
        given().header("Authorization", "Bearer " + eve.token())
                .multiPart("file", "links.xml", content, "application/octet-stream")
                .post("/api/v1/workspaces/{id}/imports", ada.workspaceId())
                .then()
                .statusCode(404);
        Session viewer = Api.memberOf(ada, "viewer");
        given().header("Authorization", "Bearer " + viewer.token())
                .multiPart("file", "links.xml", content, "application/octet-stream")
                .post("/api/v1/workspaces/{id}/imports", ada.workspaceId())
                .then()
                .statusCode(403);
        given().header("Authorization", "Bearer " + ada.token())
                .multiPart("file", "links.xml", content, "application/octet-stream")
                .multiPart("key", "bad key")
                .post("/api/v1/workspaces/{id}/imports", ada.workspaceId())
                .then()
                .statusCode(422);
        finished(ada, jobId);
    }

    private static byte[] xxe() {
        return ("<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                        + "<Project xmlns=\"http://schemas.microsoft.com/project\"><Name>&xxe;</Name></Project>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** 300 MB of zeros in a small archive. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("project.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
