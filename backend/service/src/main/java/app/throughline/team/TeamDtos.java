package app.throughline.team;

import app.throughline.api.NotBlankWhenSent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of teams. */
public final class TeamDtos {

    private TeamDtos() {}

    @Schema(name = "Team")
    public record TeamView(
            @Schema(example = "0c5e7a9b-3d4f-4a1b-9c8d-7e6f5a4b3c21")
            UUID id,

            @Schema(example = "6f1c2b1e-8a3d-4c55-9a8e-2f4f7b6f0a11")
            UUID workspaceId,

            @Schema(example = "Design") String name,
            @Schema(example = "Brand, UX and visual design") String description,
            Instant createdAt,
            Instant updatedAt) {

        public static TeamView of(Team team) {
            return new TeamView(team.id, team.workspaceId, team.name, team.description, team.createdAt, team.updatedAt);
        }
    }

    @Schema(name = "CreateTeam")
    public record CreateTeam(
            @NotBlank
            @Size(max = 200)
            @Schema(description = "Unique in the workspace, ignoring case", example = "Design")
            String name,

            @Size(max = 2000) @Schema(example = "Brand, UX and visual design")
            String description) {}

    @Schema(
            name = "TeamPatch",
            description = "Fields to change; absent fields stay as they are, `description: null` clears it.")
    public record TeamPatch(
            @NotBlankWhenSent
            @Size(min = 1, max = 200)
            @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
            @Schema(example = "Product design")
            String name,

            @Schema(implementation = String.class, maxLength = 2000, nullable = true, example = "UX and visual design")
            Optional<@Size(max = 2000) String> description) {}
}
