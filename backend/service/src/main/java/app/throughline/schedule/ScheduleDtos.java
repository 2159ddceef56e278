package app.throughline.schedule;

import app.throughline.task.TaskEnums.ConstraintType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ScheduleDtos {

    private ScheduleDtos() {}

    @Schema(name = "Driver", description = "What fixed the task's early start")
    public record DriverView(
            @Schema(
                    description = "project_start, dependency, constraint, actual or status_date",
                    example = "dependency")
            String kind,

            @Schema(description = "The driving dependency, when kind is dependency")
            UUID dependencyId,

            @Schema(description = "The summary task whose dependency or constraint was inherited")
            UUID viaSummaryTaskId) {}

    @Schema(name = "TaskSchedule")
    public record TaskScheduleView(
            UUID taskId,
            @Schema(example = "2026-12-03T08:00:00") LocalDateTime earlyStart,
            @Schema(example = "2026-12-09T17:00:00") LocalDateTime earlyFinish,
            @Schema(example = "2026-12-07T08:00:00") LocalDateTime lateStart,
            @Schema(example = "2026-12-11T17:00:00") LocalDateTime lateFinish,

            @Schema(description = "Working days; negative when a deadline or constraint is missed", example = "2")
            double totalFloatDays,

            @Schema(example = "0") double freeFloatDays,
            boolean critical,
            DriverView driver,

            @Schema(description = "A date constraint contradicts the dependencies (the constraint wins)")
            boolean constraintConflict,

            LocalDateTime baselineStart,
            LocalDateTime baselineFinish,

            @Schema(description = "Working days later (+) or earlier (−) than the baseline")
            Double startVarianceDays,

            Double finishVarianceDays) {}

    @Schema(name = "ProjectSchedule")
    public record ProjectScheduleView(
            UUID projectId,
            @Schema(example = "2026-12-01T08:00:00") LocalDateTime start,
            @Schema(example = "2027-03-12T17:00:00") LocalDateTime finish,
            @Schema(example = "2026-12-10") LocalDate statusDate,
            @Schema(example = "at_risk") String health,
            List<UUID> criticalPath,
            List<TaskScheduleView> tasks,
            Instant computedAt) {}

    @Schema(name = "ExplainStep")
    public record ExplainStep(
            UUID taskId,
            @Schema(example = "WEB-7") String key,
            String title,
            LocalDateTime earlyStart,
            LocalDateTime earlyFinish,
            DriverView driver,

            @Schema(example = "Starts after WEB-5 finishes (fs, lag 1 day)")
            String reason) {}

    @Schema(name = "ScheduleExplanation", description = "The driving chain from the task back to what fixed it")
    public record Explanation(UUID taskId, List<ExplainStep> chain) {}

    @Schema(name = "ScheduleChange", description = "A change to try in the sandbox; absent fields stay")
    public record Change(
            @NotNull UUID taskId,
            @DecimalMin("0") @DecimalMax("10000") BigDecimal durationDays,
            ConstraintType constraintType,
            LocalDate constraintDate,
            LocalDate deadline,
            @DecimalMin("0") @DecimalMax("100") BigDecimal percentComplete,
            LocalDate actualStart,
            LocalDate actualFinish) {}

    @Schema(name = "SchedulePreviewRequest")
    public record PreviewRequest(
            @NotNull @Size(min = 1, max = 1000) List<@Valid @NotNull Change> changes) {}

    @Schema(name = "MilestoneMove")
    public record MilestoneMove(
            UUID milestoneId,
            @Schema(example = "Design sign-off") String name,
            LocalDate dueDate,
            LocalDate forecastBefore,
            LocalDate forecastAfter,
            String healthBefore,
            String healthAfter) {}

    @Schema(name = "SchedulePreview")
    public record Preview(
            LocalDateTime finishBefore,
            LocalDateTime finishAfter,

            @Schema(description = "Working days the finish moves (+ later)")
            double finishDeltaDays,

            List<MilestoneMove> milestones,
            ProjectScheduleView schedule) {}

    @Schema(name = "Baseline")
    public record BaselineView(
            UUID id,
            UUID projectId,
            @Schema(example = "Signed-off plan") String name,
            Instant createdAt,
            int taskCount) {}

    @Schema(name = "CreateBaseline")
    public record CreateBaseline(
            @NotBlank @Size(max = 200) @Schema(example = "Signed-off plan")
            String name) {}
}
