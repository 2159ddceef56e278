package app.throughline.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class DecisionDtos {

    private DecisionDtos() {}

    @Schema(name = "Decision", description = "A recorded decision; never changed, only superseded by a newer one")
    public record DecisionView(
            UUID id,
            UUID workspaceId,
            UUID projectId,
            @Schema(example = "Launch with English only") String title,

            @Schema(example = "Translations are two weeks late; the launch date is committed to the client")
            String context,

            @Schema(example = "Launch in English on the committed date; German follows in the next release")
            String decision,

            @Schema(example = "Slip the launch two weeks; machine translation")
            String optionsConsidered,

            @Schema(example = "Dana Whitfield (client), Sam Ortiz")
            String decidedBy,

            @Schema(example = "2026-11-27") LocalDate decidedOn,
            List<UUID> taskIds,
            List<UUID> riskIds,
            UUID supersedesId,

            @Schema(description = "The newer decision that replaced this one; absent while it stands")
            UUID supersededById,

            UUID createdBy,
            Instant createdAt) {}

    @Schema(name = "CreateDecision")
    public record CreateDecision(
            @NotBlank @Size(max = 200) @Schema(example = "Launch with English only")
            String title,

            @NotBlank
            @Size(max = 10000)
            @Schema(example = "Translations are two weeks late; the launch date is committed to the client")
            String context,

            @NotBlank
            @Size(max = 10000)
            @Schema(example = "Launch in English on the committed date; German follows in the next release")
            String decision,

            @Size(max = 10000) @Schema(example = "Slip the launch two weeks; machine translation")
            String optionsConsidered,

            @NotBlank
            @Size(max = 200)
            @Schema(description = "Free text: who decided", example = "Dana Whitfield (client)")
            String decidedBy,

            @NotNull @Schema(example = "2026-11-27") LocalDate decidedOn,

            @Size(max = 200) @Schema(description = "Tasks of the same project")
            List<@NotNull UUID> taskIds,

            @Size(max = 200) @Schema(description = "Risks of the same project")
            List<@NotNull UUID> riskIds,

            @Schema(description = "An earlier decision of the same project that this one replaces")
            UUID supersedesId) {}
}
