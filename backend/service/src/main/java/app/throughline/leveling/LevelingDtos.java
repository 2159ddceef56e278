package app.throughline.leveling;

import app.throughline.schedule.ScheduleDtos.MilestoneMove;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of resource levelling. */
public final class LevelingDtos {

    private LevelingDtos() {}

    /** What levelling may do to the finish. */
    public enum Mode {
        /** Delay work only within its float; the finish never moves. */
        within_float,
        /** Remove every over-allocation, letting the finish slip as little as the search finds. */
        allow_slip
    }

    @Schema(name = "LevelingRequest")
    public record LevelingRequest(
            @NotNull
            @Schema(
                    description = "within_float: never move the finish; allow_slip: remove all over-allocation",
                    example = "within_float")
            Mode mode,

            @Schema(
                    description = "Save the delays (coordinator); absent or false: preview only",
                    defaultValue = "false")
            Boolean apply) {

        public boolean applying() {
            return Boolean.TRUE.equals(apply);
        }
    }

    @Schema(
            name = "Leveling",
            description =
                    "Delays that remove over-allocation. Each is saved as the task's levelling delay (like MS Project's "
                            + "Leveling Delay: added after what drives the task, so drivers and the driving path stay honest), "
                            + "recorded in the activity log; the schedule is then recomputed. "
                            + "`DELETE /projects/{id}/leveling` clears them.")
    public record LevelingView(
            Mode mode,

            @Schema(description = "True when the changes were saved")
            boolean applied,

            @Schema(
                    description =
                            "What the delays do to each project they touch: finish and milestones, by project key")
            List<ProjectImpact> projects,

            @Schema(description = "Tasks that start later, in project and task order")
            List<LevelingChange> changes,

            @Schema(
                    description =
                            "Project finish before levelling (latest over the projects when levelling a workspace)")
            LocalDateTime finishBefore,

            @Schema(description = "Project finish with the delays")
            LocalDateTime finishAfter,

            @Schema(
                    description =
                            "Over-allocation levelling could not remove (within_float: the delays that would move the finish)")
            List<RemainingOverallocation> remainingOverallocations) {}

    @Schema(name = "LevelingChange")
    public record LevelingChange(
            UUID taskId,
            UUID projectId,

            @Schema(description = "Scheduled start before levelling")
            LocalDateTime oldStart,

            @Schema(description = "Start after levelling: the first working time of the new start date")
            LocalDateTime newStart,

            @Schema(description = "Working days this run delays the start", example = "3")
            int delayDays,

            @Schema(
                    description =
                            "The task's whole levelling delay after this run (working days; earlier runs' delays included)",
                    example = "3")
            double levelingDelayDays) {}

    @Schema(name = "LevelingProjectImpact", description = "What levelling does to one project")
    public record ProjectImpact(
            UUID projectId,
            @Schema(example = "WEB") String key,
            @Schema(example = "Website relaunch") String name,
            LocalDateTime finishBefore,
            LocalDateTime finishAfter,

            @Schema(description = "Working days the finish moves (+ later)", example = "0")
            double finishDeltaDays,

            @Schema(description = "Milestones whose forecast or health changes")
            List<MilestoneMove> milestones) {}

    @Schema(name = "RemainingOverallocation")
    public record RemainingOverallocation(
            UUID personId,
            @Schema(example = "2026-12-01") LocalDate startDate,

            @Schema(description = "Inclusive", example = "2026-12-02")
            LocalDate endDate,

            @Schema(description = "Demand above capacity, summed over the days", example = "16")
            double excessHours,

            @Schema(description = "The levelled tasks using the person in that stretch")
            List<UUID> taskIds) {}
}
