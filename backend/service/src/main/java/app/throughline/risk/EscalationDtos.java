package app.throughline.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class EscalationDtos {

    private EscalationDtos() {}

    public enum Direction {
        up,
        down
    }

    @Schema(name = "EscalationLevel")
    public record Level(
            @NotNull
            @Min(1)
            @Max(20)
            @Schema(description = "1 for the first level, counting up without gaps", example = "1")
            Integer level,

            @NotBlank @Size(max = 100) @Schema(example = "Coordinator lead")
            String name,

            @Size(max = 50) @Schema(description = "People of the workspace who hear about escalations to this level")
            List<@NotNull UUID> personIds) {}

    @Schema(name = "EscalationRules", description = "Automatic rules; an absent threshold (or false) is off")
    public record Rules(
            @Min(1) @Max(25) @Schema(description = "Raise a risk whose score reaches this", example = "15")
            Integer scoreAtLeast,

            @Min(1)
            @Max(365)
            @Schema(
                    description = "Raise an open risk (no mitigation under way) this many days past its due date",
                    example = "3")
            Integer overdueDays,

            @Schema(description = "Raise a risk when a linked milestone turns at risk or missed", example = "true")
            Boolean milestoneAtRisk) {}

    @Schema(name = "EscalationPolicy")
    public record Policy(
            @NotNull @Size(max = 20) List<@Valid @NotNull Level> levels,
            @Valid Rules rules) {}

    @Schema(name = "EscalationPolicyView")
    public record PolicyView(UUID workspaceId, List<Level> levels, Rules rules) {}

    @Schema(name = "EscalateRisk")
    public record Escalate(
            @NotNull @Schema(example = "up") Direction direction,

            @NotBlank
            @Size(max = 1000)
            @Schema(example = "Client has not answered for two weeks; needs the account lead")
            String reason) {}

    @Schema(name = "Escalation")
    public record EscalationView(
            UUID id,
            UUID riskId,
            UUID projectId,

            @Schema(example = "Client feedback on designs arrives late")
            String riskTitle,

            @Schema(example = "up") Direction direction,
            @Schema(example = "0") int fromLevel,
            @Schema(example = "1") int level,
            @Schema(example = "Coordinator lead") String levelName,

            @Schema(example = "Client has not answered for two weeks; needs the account lead")
            String reason,

            Instant at,
            UUID byUserId,

            @Schema(
                    description =
                            "The automatic rule that raised it (score_at_least, overdue_days, milestone_at_risk); "
                                    + "absent when a person escalated",
                    example = "score_at_least")
            String rule) {}
}
