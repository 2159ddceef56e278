package app.throughline.workflow;

import app.throughline.workspace.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class WorkflowDtos {

    private WorkflowDtos() {}

    public static final String KEY_PATTERN = "^[a-z][a-z0-9_]{0,39}$";

    @Schema(name = "WorkflowStatus", description = "One status of a workflow, in board order")
    public record WorkflowStatus(
            @NotNull
            @Pattern(
                    regexp = KEY_PATTERN,
                    message = "must be 1-40 lowercase letters, digits or _, starting with a letter")
            @Schema(example = "client_review")
            String key,

            @NotBlank @Size(max = 60) @Schema(example = "Client review")
            String name,

            @NotNull @Schema(example = "review") StatusCategory category,

            @Min(1)
            @Max(10000)
            @Schema(description = "Tasks in this status per project before a move is flagged", example = "5")
            Integer wipLimit,

            @Valid ApprovalStep approval,

            @Schema(description = "A procedure (standard operating procedure) to follow in this status")
            UUID procedureId) {}

    @Schema(
            name = "ApprovalStep",
            description =
                    "Entering the status opens an approval round; the task cannot move forward until `required` approvers "
                            + "approved; one rejection sends it to `rejectTo`. Approvers are the people listed and/or every member "
                            + "with `approverRole` or a role above it.")
    public record ApprovalStep(
            @Size(max = 50) List<@NotNull UUID> approverPersonIds,
            @Schema(example = "coordinator") Role approverRole,
            @NotNull @Min(1) @Max(50) @Schema(example = "2") Integer required,

            @NotNull @Pattern(regexp = KEY_PATTERN) @Schema(example = "revision")
            String rejectTo) {}

    @Schema(name = "WorkflowTransition", description = "An allowed move")
    public record Transition(
            @NotNull @Pattern(regexp = KEY_PATTERN) @Schema(example = "draft")
            String from,

            @NotNull @Pattern(regexp = KEY_PATTERN) @Schema(example = "internal_review")
            String to) {}

    @Schema(name = "Workflow")
    public record WorkflowView(
            UUID id,
            UUID workspaceId,
            @Schema(example = "Content production") String name,

            @Schema(description = "The workspace default: new projects use it")
            boolean isDefault,

            List<WorkflowStatus> statuses,

            @Schema(description = "Allowed moves; empty = any move is allowed")
            List<Transition> transitions,

            @Schema(description = "Projects using this workflow", example = "2")
            long projectCount,

            Instant createdAt,
            Instant updatedAt,

            @Schema(description = "Row version: the ETag", example = "0")
            long version) {}

    @Schema(name = "CreateWorkflow")
    public record CreateWorkflow(
            @NotBlank @Size(max = 100) @Schema(example = "Content production")
            String name,

            @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid WorkflowStatus> statuses,
            @Size(max = 500) List<@NotNull @Valid Transition> transitions) {}

    @Schema(
            name = "WorkflowPatch",
            description = "Fields to change; absent fields stay. Removing a status that tasks use needs `reassign` "
                    + "naming where its tasks go (else 409 with the count).")
    public record WorkflowPatch(
            @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
            String name,

            @Size(min = 1, max = 30) List<@NotNull @Valid WorkflowStatus> statuses,
            @Size(max = 500) List<@NotNull @Valid Transition> transitions,

            @Schema(
                    description = "Removed status key → the status its tasks move to",
                    example = "{\"blocked\": \"in_progress\"}")
            Map<@Pattern(regexp = KEY_PATTERN) String, @NotNull @Pattern(regexp = KEY_PATTERN) String> reassign,

            @Schema(description = "Make this the workspace default (true only)")
            Boolean isDefault) {}
}
