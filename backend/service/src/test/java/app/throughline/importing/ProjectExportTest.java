package app.throughline.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Export as MS Project XML and CSV: a shared MS Project file imported, exported and imported again
 * gives the same tasks, links and dates; the CSV lists the WBS and writes links the MS Project way.
 */
@QuarkusTest
class ProjectExportTest {

    private static String importFile(Session s, String name, byte[] content) throws Exception {
        JsonPath job = PlanImportTest.finished(s, PlanImportTest.upload(s, name, content, null, null));
        assertThat(job.getString("state")).as(job.prettify()).isEqualTo("succeeded");
        return job.getString("result.projectId");
    }

    private static byte[] export(Session s, String projectId, String format, String contentType) {
        return s.request()
                .get("/api/v1/projects/{id}/export?format=" + format, projectId)
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith(contentType))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .extract()
                .asByteArray();
    }

    /** Each task as "title | parent title | minutes | start | finish", sorted. */
    private static List<String> tasks(Session s, String projectId) {
        List<Map<String, Object>> items = s.request()
                .get("/api/v1/projects/{id}/tasks?limit=200", projectId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        Map<Object, Object> titles = new HashMap<>();
        items.forEach(t -> titles.put(t.get("id"), t.get("title")));
        List<String> result = new ArrayList<>();
        for (Map<String, Object> t : items) {
            @SuppressWarnings("unchecked")
            Map<String, Object> schedule = (Map<String, Object>) t.get("schedule");
            result.add(t.get("title") + " | " + titles.get(t.get("parentId")) + " | " + t.get("durationMinutes")
                    + " | " + t.get("constraintType") + " " + t.get("constraintDate") + " | "
                    + schedule.get("earlyStart") + " | " + schedule.get("earlyFinish"));
        }
        result.sort(null);
        return result;
    }

    /** Each link as "predecessor > successor type lagMinutes", sorted. */
    private static List<String> links(Session s, String projectId) {
        Map<Object, Object> titles = new HashMap<>();
        s.request()
                .get("/api/v1/projects/{id}/tasks?limit=200", projectId)
                .then()
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("items")
                .forEach(t -> titles.put(t.get("id"), t.get("title")));
        List<Map<String, Object>> items = s.request()
                .get("/api/v1/projects/{id}/dependencies?limit=200", projectId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        List<String> result = new ArrayList<>();
        for (Map<String, Object> d : items) {
            result.add(titles.get(d.get("predecessorId")) + " > " + titles.get(d.get("successorId")) + " "
                    + d.get("type") + " " + d.get("lagMinutes"));
        }
        result.sort(null);
        return result;
    }

    @Test
    void shouldGiveTheSameTasksLinksAndDatesAfterImportExportImport() throws Exception {
        Session ada = Api.register("roundtrip");
        for (String name : List.of(
                "mpxj_task-links_all-4-link-types_lags_msp2007.xml",
                "software-development-template_86tasks_percent-lags_msp2016.xml")) {
            byte[] original = Files.readAllBytes(PlanImportTest.mspdiDirectory().resolve(name));
            String first = importFile(ada, name, original);
            byte[] exported = export(ada, first, "mspdi", "application/xml");
            assertThat(new String(exported, StandardCharsets.UTF_8))
                    .contains("<Project")
                    .doesNotContain("<!DOCTYPE");
            String second = importFile(ada, "exported.xml", exported);

            List<String> tasksBefore = tasks(ada, first);
            assertThat(tasksBefore).as(name).isNotEmpty();
            assertThat(tasks(ada, second)).as(name).isEqualTo(tasksBefore);
            List<String> linksBefore = links(ada, first);
            assertThat(linksBefore).as(name).isNotEmpty();
            assertThat(links(ada, second)).as(name).isEqualTo(linksBefore);
            assertThat(ada.request()
                            .get("/api/v1/projects/{id}", second)
                            .then()
                            .extract()
                            .<String>path("statusDate"))
                    .isEqualTo(ada.request()
                            .get("/api/v1/projects/{id}", first)
                            .then()
                            .extract()
                            .<String>path("statusDate"));
        }
    }

    @Test
    void shouldWriteTheWbsAndMsProjectStylePredecessorsInTheCsv() throws Exception {
        Session ada = Api.register("csvexport");
        String project = Planning.project(ada);
        String phase = Planning.task(ada, project, "Phase", 0);
        String design = Planning.child(ada, project, phase, "Design, first pass", 3);
        String call = Planning.task(ada, project, Map.of("title", "Call", "durationMinutes", 30, "parentId", phase));
        String launch = Planning.task(ada, project, "Launch", 1);
        ada.request()
                .body(Map.of("predecessorId", design, "successorId", launch, "type", "fs", "lagDays", 2))
                .post("/api/v1/dependencies")
                .then()
                .statusCode(201);
        ada.request()
                .body(Map.of("predecessorId", call, "successorId", launch, "type", "ss", "lagMinutes", -30))
                .post("/api/v1/dependencies")
                .then()
                .statusCode(201);
        String text = new String(export(ada, project, "csv", "text/csv"), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).get("WBS")).isEqualTo("1");
        assertThat(rows.get(1).get("Title")).isEqualTo("Design, first pass");
        assertThat(rows.get(1).get("WBS")).isEqualTo("1.1");
        assertThat(rows.get(1).get("Outline level")).isEqualTo("2");
        assertThat(rows.get(2).get("Duration")).isEqualTo("30m");
        assertThat(rows.get(3).get("Title")).isEqualTo("Launch");
        assertThat(rows.get(3).get("Predecessors")).isEqualTo("2FS+2d;3SS-30m");

        ada.request()
                .get("/api/v1/projects/{id}/export?format=pdf", project)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Api.register("stranger")
                .request()
                .get("/api/v1/projects/{id}/export?format=csv", project)
                .then()
                .statusCode(404);
    }

    /** The project calendar's week and exceptions (dates and hours), without names. */
    private static String calendar(Session s, String projectId) {
        String calendarId = s.request()
                .get("/api/v1/projects/{id}", projectId)
                .then()
                .statusCode(200)
                .extract()
                .path("calendarId");
        JsonPath calendar = s.request()
                .get("/api/v1/calendars/{id}", calendarId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        StringBuilder text = new StringBuilder(calendar.getMap("workWeek").toString());
        for (Map<String, Object> e : calendar.<Map<String, Object>>getList("exceptions")) {
            text.append('\n')
                    .append(e.get("startDate"))
                    .append("..")
                    .append(e.get("endDate"))
                    .append(' ')
                    .append(e.get("workingTimes"));
        }
        return text.toString();
    }

    /** Each task's baseline start and finish, sorted. */
    private static List<String> baselines(Session s, String projectId) {
        List<Map<String, Object>> items = s.request()
                .get("/api/v1/projects/{id}/tasks?limit=200", projectId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        List<String> result = new ArrayList<>();
        for (Map<String, Object> t : items) {
            @SuppressWarnings("unchecked")
            Map<String, Object> schedule = (Map<String, Object>) t.get("schedule");
            if (schedule.get("baselineStart") != null) {
                result.add(t.get("title") + " | " + schedule.get("baselineStart") + " | "
                        + schedule.get("baselineFinish"));
            }
        }
        result.sort(null);
        return result;
    }

    @Test
    void shouldKeepTheHolidayCalendarAndTheBaselineThroughImportExportImport() throws Exception {
        Session ada = Api.register("calendartrip");
        String name = "chile_sistema-karce_68tasks_holiday-calendar_msp365.xml";
        String first = importFile(
                ada, name, Files.readAllBytes(PlanImportTest.mspdiDirectory().resolve(name)));
        byte[] exported = export(ada, first, "mspdi", "application/xml");
        String xml = new String(exported, StandardCharsets.UTF_8);
        assertThat(xml).contains("CALENDARIO_MAHO_2025").contains("<Exception>").contains("<Baseline>");
        String second = importFile(ada, "exported.xml", exported);

        String calendarBefore = calendar(ada, first);
        assertThat(calendarBefore).as("the Chilean holidays").contains("2025-09-18");
        assertThat(calendar(ada, second)).isEqualTo(calendarBefore);
        List<String> baselineBefore = baselines(ada, first);
        assertThat(baselineBefore).hasSize(68);
        assertThat(baselines(ada, second)).isEqualTo(baselineBefore);
        assertThat(tasks(ada, second)).isEqualTo(tasks(ada, first));
        assertThat(links(ada, second)).isEqualTo(links(ada, first));
    }
}
