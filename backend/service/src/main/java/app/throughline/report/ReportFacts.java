package app.throughline.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a status report states from the data, generated when the draft is created and kept as it
 * was (a published report never changes). A section is absent when its source has nothing to say.
 */
@Schema(name = "StatusReportFacts")
public record ReportFacts(
        @Schema(description = "The day the facts were read as of (the period's end)", example = "2026-11-30")
        LocalDate asOf,

        @Schema(description = "Tasks finished in the period (actual finish, else the day they moved to a done status)")
        List<TaskFact> completed,

        @Schema(description = "Tasks started in the period (actual start, else the day they first left to-do)")
        List<TaskFact> started,

        @Schema(
                description = "Unfinished tasks whose forecast finish is later than their baseline finish (latest "
                        + "baseline), most slipped first; absent without a baseline")
        List<SlipFact> slipped,

        @Schema(
                description = "Every milestone with its health and forecast, and how far the forecast moved since "
                        + "the previous published report")
        List<MilestoneFact> milestones,

        @Schema(
                description = "The critical tasks when the facts were generated, and which joined or left the "
                        + "critical path since the previous published report")
        CriticalPathFact criticalPath,

        @Schema(description = "The forecast finish against the first and latest baseline and the target")
        FinishFact finish,

        @Schema(description = "The highest-scoring live risks and issues (top 5)")
        List<RiskFact> topRisks,

        @Schema(description = "Unfinished tasks and open milestones due in the 14 days after the period")
        List<DueFact> dueSoon,

        @Schema(description = "People over-allocated in the period or the 14 days after it on this project's tasks")
        List<PersonFact> overallocated) {

    @Schema(name = "StatusReportTaskFact")
    public record TaskFact(
            UUID taskId,
            @Schema(example = "WEB-12") String key,
            @Schema(example = "Wireframes") String title,
            @Schema(example = "2026-11-26") LocalDate on) {}

    /**
     * The unfinished leaf tasks the stored schedule marks critical. Nothing else records the critical
     * path over time, so each report keeps its set and the next one compares with it.
     */
    @Schema(name = "StatusReportCriticalPathFact")
    public record CriticalPathFact(
            @Schema(description = "Unfinished leaf tasks on the critical path, by key")
            List<CriticalTask> tasks,

            @Schema(
                    description = "Critical now and not in the previous published report's set; absent when no "
                            + "previous report recorded one")
            List<CriticalTask> joined,

            @Schema(
                    description = "In the previous published report's set and no longer critical (tasks finished "
                            + "since are not counted: they appear under completed); absent when there is no "
                            + "previous set")
            List<CriticalTask> left) {}

    @Schema(name = "StatusReportCriticalTask")
    public record CriticalTask(
            UUID taskId,
            @Schema(example = "WEB-14") String key,
            @Schema(example = "Build checkout") String title) {}

    @Schema(name = "StatusReportSlipFact")
    public record SlipFact(
            UUID taskId,
            @Schema(example = "WEB-14") String key,
            @Schema(example = "Build checkout") String title,
            @Schema(example = "2026-12-04") LocalDate baselineFinish,
            @Schema(example = "2026-12-09") LocalDate forecastFinish,

            @Schema(description = "Working days later than the baseline", example = "3")
            double slipDays) {}

    @Schema(name = "StatusReportMilestoneFact")
    public record MilestoneFact(
            UUID milestoneId,
            @Schema(example = "Beta") String name,
            @Schema(example = "2026-12-18") LocalDate dueDate,
            @Schema(example = "2026-12-16") LocalDate forecastDate,

            @Schema(description = "achieved, on_track, at_risk or missed", example = "on_track")
            String health,

            boolean committed,
            UUID ownerId,
            @Schema(example = "Priya Natarajan") String ownerName,

            @Schema(
                    description = "Calendar days the forecast moved since the previous published report (later is "
                            + "positive); absent when there is none to compare with",
                    example = "2")
            Long forecastChangeDays,

            @Schema(description = "Health in the previous published report, when it differs", example = "on_track")
            String previousHealth) {}

    @Schema(name = "StatusReportFinishFact")
    public record FinishFact(
            @Schema(example = "2027-02-12") LocalDate forecastFinish,
            @Schema(example = "2027-02-05") LocalDate firstBaselineFinish,
            @Schema(example = "2027-02-10") LocalDate baselineFinish,
            @Schema(example = "2027-02-28") LocalDate targetFinish,

            @Schema(description = "Calendar days after the latest baseline finish", example = "2")
            Long daysVsBaseline,

            @Schema(description = "Calendar days after the target (negative: before)", example = "-16")
            Long daysVsTarget) {}

    @Schema(name = "StatusReportRiskFact")
    public record RiskFact(
            UUID riskId,
            @Schema(example = "risk") String kind,
            @Schema(example = "Vendor API late") String title,
            @Schema(example = "16") int score,
            @Schema(example = "high") String severity,
            @Schema(example = "open") String status) {}

    @Schema(name = "StatusReportDueFact")
    public record DueFact(
            @Schema(example = "task") String kind,
            UUID id,
            @Schema(example = "WEB-20") String key,
            @Schema(example = "Launch checklist") String title,
            @Schema(example = "2026-12-08") LocalDate dueDate) {}

    @Schema(name = "StatusReportPersonFact")
    public record PersonFact(
            UUID personId,
            @Schema(example = "Priya Natarajan") String name) {}
}
