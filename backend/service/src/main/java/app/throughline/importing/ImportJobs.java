package app.throughline.importing;

import app.throughline.api.Problem;
import app.throughline.auth.CurrentUser;
import app.throughline.importing.ImportDtos.Fidelity;
import app.throughline.importing.ImportDtos.ImportResult;
import app.throughline.importing.ImportDtos.JobState;
import app.throughline.importing.ImportDtos.JobView;
import app.throughline.importing.ImportJobRepository.JobRow;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import org.mpxj.ProjectFile;

/**
 * Plan imports as jobs: the upload is kept in a temporary file and a job row is written; a managed
 * executor then screens and reads the file, compares MS Project's dates with ours, and writes the
 * project in one transaction (nothing on failure), updating the job's progress as it goes.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    private final ImportJobRepository jobs;
    private final PlanWriter writer;
    private final TenantGuard guard;
    private final CurrentUser currentUser;
    private final ManagedExecutor executor;
    private final ObjectMapper json;

    ImportJobs(
            ImportJobRepository jobs,
            PlanWriter writer,
            TenantGuard guard,
            CurrentUser currentUser,
            ObjectMapper json) {
        this.jobs = jobs;
        this.writer = writer;
        this.guard = guard;
        this.currentUser = currentUser;
        // nothing of the uploading request travels along: it ends before the job does
        this.executor = ManagedExecutor.builder()
                .maxAsync(2)
                .propagated(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING)
                .build();
        this.json = json;
    }

    /**
     * Takes over {@code upload} (a temporary copy the job deletes when done) and starts the job.
     *
     * @param name the new project's name (null: the file's title, else its name)
     * @param key the new project's key (null: derived from the name)
     */
    public UUID start(UUID workspaceId, Path upload, String fileName, String name, String key) {
        guard.require(workspaceId, Role.coordinator);
        UUID userId = currentUser.id();
        UUID jobId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> jobs.insert(jobId, workspaceId, userId, fileName));
        try {
            executor.execute(() -> run(jobId, workspaceId, userId, upload, fileName, name, key));
        } catch (RuntimeException e) {
            delete(upload);
            QuarkusTransaction.requiringNew()
                    .run(() -> jobs.failed(
                            jobId, problem(503, "busy", "Too busy", "The import could not be started; try again")));
            throw e;
        }
        return jobId;
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    public JobView get(UUID id) {
        JobRow row = guard.readable(jobs.find(id), "Job", id);
        return view(row);
    }

    private void run(UUID jobId, UUID workspaceId, UUID userId, Path upload, String fileName, String name, String key) {
        ManagedContext request = Arc.container().requestContext();
        boolean activated = !request.isActive();
        if (activated) {
            request.activate();
        }
        try {
            progress(jobId, 5);
            ProjectFile file = PlanReader.read(upload);
            progress(jobId, 30);
            Fidelity fidelity = null;
            PlanSchedule.Converted converted = PlanSchedule.convert(file);
            if (FidelityCheck.hasComputedDates(converted)) {
                fidelity = FidelityCheck.compare(converted);
            }
            progress(jobId, 45);
            String projectName = name != null ? name : defaultName(file, fileName);
            Fidelity report = fidelity;
            QuarkusTransaction.requiringNew().run(() -> {
                UUID projectId = writer.write(
                        file,
                        new PlanWriter.Target(workspaceId, userId, projectName, key),
                        p -> progress(jobId, 45 + p / 2));
                jobs.succeeded(jobId, projectId, write(report));
            });
        } catch (ImportFailure e) {
            fail(jobId, problem(422, e.slug(), "The plan could not be imported", e.getMessage()));
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            LOG.warnf(e, "import job %s failed", jobId);
            fail(
                    jobId,
                    problem(
                            422,
                            "import-failed",
                            "The plan could not be imported",
                            "The file could not be turned into a project ("
                                    + e.getClass().getSimpleName() + "); nothing was saved"));
        } catch (OutOfMemoryError e) {
            fail(
                    jobId,
                    problem(
                            422,
                            "plan-too-large",
                            "The plan could not be imported",
                            "The plan is too large to import"));
        } finally {
            delete(upload);
            if (activated) {
                request.terminate();
            }
        }
    }

    private void progress(UUID jobId, int percent) {
        QuarkusTransaction.requiringNew().run(() -> jobs.progress(jobId, "running", Math.min(99, percent)));
    }

    private void fail(UUID jobId, String problem) {
        QuarkusTransaction.requiringNew().run(() -> jobs.failed(jobId, problem));
    }

    private static String defaultName(ProjectFile file, String fileName) {
        String title = file.getProjectProperties().getProjectTitle();
        if (title == null || title.isBlank()) {
            title = file.getProjectProperties().getName();
        }
        if (title == null || title.isBlank()) {
            title = fileName.replaceFirst("\\.[^.]*$", "");
        }
        title = title.trim();
        return title.isEmpty() ? "Imported plan" : title;
    }

    private String problem(int status, String slug, String title, String detail) {
        return write(new Problem(Problem.TYPE_BASE + slug, title, status, detail, null, null, null));
    }

    private JobView view(JobRow row) {
        JobState state = JobState.valueOf(row.state());
        ImportResult result = null;
        if (state == JobState.succeeded) {
            result = new ImportResult(row.projectId(), read(row.fidelity(), Fidelity.class));
        }
        Problem problem = state == JobState.failed ? read(row.problem(), Problem.class) : null;
        return new JobView(row.id(), state, row.progress(), row.fileName(), result, problem);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        if (text == null || text.equals("null")) {
            return null;
        }
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new IllegalStateException("stored job value is not readable", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debugf("could not delete %s", file);
        }
    }
}
