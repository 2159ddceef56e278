package app.throughline.capacity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the workload view. */
public final class WorkloadDtos {

    private WorkloadDtos() {}

    /** Days or weeks (Monday to Sunday; the first and last week are cut to the window). */
    public enum Granularity {
        day,
        week
    }

    @Schema(
            name = "Workload",
            description = "Capacity and demand per person and period, across all projects of the workspace "
                    + "(cancelled projects and summary tasks excluded)")
    public record WorkloadView(
            @Schema(example = "2026-12-01") LocalDate from,
            @Schema(example = "2026-12-31") LocalDate to,
            Granularity granularity,
            @Schema(description = "By name") List<PersonWorkload> people,

            @Schema(description = "Per team: the sums over its people in the result")
            List<TeamWorkload> teams) {}

    @Schema(name = "TeamWorkload")
    public record TeamWorkload(
            UUID teamId, @Schema(example = "4") int people, List<Period> periods) {}

    @Schema(name = "PersonWorkload")
    public record PersonWorkload(
            UUID personId,
            @Schema(example = "Priya Natarajan") String name,
            UUID teamId,
            List<Period> periods,

            @Schema(description = "Maximal runs of consecutive over-allocated periods")
            List<WorkloadOverallocation> overallocations) {}

    @Schema(name = "WorkloadPeriod")
    public record Period(
            @Schema(
                    description = "First day of the period (for weeks: Monday, or `from` for the first week)",
                    example = "2026-12-07")
            LocalDate start,

            @Schema(
                    description = "Working hours of the person's calendar × maxUnits; 0 on time off and holidays",
                    example = "40")
            double capacityHours,

            @Schema(
                    description =
                            "Assigned work scheduled in the period: units × working hours of the task's project calendar",
                    example = "48")
            double demandHours,

            @Schema(description = "demand / capacity; null when the capacity is 0", example = "1.2", nullable = true)
            Double utilization,

            @Schema(description = "Demand above capacity") boolean overallocated,

            @Schema(
                    description =
                            "Days in the period whose own demand is above that day's capacity, even when the period as a "
                                    + "whole is not (a one-day spike in a quiet week); for a team, person-days",
                    example = "1")
            int overallocatedDays) {}

    @Schema(name = "WorkloadOverallocation")
    public record WorkloadOverallocation(
            @Schema(example = "2026-12-07") LocalDate startDate,

            @Schema(description = "Inclusive", example = "2026-12-11")
            LocalDate endDate,

            @Schema(description = "Demand above capacity, summed over the run", example = "8")
            double excessHours,

            @Schema(description = "Tasks with work in the run")
            List<UUID> taskIds) {}
}
