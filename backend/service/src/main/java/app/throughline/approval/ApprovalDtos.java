package app.throughline.approval;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ApprovalDtos {

    private ApprovalDtos() {}

    public enum DecisionKind {
        approve,
        reject
    }

    @Schema(name = "ApprovalDecisionRequest")
    public record DecideApproval(
            @NotNull @Schema(example = "approve") DecisionKind decision,

            @Size(max = 5000) @Schema(example = "Looks good to the client")
            String comment) {}

    @Schema(name = "ApprovalDecision")
    public record DecisionView(
            UUID userId, @Schema(example = "approve") String decision, String comment, Instant at) {}

    @Schema(
            name = "Approval",
            description = "An approval round, opened when the task entered a status with an approval step")
    public record ApprovalView(
            UUID id,
            UUID taskId,
            @Schema(example = "WEB-12") String taskKey,
            @Schema(example = "Write the launch post") String taskTitle,
            UUID projectId,
            @Schema(example = "client_review") String statusKey,
            @Schema(example = "pending") String state,
            Instant requestedAt,
            UUID requestedBy,

            @Schema(description = "Approvals needed", example = "2")
            int required,

            @Schema(description = "Approvals given so far", example = "1")
            int approvals,

            List<UUID> approverPersonIds,
            @Schema(example = "coordinator") String approverRole,

            @Schema(description = "Where a rejection sends the task", example = "revision")
            String rejectTo,

            List<DecisionView> decisions,

            @Schema(description = "Whether the signed-in user may decide this round now")
            boolean canDecide) {}
}
