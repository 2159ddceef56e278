package app.throughline.risk;

import app.throughline.api.NotBlankWhenSent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class RiskDtos {

    private RiskDtos() {}

    @Schema(name = "Risk")
    public record RiskView(
            @Schema(example = "7a1c2d3e-4f50-4617-8a9b-0c1d2e3f4a5b")
            UUID id,

            UUID workspaceId,
            UUID projectId,

            @Schema(description = "risk (may happen) or issue (has happened)", example = "risk")
            RiskKind kind,

            @Schema(example = "Client feedback on designs arrives late")
            String title,

            String description,
            @Schema(example = "4") int probability,
            @Schema(example = "3") int impact,

            @Schema(description = "probability × impact", example = "12")
            int score,

            @Schema(description = "low (≤ 4), medium (≤ 9), high (≤ 15) or critical", example = "high")
            String severity,

            UUID ownerId,
            @Schema(example = "open") RiskStatus status,

            @Schema(example = "Book review slots with the client a week ahead")
            String mitigation,

            @Schema(example = "Ship with placeholder imagery")
            String contingency,

            @Schema(example = "2026-12-18") LocalDate dueDate,
            List<UUID> taskIds,
            List<UUID> milestoneIds,

            @Schema(description = "Working days the linked tasks slip if the risk occurs", example = "3")
            int scheduleImpactDays,

            @Schema(
                    description = "0 = not escalated; otherwise a level of the workspace escalation policy",
                    example = "1")
            int escalationLevel,

            @Schema(description = "Every score the risk has had, oldest first")
            List<ScorePoint> scoreHistory,

            Instant createdAt,
            Instant updatedAt) {}

    @Schema(name = "RiskScorePoint")
    public record ScorePoint(
            @Schema(example = "4") int probability,
            @Schema(example = "3") int impact,
            @Schema(example = "12") int score,
            Instant at,
            UUID byUserId) {}

    @Schema(name = "CreateRisk")
    public record CreateRisk(
            @Schema(description = "Defaults to risk; members may only report issues", example = "risk")
            RiskKind kind,

            @NotBlank @Size(max = 200) @Schema(example = "Client feedback on designs arrives late")
            String title,

            @Size(max = 10000) String description,

            @NotNull @Min(RiskScore.MIN) @Max(RiskScore.MAX) @Schema(example = "4")
            Integer probability,

            @NotNull @Min(RiskScore.MIN) @Max(RiskScore.MAX) @Schema(example = "3")
            Integer impact,

            @Schema(description = "A person of the workspace")
            UUID ownerId,

            @Schema(description = "Defaults to open", example = "open")
            RiskStatus status,

            @Size(max = 10000) String mitigation,
            @Size(max = 10000) String contingency,
            @Schema(example = "2026-12-18") LocalDate dueDate,

            @Size(max = 200) @Schema(description = "Tasks of the same project")
            List<@NotNull UUID> taskIds,

            @Size(max = 200) @Schema(description = "Milestones of the same project")
            List<@NotNull UUID> milestoneIds,

            @Min(0) @Max(1000) @Schema(example = "3") Integer scheduleImpactDays) {}

    @Schema(name = "RiskPatch")
    public record RiskPatch(
            RiskKind kind,
            @NotBlankWhenSent @Size(min = 1, max = 200) String title,
            Optional<@Size(max = 10000) String> description,
            @Min(RiskScore.MIN) @Max(RiskScore.MAX) Integer probability,
            @Min(RiskScore.MIN) @Max(RiskScore.MAX) Integer impact,
            Optional<UUID> ownerId,
            RiskStatus status,
            Optional<@Size(max = 10000) String> mitigation,
            Optional<@Size(max = 10000) String> contingency,
            Optional<LocalDate> dueDate,
            @Size(max = 200) List<@NotNull UUID> taskIds,
            @Size(max = 200) List<@NotNull UUID> milestoneIds,
            @Min(0) @Max(1000) Integer scheduleImpactDays) {}

    @Schema(
            name = "RiskImpact",
            description = "The what-if of the risk occurring: its linked tasks slip; nothing is saved")
    public record ImpactView(
            UUID riskId,

            @Schema(description = "Working days each linked task slips", example = "3")
            int slipDays,

            @Schema(example = "2027-02-26T17:00:00") LocalDateTime finishBefore,
            @Schema(example = "2027-03-03T17:00:00") LocalDateTime finishAfter,

            @Schema(description = "Working days the project finish moves", example = "3")
            double finishSlipDays,

            @Schema(description = "Milestones whose forecast moves")
            List<MilestoneImpact> milestones) {}

    @Schema(name = "RiskMilestoneImpact")
    public record MilestoneImpact(
            UUID milestoneId,
            @Schema(example = "Design sign-off") String name,
            @Schema(example = "2027-01-15") LocalDate dueDate,
            @Schema(example = "2027-01-13") LocalDate forecastBefore,
            @Schema(example = "2027-01-18") LocalDate forecastAfter,

            @Schema(description = "Working days of the project calendar the forecast moves", example = "3")
            int slipDays,

            @Schema(example = "on_track") String healthBefore,
            @Schema(example = "at_risk") String healthAfter) {}

    @Schema(name = "RiskBrief", description = "A risk in a summary list")
    public record RiskBrief(
            UUID id,
            UUID projectId,
            @Schema(example = "risk") RiskKind kind,

            @Schema(example = "Client feedback on designs arrives late")
            String title,

            @Schema(example = "12") int score,
            @Schema(example = "high") String severity,
            @Schema(example = "open") RiskStatus status,
            @Schema(example = "1") int escalationLevel) {}

    @Schema(name = "MilestoneExposure")
    public record MilestoneExposure(
            UUID milestoneId,
            @Schema(example = "Design sign-off") String name,
            @Schema(example = "2027-01-15") LocalDate dueDate,

            @Schema(
                    description = "The most working days any one live risk of the project would move its forecast",
                    example = "3")
            int exposureDays,

            @Schema(description = "The live risks that would move it")
            List<UUID> riskIds) {}

    @Schema(name = "ProjectRiskSummary", description = "For the project header: top risks and exposure per milestone")
    public record RiskSummary(
            UUID projectId,

            @Schema(description = "Live risks (not closed) with the highest scores, at most 5")
            List<RiskBrief> topRisks,

            @Schema(example = "4") int liveRisks,
            List<MilestoneExposure> milestones) {}
}
