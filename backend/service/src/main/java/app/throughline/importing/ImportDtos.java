package app.throughline.importing;

import app.throughline.api.Problem;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of plan imports and their jobs. */
public final class ImportDtos {

    private ImportDtos() {}

    @Schema(name = "ImportAccepted")
    public record ImportAccepted(
            @Schema(
                    description = "Follow it at GET /api/v1/jobs/{jobId}",
                    example = "0b8e7d2a-3c4f-4e61-9a55-2f0d1c9b7e10")
            UUID jobId) {}

    public enum JobState {
        queued,
        running,
        succeeded,
        failed
    }

    @Schema(name = "Job")
    public record JobView(
            @Schema(example = "0b8e7d2a-3c4f-4e61-9a55-2f0d1c9b7e10")
            UUID id,

            @Schema(example = "succeeded") JobState state,

            @Schema(description = "0 to 100", example = "100")
            int progress,

            @Schema(description = "The uploaded file's name", example = "plan.xml")
            String fileName,

            @Schema(description = "When the job succeeded") ImportResult result,

            @Schema(description = "Why the job failed (nothing was written)")
            Problem problem) {}

    @Schema(name = "ImportResult")
    public record ImportResult(
            @Schema(example = "5d0f3c52-9f5e-4d52-8a36-4fb0c3d0a1e2")
            UUID projectId,

            @Schema(description = "Only for files that carry MS Project's own computed dates")
            Fidelity fidelity) {}

    @Schema(
            name = "Fidelity",
            description = "Each task's early start, early finish, total slack and critical flag as Throughline"
                    + " schedules the imported plan, compared with the values saved in the file")
    public record Fidelity(
            @Schema(example = "68") int tasksCompared,

            @Schema(description = "Tasks whose four values all match to the minute", example = "68")
            int matched,

            List<Mismatch> mismatches) {}

    @Schema(name = "FidelityMismatch")
    public record Mismatch(
            @Schema(example = "Design review") String taskName,

            @Schema(description = "earlyStart, earlyFinish, totalSlack or critical", example = "earlyFinish")
            String field,

            @Schema(description = "The file's value", example = "2025-06-04T17:00")
            String expected,

            @Schema(description = "Throughline's value", example = "2025-06-05T12:00")
            String actual,

            @Schema(example = "the task is on a calendar shared by its resources")
            String reason) {}
}
