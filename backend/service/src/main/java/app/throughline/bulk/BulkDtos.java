package app.throughline.bulk;

import static app.throughline.task.TaskDtos.TAG_PATTERN;

import app.throughline.dependency.DependencyType;
import app.throughline.task.TaskEnums.ConstraintType;
import app.throughline.task.TaskEnums.Priority;
import app.throughline.workflow.WorkflowDtos;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code tasks:bulk} and its answer. */
public final class BulkDtos {

    private BulkDtos() {}

    @Schema(name = "BulkTasks")
    public record BulkRequest(
            @NotNull @Size(min = 1, max = 20000) List<@Valid @NotNull BulkTask> tasks,
            @Size(max = 60000) List<@Valid @NotNull BulkDependency> dependencies) {}

    @Schema(name = "BulkTask")
    public record BulkTask(
            @NotBlank
            @Size(max = 100)
            @Schema(description = "Your reference for this task inside the request", example = "t1")
            String ref,

            @Size(max = 100) @Schema(example = "t0") String parentRef,
            UUID parentId,

            @NotBlank @Size(max = 500) @Schema(example = "Build the CMS templates")
            String title,

            @Size(max = 20000) String description,

            @Pattern(regexp = WorkflowDtos.KEY_PATTERN, message = "must be a status key of the project's workflow")
            @Schema(description = "A status key of the project's workflow; defaults to its first to-do status")
            String status,

            Priority priority,

            @NotNull @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 3) @Schema(example = "3")
            BigDecimal durationDays,

            ConstraintType constraintType,
            LocalDate constraintDate,
            LocalDate deadline,

            @Size(max = 20)
            List<
                            @NotBlank
                            @Pattern(regexp = TAG_PATTERN, message = "must be 1-40 letters, digits, spaces or _.:/-")
                            String>
                    tags) {}

    @Schema(name = "BulkDependency")
    public record BulkDependency(
            @NotBlank @Schema(example = "t1") String predecessorRef,
            @NotBlank @Schema(example = "t2") String successorRef,
            @Schema(defaultValue = "fs") DependencyType type,

            @DecimalMin("-10000") @DecimalMax("10000") @Digits(integer = 5, fraction = 3) @Schema(example = "0")
            BigDecimal lagDays) {}

    @Schema(name = "BulkResult")
    public record BulkResult(List<BulkTaskResult> tasks, List<BulkDependencyResult> dependencies) {}

    @Schema(name = "BulkTaskResult")
    public record BulkTaskResult(
            @Schema(example = "t1") String ref,
            UUID id,
            @Schema(example = "WEB-13") String key) {}

    @Schema(name = "BulkDependencyResult")
    public record BulkDependencyResult(UUID id) {}
}
