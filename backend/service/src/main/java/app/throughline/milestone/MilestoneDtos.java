package app.throughline.milestone;

import app.throughline.api.NotBlankWhenSent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class MilestoneDtos {

    private MilestoneDtos() {}

    @Schema(name = "Milestone")
    public record MilestoneView(
            @Schema(example = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b")
            UUID id,

            UUID workspaceId,
            UUID projectId,
            @Schema(example = "Design sign-off") String name,
            @Schema(example = "2027-01-15") LocalDate dueDate,
            UUID ownerId,

            @Schema(description = "Promised to a client", example = "true")
            boolean committed,

            List<UUID> gatingTaskIds,

            @Schema(description = "Latest early finish of the gating tasks (from the schedule)", example = "2027-01-13")
            LocalDate forecastDate,

            @Schema(description = "achieved, on_track, at_risk or missed (from the schedule)", example = "on_track")
            String health,

            Instant createdAt,
            Instant updatedAt) {}

    @Schema(name = "CreateMilestone")
    public record CreateMilestone(
            @NotBlank @Size(max = 200) @Schema(example = "Design sign-off")
            String name,

            @NotNull @Schema(example = "2027-01-15") LocalDate dueDate,

            @Schema(description = "A person of the workspace")
            UUID ownerId,

            @Size(max = 1000) List<@NotNull UUID> gatingTaskIds,
            Boolean committed) {}

    @Schema(name = "MilestonePatch")
    public record MilestonePatch(
            @NotBlankWhenSent @Size(min = 1, max = 200) String name,
            LocalDate dueDate,
            Optional<UUID> ownerId,
            @Size(max = 1000) List<@NotNull UUID> gatingTaskIds,
            Boolean committed) {}
}
