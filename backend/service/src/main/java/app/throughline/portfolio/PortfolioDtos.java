package app.throughline.portfolio;

import app.throughline.project.ProjectStatus;
import app.throughline.risk.RiskDtos.RiskSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the portfolio view. */
public final class PortfolioDtos {

    private PortfolioDtos() {}

    @Schema(
            name = "Portfolio",
            description = "Every project of the workspace with its health, progress, forecast and people "
                    + "booked beyond their capacity; one read instead of one schedule per project")
    public record PortfolioView(
            UUID workspaceId,

            @Schema(
                    description = "First day of the over-allocation window (the `from` parameter, by default today)",
                    example = "2026-11-26")
            LocalDate overallocationFrom,

            @Schema(
                    description =
                            "Last day of the over-allocation window: 365 days after the first (the longest workload window)",
                    example = "2027-11-26")
            LocalDate overallocationTo,

            @Schema(
                    description =
                            "People of the workspace over-allocated on at least one day of the window, across all projects",
                    example = "3")
            int overallocatedPeople,

            @Schema(description = "Sorted by key, like the projects list")
            List<PortfolioProject> projects) {}

    @Schema(name = "PortfolioProject")
    public record PortfolioProject(
            @Schema(example = "0b6f5a52-3c1d-4a7e-9f10-5e2d8c4b7a91")
            UUID id,

            @Schema(example = "WEB") String key,
            @Schema(example = "Website relaunch") String name,
            @Schema(example = "active") ProjectStatus status,

            @Schema(
                    description =
                            "on_track, at_risk or off_track, computed from milestones, negative float and the target finish; "
                                    + "null until the project has been scheduled",
                    example = "at_risk",
                    nullable = true)
            String health,

            @Schema(
                    description =
                            "Work done, weighted by duration: the sum of durationDays × percentComplete over the project's leaf "
                                    + "tasks that are not cancelled (a done task counts as 100), divided by the sum of their durationDays. When every "
                                    + "such task has zero duration, each counts equally; null when the project has none",
                    example = "42.5",
                    nullable = true)
            Double percentComplete,

            @Schema(description = "The project's planned start", example = "2026-12-01")
            LocalDate startDate,

            @Schema(
                    description = "Earliest scheduled start of the project's tasks; null until it has tasks",
                    example = "2026-12-01",
                    nullable = true)
            LocalDate forecastStart,

            @Schema(
                    description = "Latest scheduled finish of the project's tasks; null until it has tasks",
                    example = "2027-04-06",
                    nullable = true)
            LocalDate forecastFinish,

            @Schema(example = "2027-03-31", nullable = true) LocalDate targetFinishDate,

            @Schema(
                    description =
                            "Working days of the project calendar from the end of the target finish date to the forecast finish: "
                                    + "positive when the forecast is late, negative when early; null without a target or a forecast",
                    example = "4",
                    nullable = true)
            Double finishVarianceDays,

            @Schema(
                    description = "The first milestone not yet achieved, by due date; null when there is none",
                    nullable = true)
            PortfolioMilestone nextMilestone,

            @Schema(
                    description =
                            "Distinct people over-allocated on at least one day of the window on which they have work on one of "
                                    + "this project's tasks (the same runs as GET /workspaces/{id}/workload?granularity=day lists, with their taskIds)",
                    example = "2")
            int overallocatedPeople,

            @Schema(
                    description =
                            "The project's top live risks and the days of exposure per milestone (as GET /projects/{id}/risk-summary)")
            RiskSummary risks) {}

    @Schema(name = "PortfolioMilestone")
    public record PortfolioMilestone(
            @Schema(example = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b")
            UUID id,

            @Schema(example = "Design sign-off") String name,
            @Schema(example = "2027-01-15") LocalDate dueDate,

            @Schema(
                    description = "Latest early finish of the gating tasks; null without scheduled gates",
                    example = "2027-01-19",
                    nullable = true)
            LocalDate forecastDate,

            @Schema(description = "on_track, at_risk or missed (as on the milestone)", example = "at_risk")
            String health,

            @Schema(description = "Promised to a client", example = "true")
            boolean committed) {}
}
