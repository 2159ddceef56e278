package app.throughline.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The formats MPXJ reads besides MS Project XML, each with a real file written by its tool (see
 * src/test/resources/import-samples/README.md for where each comes from): each import job succeeds
 * and the project holds the file's tasks and links.
 */
@QuarkusTest
class PlanFormatsTest {

    /** File → {tasks, links} in the project made from it. */
    private static final Map<String, int[]> SAMPLES = new LinkedHashMap<>();

    static {
        SAMPLES.put("mpxj-sample.mpp", new int[] {22, 6});
        SAMPLES.put("mpxj-sample.mpx", new int[] {19, 7});
        SAMPLES.put("mpxj-predecessor-calendar.xer", new int[] {2, 0});
        SAMPLES.put("mpxj-percent-complete-8.4.pmxml", new int[] {12, 0});
        SAMPLES.put("mpxj-project1.planner", new int[] {30, 5});
        SAMPLES.put("ganttproject-house-building.gan", new int[] {20, 3});
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = PlanFormatsTest.class.getResourceAsStream("/import-samples/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static int count(Session s, String path, String projectId) {
        return s.request()
                .get(path + "?limit=200", projectId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items")
                .size();
    }

    @Test
    void shouldImportARealFileOfEachFormatAsAProjectWithItsTasksAndLinks() throws Exception {
        Session ada = Api.register("formats");
        StringBuilder table = new StringBuilder("\nfile | tasks | links\n");
        for (Map.Entry<String, int[]> e : SAMPLES.entrySet()) {
            String name = e.getKey();
            JsonPath job = PlanImportTest.finished(ada, PlanImportTest.upload(ada, name, sample(name), null, null));
            assertThat(job.getString("state")).as(name + ": " + job.prettify()).isEqualTo("succeeded");
            String projectId = job.getString("result.projectId");
            int tasks = count(ada, "/api/v1/projects/{id}/tasks", projectId);
            int links = count(ada, "/api/v1/projects/{id}/dependencies", projectId);
            table.append(name)
                    .append(" | ")
                    .append(tasks)
                    .append(" | ")
                    .append(links)
                    .append('\n');
            assertThat(tasks).as(name + " tasks").isEqualTo(e.getValue()[0]);
            assertThat(links).as(name + " links").isEqualTo(e.getValue()[1]);
            ada.request()
                    .get("/api/v1/projects/{id}/schedule", projectId)
                    .then()
                    .statusCode(200);
        }
        System.out.println(table);
    }

    @Test
    void shouldFailAProjectLibrePodFileWithASentenceThatSaysWhyAndWhatToDoInstead() throws Exception {
        Session ada = Api.register("oldpod");
        // how the .pod samples ProjectLibre ships begin: a serialised Java object stream (0xACED 0005), the
        // version string "1.0.0", then an object of com.projity.server.data.ProjectData
        ByteArrayOutputStream pod = new ByteArrayOutputStream();
        pod.write(new byte[] {(byte) 0xAC, (byte) 0xED, 0x00, 0x05, 0x74, 0x00, 0x05});
        pod.write("1.0.0".getBytes(StandardCharsets.US_ASCII));
        pod.write(new byte[] {0x73, 0x72, 0x00, 0x23});
        pod.write("com.projity.server.data.ProjectData".getBytes(StandardCharsets.US_ASCII));
        pod.write(new byte[64]);
        JsonPath job = PlanImportTest.finished(
                ada, PlanImportTest.upload(ada, "New Product.pod", pod.toByteArray(), null, null));
        assertThat(job.getString("state")).isEqualTo("failed");
        assertThat(job.getInt("problem.status")).isEqualTo(422);
        assertThat(job.getString("problem.type")).endsWith("/unsupported-format");
        assertThat(job.getString("problem.detail"))
                .contains("ProjectLibre project (.pod)")
                .contains("save the project as MS Project XML")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
        assertThat(job.getString("result")).isNull();
    }
}
