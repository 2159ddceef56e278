package app.throughline.schedule;

import app.throughline.storedschedule.DriverView;
import app.throughline.storedschedule.TaskScheduleView;
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

    @Schema(name = "ProjectSchedule")
    public record ProjectScheduleView(
            UUID projectId,
            @Schema(example = "2026-12-01T08:00:00") LocalDateTime start,
            @Schema(example = "2027-03-12T17:00:00") LocalDateTime finish,
            @Schema(example = "2026-12-10") LocalDate statusDate,
            @Schema(example = "at_risk") String health,

            @Schema(description = "The first chain of driving predecessors that sets the finish")
            List<UUID> criticalPath,

            @Schema(
                    description =
                            "Every task that sets the finish: walking back from each task finishing last through the "
                                    + "dependency that drove each start (the first chain is criticalPath). Tasks late against "
                                    + "a deadline or constraint elsewhere are critical (negative float) but not on it")
            List<UUID> drivingPath,

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
