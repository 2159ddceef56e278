package app.throughline.task;

import app.throughline.api.NotBlankWhenSent;
import app.throughline.task.TaskEnums.ConstraintType;
import app.throughline.task.TaskEnums.Priority;
import app.throughline.workflow.StatusCategory;
import app.throughline.workflow.WorkflowDtos;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class TaskDtos {

    private TaskDtos() {}

    public static final String TAG_PATTERN = "^[\\p{L}\\p{N}][\\p{L}\\p{N} _.:/-]{0,39}$";

    @Schema(name = "Task")
    public record TaskView(
            @Schema(example = "7d4c1f0e-2a9b-4c3d-8e5f-6a7b8c9d0e1f")
            UUID id,

            UUID workspaceId,
            UUID projectId,

            @Schema(description = "Project key and number; never reused", example = "WEB-12")
            String key,

            UUID parentId,

            @Schema(
                    description = "Order among its siblings: the WBS lists siblings by position (then key). "
                            + "After a move the siblings (and those the task left) are numbered 0, 1, 2…, without changing their version; "
                            + "adding or removing tasks may leave gaps.",
                    example = "2")
            int position,

            @Schema(example = "Design the home page") String title,
            String description,

            @Schema(description = "A status key of the project's workflow", example = "in_progress")
            String status,

            @Schema(
                    description = "The category of the status: done counts as complete, cancelled is out of the plan",
                    example = "in_progress")
            StatusCategory statusCategory,

            @Schema(example = "high") Priority priority,

            @Schema(
                    description = "Working days of the project's calendar (3 decimals); 0 makes a milestone-like task",
                    example = "5")
            BigDecimal durationDays,

            @Schema(
                    description =
                            "The same duration exactly, in working minutes (a working day is the project calendar's"
                                    + " day, 480 minutes on the default): what the schedule uses",
                    example = "2400")
            int durationMinutes,

            @Schema(example = "asap") ConstraintType constraintType,
            @Schema(example = "2026-12-07") LocalDate constraintDate,
            @Schema(example = "2026-12-18") LocalDate deadline,
            @Schema(example = "40") BigDecimal percentComplete,
            @Schema(example = "2026-12-02") LocalDate actualStart,
            LocalDate actualFinish,

            @Schema(example = "[\"design\", \"client-review\"]")
            List<String> tags,

            @Schema(description = "Has child tasks (its dates roll up from them)")
            boolean summary,

            List<AssignmentView> assignments,

            @Schema(description = "The computed schedule (same fields as in GET /projects/{id}/schedule)")
            app.throughline.storedschedule.TaskScheduleView schedule,

            Instant createdAt,
            Instant updatedAt,

            @Schema(
                    description = "Row version: the ETag, to send as If-Match without reading the task again",
                    example = "3")
            long version,

            @Schema(description = "True only in the answer to a move that passed the target status's WIP limit")
            boolean wipExceeded) {

        public TaskView withWipExceeded(boolean exceeded) {
            return new TaskView(
                    id,
                    workspaceId,
                    projectId,
                    key,
                    parentId,
                    position,
                    title,
                    description,
                    status,
                    statusCategory,
                    priority,
                    durationDays,
                    durationMinutes,
                    constraintType,
                    constraintDate,
                    deadline,
                    percentComplete,
                    actualStart,
                    actualFinish,
                    tags,
                    summary,
                    assignments,
                    schedule,
                    createdAt,
                    updatedAt,
                    version,
                    exceeded);
        }
    }

    @Schema(name = "CreateTask")
    public record CreateTask(
            @NotBlank @Size(max = 500) @Schema(example = "Design the home page")
            String title,

            @Size(max = 20000) String description,

            @Schema(description = "Parent (summary) task of the same project")
            UUID parentId,

            @Pattern(regexp = WorkflowDtos.KEY_PATTERN, message = "must be a status key of the project's workflow")
            @Schema(
                    description = "A status key of the project's workflow; defaults to its first to-do status",
                    example = "todo")
            String status,

            @Schema(defaultValue = "medium") Priority priority,

            @DecimalMin("0")
            @DecimalMax("10000")
            @Digits(integer = 5, fraction = 3)
            @Schema(
                    description = "Working days of the project's calendar, to 3 decimals; required unless"
                            + " durationMinutes is sent",
                    example = "5")
            BigDecimal durationDays,

            @Min(0)
            @Max(ExactDuration.MAX_MINUTES)
            @Schema(
                    description = "The duration exactly, in working minutes (30 = half an hour). Send durationDays or"
                            + " durationMinutes; both only when they agree (else 422)",
                    example = "30")
            Integer durationMinutes,

            @Schema(defaultValue = "asap") ConstraintType constraintType,
            LocalDate constraintDate,
            LocalDate deadline,

            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            BigDecimal percentComplete,

            LocalDate actualStart,
            LocalDate actualFinish,

            @Size(max = 20)
            List<
                            @NotBlank
                            @Pattern(regexp = TAG_PATTERN, message = "must be 1-40 letters, digits, spaces or _.:/-")
                            String>
                    tags) {}

    @Schema(
            name = "TaskPatch",
            description =
                    "Fields to change; absent fields stay; null clears an optional field (parentId null moves the task to the top level).")
    public record TaskPatch(
            @NotBlankWhenSent @Size(min = 1, max = 500) String title,
            Optional<@Size(max = 20000) String> description,
            Optional<UUID> parentId,

            @Schema(
                    description =
                            "Move the task to this 0-based place among its siblings (among the new parent's children when "
                                    + "parentId is sent too; past the last sibling means last). The server renumbers the siblings 0, 1, 2… in the "
                                    + "same transaction, so moving up is the current place − 1. Without it a task given a new parent goes last. "
                                    + "Moving (parentId, position) needs the role coordinator; If-Match checks the moved task only.",
                    example = "0")
            Integer position,

            @Schema(
                    description =
                            "Move the task to just after this sibling (a child of the task's parent, or of the new "
                                    + "parentId when sent). Unlike position it names the neighbour, so a reorder someone else made "
                                    + "meanwhile cannot misplace the task. Send at most one of position, afterId and beforeId.")
            UUID afterId,

            @Schema(
                    description =
                            "Move the task to just before this sibling (see afterId); before the first sibling makes "
                                    + "it first.")
            UUID beforeId,

            @Pattern(regexp = WorkflowDtos.KEY_PATTERN, message = "must be a status key of the project's workflow")
            @Schema(description = "Moves the task by its workflow's rules, as POST /tasks/{id}/transitions does")
            String status,

            Priority priority,

            @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 3)
            BigDecimal durationDays,

            @Min(0)
            @Max(ExactDuration.MAX_MINUTES)
            @Schema(
                    description = "The duration exactly, in working minutes (30 = half an hour). Send durationDays or"
                            + " durationMinutes; both only when they agree (else 422)",
                    example = "30")
            Integer durationMinutes,

            ConstraintType constraintType,
            Optional<LocalDate> constraintDate,
            Optional<LocalDate> deadline,

            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            BigDecimal percentComplete,

            Optional<LocalDate> actualStart,
            Optional<LocalDate> actualFinish,

            @Size(max = 20)
            List<
                            @NotBlank
                            @Pattern(regexp = TAG_PATTERN, message = "must be 1-40 letters, digits, spaces or _.:/-")
                            String>
                    tags) {}

    @Schema(name = "Assignment")
    public record AssignmentView(
            UUID id,
            UUID taskId,
            UUID personId,
            @Schema(example = "0.5") BigDecimal units,

            @Schema(description = "Row version: the ETag, to send as If-Match", example = "0")
            long version) {
        static AssignmentView of(Assignment a) {
            return new AssignmentView(
                    a.id, a.taskId, a.personId, app.throughline.api.Decimals.plain(a.units), a.version);
        }
    }

    public record CreateAssignment(
            @NotNull UUID personId,

            @NotNull
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @DecimalMax(value = "10", message = "must be at most 10")
            @Digits(integer = 2, fraction = 2)
            @Schema(example = "1.0")
            BigDecimal units) {}

    @Schema(
            name = "AssignmentPatch",
            description = "A change of an assignment's units (how much of the person's time the task takes)")
    public record AssignmentPatch(
            @NotNull
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @DecimalMax(value = "10", message = "must be at most 10")
            @Digits(integer = 2, fraction = 2)
            @Schema(example = "0.5")
            BigDecimal units) {}

    @Schema(name = "Comment")
    public record CommentView(
            UUID id,
            UUID taskId,
            UUID authorId,

            @Schema(example = "Client approved the wireframes, thanks @Priya Sharma")
            String body,

            @Schema(description = "The people the body mentions with @name or @handle, resolved when it was written")
            List<UUID> mentionedPersonIds,

            Instant createdAt) {}

    @Schema(name = "CreateComment")
    public record CreateComment(
            @NotBlank @Size(max = 20000) @Schema(example = "Client approved the wireframes")
            String body) {}
}
