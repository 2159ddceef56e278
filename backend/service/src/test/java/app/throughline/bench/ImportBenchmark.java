package app.throughline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;

/**
 * Plan import end to end as a client sees it: upload, then poll the job until it is done. For each
 * shared MSPDI file ({@code ../shared/benchmarks/mspdi}) and a generated 5,000-task MSPDI file it
 * prints the time to "job done" and, where the file carries MS Project's dates, the fidelity (tasks
 * matching MS Project / tasks compared). Goals: the 5,000-task file under 10 s; every shared file
 * with all its tasks matching. {@code IMPORT_TASKS} (default 5,000) sets the generated file's size
 * for a quick check; the time goal is only judged at 5,000.
 * Usage: {@code ImportBenchmark [baseUrl]} (default http://localhost:18090); the shared directory
 * from the system property {@code bench.mspdi} (default ../../../shared/benchmarks/mspdi from backend/service).
 */
public final class ImportBenchmark {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private String token;
    private String workspace;

    private ImportBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        new ImportBenchmark(args.length > 0 ? args[0] : "http://localhost:18090").run();
    }

    private void run() throws Exception {
        register();
        Path dir = Paths.get(System.getProperty("bench.mspdi", "../../../shared/benchmarks/mspdi"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p :
                    list.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        int size = Integer.parseInt(System.getenv().getOrDefault("IMPORT_TASKS", "5000"));
        String generatedName = "generated_" + size + "tasks.xml";
        files.put(generatedName, generated(size));
        int compared = 0;
        int faithful = 0;
        System.out.printf(Locale.ROOT, "%n%-66s %10s %9s %s%n", "file", "tasks", "done in", "fidelity");
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            long started = System.nanoTime();
            JsonNode job = importAndWait(e.getKey(), e.getValue());
            double seconds = (System.nanoTime() - started) / 1e9;
            JsonNode fidelity = job.path("result").path("fidelity");
            boolean hasFidelity = !fidelity.isMissingNode() && !fidelity.isNull();
            String figure = !hasFidelity
                    ? "-"
                    : fidelity.path("matched").asInt() + "/"
                            + fidelity.path("tasksCompared").asInt() + " tasks match";
            if (hasFidelity && !e.getKey().equals(generatedName)) {
                compared++;
                if (fidelity.path("matched").asInt()
                        == fidelity.path("tasksCompared").asInt()) {
                    faithful++;
                }
            }
            String state = job.path("state").asText();
            System.out.printf(
                    Locale.ROOT,
                    "%-66s %10s %8.2fs %s%s%n",
                    e.getKey(),
                    e.getKey().equals(generatedName) ? String.valueOf(size) : "",
                    seconds,
                    figure,
                    state.equals("succeeded") ? "" : " (" + state + ": " + job.path("problem") + ")");
            if (e.getKey().equals(generatedName)) {
                System.out.printf(
                        Locale.ROOT,
                        "%,d-task import done in %.2f s (goal: 5,000 tasks under 10 s) %s%n",
                        size,
                        seconds,
                        size != 5_000 ? "NOT JUDGED (not 5,000 tasks)" : seconds < 10 ? "MET" : "MISSED");
            }
        }
        System.out.printf(
                Locale.ROOT,
                "fidelity: %d of %d shared MS Project files match on all tasks (goal: all) %s%n",
                faithful,
                compared,
                compared > 0 && faithful == compared ? "MET" : "MISSED");
    }

    /** Ten parallel chains of 1-5 day tasks under 50 summaries, with a cross link every 7th task. */
    static byte[] generated(int count) throws Exception {
        ProjectFile project = new ProjectFile();
        project.setDefaultCalendar(project.addDefaultBaseCalendar());
        project.getProjectProperties().setStartDate(LocalDateTime.of(2027, 1, 4, 8, 0));
        Random random = new Random(11);
        List<Task> leaves = new ArrayList<>();
        Task summary = null;
        for (int i = 0; i < count; i++) {
            if (i % 100 == 0) {
                summary = project.addTask();
                summary.setName("Phase " + (i / 100 + 1));
            }
            Task t = summary.addTask();
            t.setName("Task " + i);
            t.setDuration(Duration.getInstance(1 + random.nextInt(5), TimeUnit.DAYS));
            if (i >= 10) {
                t.addPredecessor(new Relation.Builder()
                        .predecessorTask(leaves.get(i - 10))
                        .type(RelationType.FINISH_START));
            }
            if (i >= 30 && i % 7 == 0) {
                t.addPredecessor(new Relation.Builder()
                        .predecessorTask(leaves.get(i - 23))
                        .type(RelationType.START_START)
                        .lag(Duration.getInstance(1, TimeUnit.DAYS)));
            }
            leaves.add(t);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MSPDIWriter().write(project, out);
        return out.toByteArray();
    }

    private JsonNode importAndWait(String fileName, byte[] content) throws Exception {
        String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> accepted = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/workspaces/" + workspace + "/imports"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("upload failed: " + accepted.statusCode() + " " + accepted.body());
        }
        String jobId = json.readTree(accepted.body()).path("jobId").asText();
        while (true) {
            HttpResponse<String> reply = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/jobs/" + jobId))
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode job = json.readTree(reply.body());
            String state = job.path("state").asText();
            if (state.equals("succeeded") || state.equals("failed")) {
                return job;
            }
            Thread.sleep(20);
        }
    }

    private void register() throws Exception {
        Map<String, String> body = Map.of(
                "name", "Import bench",
                "email", "import-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                "password", "benchmark-password-1",
                "workspaceName", "Import benchmark");
        HttpResponse<String> reply = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/register"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode registered = json.readTree(reply.body());
        token = registered.path("accessToken").asText();
        workspace = registered.path("workspace").path("id").asText();
    }
}
