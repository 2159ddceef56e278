package app.throughline.project;

import app.throughline.api.NotBlankWhenSent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ProjectDtos {

    private ProjectDtos() {}

    public static final String KEY_PATTERN = "^[A-Z][A-Z0-9]{1,9}$";
    public static final String KEY_MESSAGE = "must be 2 to 10 capital letters or digits, starting with a letter";

    @Schema(name = "Project")
    public record ProjectView(
            @Schema(example = "0b6f5a52-3c1d-4a7e-9f10-5e2d8c4b7a91")
            UUID id,

            UUID workspaceId,
            @Schema(example = "WEB") String key,
            @Schema(example = "Website relaunch") String name,

            @Schema(example = "New marketing site for Contoso")
            String description,

            UUID ownerId,
            @Schema(example = "active") ProjectStatus status,
            @Schema(example = "2026-12-01") LocalDate startDate,
            @Schema(example = "2027-03-31") LocalDate targetFinishDate,
            UUID calendarId,
            @Schema(example = "2026-12-15") LocalDate statusDate,

            @Schema(description = "The workflow whose statuses the tasks move through")
            UUID workflowId,

            @Schema(description = "Computed from milestones and negative float", example = "on_track")
            String health,

            @Schema(
                    description =
                            "The highest task number given out so far (tasks are numbered 1, 2, … per project; deleted numbers are not reused): with the task list's numberFrom/numberTo a client reads a large project in parallel ranges",
                    example = "412")
            int lastTaskNumber,

            Instant createdAt,
            Instant updatedAt) {

        public static ProjectView of(Project p, String health) {
            return new ProjectView(
                    p.id,
                    p.workspaceId,
                    p.key,
                    p.name,
                    p.description,
                    p.ownerId,
                    p.status,
                    p.startDate,
                    p.targetFinishDate,
                    p.calendarId,
                    p.statusDate,
                    p.workflowId,
                    health,
                    p.nextTaskNumber,
                    p.createdAt,
                    p.updatedAt);
        }
    }

    @Schema(name = "CreateProject")
    public record CreateProject(
            @NotBlank @Pattern(regexp = KEY_PATTERN, message = KEY_MESSAGE) @Schema(example = "WEB")
            String key,

            @NotBlank @Size(max = 200) @Schema(example = "Website relaunch")
            String name,

            @Size(max = 10000) String description,

            @Schema(description = "A person of the workspace")
            UUID ownerId,

            @Schema(example = "planned", defaultValue = "planned")
            ProjectStatus status,

            @NotNull @Schema(example = "2026-12-01") LocalDate startDate,
            @Schema(example = "2027-03-31") LocalDate targetFinishDate,

            @Schema(description = "Defaults to the workspace's default calendar")
            UUID calendarId,

            @Schema(example = "2026-12-15") LocalDate statusDate,

            @Schema(description = "Defaults to the workspace's default workflow")
            UUID workflowId) {}

    @Schema(name = "ProjectPatch", description = "Fields to change; absent fields stay; null clears an optional field.")
    public record ProjectPatch(
            @Pattern(regexp = KEY_PATTERN, message = KEY_MESSAGE) @Schema(example = "WEB")
            String key,

            @NotBlankWhenSent @Size(min = 1, max = 200) String name,
            Optional<@Size(max = 10000) String> description,
            Optional<UUID> ownerId,
            ProjectStatus status,
            LocalDate startDate,
            Optional<LocalDate> targetFinishDate,
            Optional<UUID> calendarId,
            Optional<LocalDate> statusDate,

            @Schema(
                    description = "Another workflow of the workspace: each task keeps its status key when the new "
                            + "workflow has it, else takes the first status of the same category (each move recorded)")
            UUID workflowId) {}
}
