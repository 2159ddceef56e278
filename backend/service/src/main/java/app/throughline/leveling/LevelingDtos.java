package app.throughline.leveling;

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
                    "Delays that remove over-allocation. A delay is saved as a `snet` (start no earlier than) "
                            + "constraint on the new start date, recorded in the activity log; the schedule is then recomputed.")
    public record LevelingView(
            Mode mode,

            @Schema(description = "True when the changes were saved")
            boolean applied,

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

            @Schema(description = "Working days of delay", example = "3")
            int delayDays,

            @Schema(description = "The `snet` constraint date that holds the delay", example = "2026-12-04")
            LocalDate constraintDate) {}

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
