package app.throughline.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Delivery metrics of a project or workspace over a date range. Rates are 0–1 fractions; null when nothing to measure. */
public final class MetricsDtos {

    private MetricsDtos() {}

    public enum Granularity {
        week,
        month
    }

    @Schema(name = "Metrics", description = "Delivery metrics over [from, to], computed in SQL from the history")
    public record MetricsView(
            @Schema(example = "2026-09-01") LocalDate from,
            @Schema(example = "2026-11-30") LocalDate to,
            Granularity granularity,

            @Schema(
                    description = "Committed milestones due in [from, to] achieved on or before their due date ÷ "
                            + "(achieved + missed). A milestone is achieved when every gating task is done or "
                            + "cancelled, on the day the last of them finished (actual finish, else the move to "
                            + "done); missed when its due date passed without that. Milestones still open and "
                            + "not yet due are left out.",
                    example = "0.75",
                    nullable = true)
            Double onTimeDeliveryRate,

            @Schema(
                    description = "The same, against each milestone's due date when the project's first baseline "
                            + "was taken (from the activity log); milestones created after it are left out.",
                    example = "0.5",
                    nullable = true)
            Double onTimeDeliveryRateBaseline,

            @Schema(
                    description = "Milestones due in [from, to] that are achieved ÷ all milestones due in [from, to]",
                    example = "0.8",
                    nullable = true)
            Double milestoneCompletion,

            @Schema(
                    description = "Days from a task's first move to an in-progress or review status to its last "
                            + "move to done, over tasks done now whose last move to done fell in [from, to] "
                            + "(a task that went back keeps its first start)")
            Percentiles cycleTimeDays,

            @Schema(description = "Days from a task's creation to its last move to done, over the same tasks")
            Percentiles leadTimeDays,

            @Schema(description = "Tasks whose last move to done fell in each bucket (weeks start on Monday)")
            List<Bucket> throughput,

            @Schema(
                    description = "Utilisation over [from, to] (at most 366 days from `from`): demand hours ÷ "
                            + "capacity hours (a fraction, 1 = fully loaded), for the workspace's people in all, per "
                            + "person and per team. Capacity: each person's calendar working hours × max units, 0 on "
                            + "time off. Demand: units × the working hours of each assigned leaf task's span in the "
                            + "range, where a task done with actual dates spans them and any other task its schedule "
                            + "(the whole work, finished work included). When the range begins before the project "
                            + "(for a workspace, its first live project) started, capacity counts from that start")
            Utilization utilization,

            @Schema(
                    description = "Forecast finish against the latest baseline in working days of the project "
                            + "calendar (the finish variance of the task that finishes last; positive is late); "
                            + "for a workspace, the mean over projects with a baseline",
                    example = "2.5",
                    nullable = true)
            Double scheduleVarianceDays,

            @Schema(
                    description = "Task changes recorded in [from, to] after the project's first baseline: tasks "
                            + "added, removed, and re-estimated (duration changed)")
            ScopeChanges scopeChanges,

            @Schema(
                    description = "Over tasks done in [from, to] with an actual start and finish and a positive "
                            + "duration: the sum of planned durations (first-baseline duration, else the current "
                            + "one) ÷ the sum of actual durations in Monday–Friday days from actual start to "
                            + "actual finish inclusive. 1 is exact; below 1, work took longer than planned.",
                    example = "0.85",
                    nullable = true)
            Double estimateAccuracy,

            @Schema(
                    description = "Mean rating (1–5) left through share links in [from, to]",
                    example = "4.2",
                    nullable = true)
            Double stakeholderSatisfaction,

            @Schema(description = "Ratings counted in stakeholderSatisfaction", example = "5")
            long ratings,

            @Schema(
                    description = "The same figures per bucket (week or month) of the range, oldest first, so a "
                            + "trend needs one call: each bucket covers the part of its week or month inside "
                            + "[from, to] and its rates count only the milestones due (and ratings left) in it")
            List<SeriesBucket> series) {}

    @Schema(name = "MetricsSeriesBucket", description = "The figures of one week or month of the range")
    public record SeriesBucket(
            @Schema(description = "First day of the bucket inside the range", example = "2026-11-02")
            LocalDate periodStart,

            @Schema(description = "Last day of the bucket inside the range", example = "2026-11-08")
            LocalDate periodEnd,

            @Schema(description = "Tasks whose last move to done fell in the bucket", example = "4")
            long done,

            @Schema(
                    description = "onTimeDeliveryRate over the milestones due in the bucket",
                    example = "1.0",
                    nullable = true)
            Double onTimeDeliveryRate,

            @Schema(
                    description =
                            "onTimeDeliveryRateBaseline over the milestones whose first-baseline date falls in the bucket",
                    example = "0.5",
                    nullable = true)
            Double onTimeDeliveryRateBaseline,

            @Schema(
                    description = "milestoneCompletion over the milestones due in the bucket",
                    example = "1.0",
                    nullable = true)
            Double milestoneCompletion,

            @Schema(description = "Milestones due in the bucket", example = "2")
            long milestonesDue,

            ScopeChanges scopeChanges,

            @Schema(description = "Mean rating (1–5) left in the bucket", example = "4.5", nullable = true)
            Double stakeholderSatisfaction,

            @Schema(description = "Ratings left in the bucket", example = "2")
            long ratings) {}

    @Schema(name = "MetricsPercentiles")
    public record Percentiles(
            @Schema(example = "3.5", nullable = true) Double p50,
            @Schema(example = "8.1", nullable = true) Double p85,

            @Schema(description = "Tasks measured", example = "12")
            long count) {}

    @Schema(name = "MetricsBucket")
    public record Bucket(
            @Schema(example = "2026-11-23") LocalDate periodStart,
            @Schema(example = "4") long done) {}

    @Schema(name = "MetricsScopeChanges")
    public record ScopeChanges(
            @Schema(example = "3") long added,
            @Schema(example = "1") long removed,
            @Schema(example = "2") long reestimated) {}

    @Schema(name = "MetricsUtilization")
    public record Utilization(
            @Schema(example = "0.82", nullable = true) Double overall,
            List<PersonUtilization> people,
            List<TeamUtilization> teams) {}

    @Schema(name = "MetricsPersonUtilization")
    public record PersonUtilization(
            UUID personId,
            @Schema(example = "Priya Natarajan") String name,
            UUID teamId,
            @Schema(example = "0.9", nullable = true) Double utilization) {}

    @Schema(name = "MetricsTeamUtilization")
    public record TeamUtilization(
            UUID teamId,
            @Schema(example = "0.75", nullable = true) Double utilization) {}
}
