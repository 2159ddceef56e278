package app.throughline.report;

import app.throughline.api.ShownOnce;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of status reports, share links and the shared page. */
public final class ReportDtos {

    private ReportDtos() {}

    static final String RAG = "green|amber|red";

    @Schema(name = "CreateStatusReport")
    public record CreateStatusReport(
            @Schema(description = "Default: six days before periodEnd", example = "2026-11-24")
            LocalDate periodStart,

            @Schema(description = "Default: the project's effective status date", example = "2026-11-30")
            LocalDate periodEnd) {}

    @Schema(name = "StatusReportNarrative")
    public record Narrative(
            @Size(max = 20000) @Schema(example = "Design is signed off; build started on schedule.")
            String summary,

            @Size(max = 20000) @Schema(example = "- Wireframes approved")
            String accomplishments,

            @Size(max = 20000) @Schema(example = "- Start checkout build")
            String nextSteps,

            @Size(max = 20000) @Schema(example = "Need the payment provider's sandbox keys")
            String blockers) {}

    @Schema(name = "StatusReportRag", description = "Red, amber or green per dimension")
    public record Rag(
            @Pattern(regexp = RAG)
            @Schema(
                    enumeration = {"green", "amber", "red"},
                    example = "green")
            String overall,

            @Pattern(regexp = RAG)
            @Schema(
                    enumeration = {"green", "amber", "red"},
                    example = "green")
            String schedule,

            @Pattern(regexp = RAG)
            @Schema(
                    enumeration = {"green", "amber", "red"},
                    example = "green")
            String scope,

            @Pattern(regexp = RAG)
            @Schema(
                    enumeration = {"green", "amber", "red"},
                    example = "amber")
            String resources) {}

    @Schema(name = "StatusReportPatch")
    public record StatusReportPatch(
            @Valid @Schema(description = "Fields sent replace the stored ones; absent fields stay")
            Narrative narrative,

            @Valid @Schema(description = "Dimensions sent replace the stored ones; absent dimensions stay")
            Rag rag,

            @Size(max = 2000)
            @Schema(
                    description = "Why a RAG differs from the computed one; required when it does",
                    example = "Client accepted the two-day slip")
            String ragReason) {}

    @Schema(name = "StatusReportChange", description = "One difference from the previous published report")
    public record Change(
            @Schema(example = "rag.schedule") String field,
            @Schema(example = "green") String from,
            @Schema(example = "amber") String to) {}

    @Schema(name = "StatusReport")
    public record StatusReportView(
            UUID id,
            UUID workspaceId,
            UUID projectId,
            @Schema(example = "2026-11-24") LocalDate periodStart,
            @Schema(example = "2026-11-30") LocalDate periodEnd,

            @Schema(
                    enumeration = {"draft", "published"},
                    example = "draft")
            String state,

            ReportFacts facts,

            @Schema(
                    description = "RAG computed from the data: the schedule health for overall and schedule "
                            + "(on track green, at risk amber, off track red), resources amber when someone is "
                            + "over-allocated; scope has no computed value")
            Rag computedRag,

            Narrative narrative,

            @Schema(description = "The coordinator's RAG; on publish, dimensions left unset take the computed value")
            Rag rag,

            String ragReason,
            Instant publishedAt,
            UUID publishedBy,

            @Schema(
                    description = "What differs from the previous published report (RAG, milestone health, "
                            + "finish date); empty for the first")
            List<Change> changes,

            UUID createdBy,
            Instant createdAt,
            Instant updatedAt) {}

    @Schema(
            name = "PortfolioStatusReports",
            description = "The week's published reports of a workspace, one per project")
    public record WeekRollup(
            @Schema(example = "2026-11-30") LocalDate weekStart,
            @Schema(example = "2026-12-06") LocalDate weekEnd,

            @Schema(description = "Projects with a published report whose period ends in the week, by overall RAG")
            int reported,

            @Schema(description = "Active or planned projects without one")
            int missing,

            @Schema(example = "3") int green,
            @Schema(example = "1") int amber,
            @Schema(example = "0") int red,
            List<RollupProject> projects) {}

    @Schema(name = "PortfolioStatusReportProject")
    public record RollupProject(
            UUID projectId,
            @Schema(example = "WEB") String key,
            @Schema(example = "Website relaunch") String name,

            @Schema(description = "The latest published report of the week, absent when none")
            StatusReportView report) {}

    @Schema(name = "CreateShareLink")
    public record CreateShareLink(
            @Future
            @Schema(
                    description = "When the link stops working; absent: never (until revoked)",
                    example = "2027-03-01T00:00:00Z")
            Instant expiresAt) {}

    @Schema(name = "ShareLink")
    public record ShareLinkView(
            UUID id,
            UUID projectId,

            @Schema(description = "The page to send stakeholders (shown once)", example = "/shared/3q2b…")
            String url,

            @Schema(description = "The secret (shown once; only its SHA-256 hash is stored)")
            String token,

            Instant expiresAt,
            Instant createdAt)
            implements ShownOnce {
        @Override
        public ShareLinkView withoutSecret() {
            return new ShareLinkView(id, projectId, null, null, expiresAt, createdAt);
        }
    }

    @Schema(name = "ShareLinkSummary", description = "A share link as the project's coordinators see it (no secret)")
    public record ShareLinkSummary(
            UUID id,
            UUID projectId,

            @Schema(description = "active, expired or revoked", example = "active")
            String state,

            Instant createdAt,

            @Schema(example = "Ada Lovelace", nullable = true)
            String createdByName,

            @Schema(nullable = true) Instant expiresAt,
            @Schema(nullable = true) Instant revokedAt,

            @Schema(
                    description = "When the shared page was last opened or rated through it (to the minute)",
                    nullable = true)
            Instant lastUsedAt) {}

    @Schema(name = "ShareLinkList")
    public record ShareLinkList(List<ShareLinkSummary> items) {}

    @Schema(name = "SharedProject")
    public record SharedView(SharedProject project, List<SharedMilestone> milestones, List<SharedReport> reports) {}

    @Schema(name = "SharedProjectHeader")
    public record SharedProject(
            @Schema(example = "Website relaunch") String name,

            @Schema(description = "on_track, at_risk or off_track", example = "on_track")
            String health) {}

    @Schema(name = "SharedMilestone")
    public record SharedMilestone(
            UUID id,
            @Schema(example = "Beta") String name,
            @Schema(example = "2026-12-18") LocalDate dueDate,
            @Schema(example = "2026-12-16") LocalDate forecastDate,
            @Schema(example = "on_track") String health,
            @Schema(example = "Priya Natarajan") String ownerName) {}

    @Schema(name = "SharedReport", description = "A published report as stakeholders see it: no task-level facts")
    public record SharedReport(
            UUID id,
            @Schema(example = "2026-11-24") LocalDate periodStart,
            @Schema(example = "2026-11-30") LocalDate periodEnd,
            Instant publishedAt,
            Narrative narrative,
            Rag rag,
            String ragReason,
            List<SharedMilestone> milestones,
            ReportFacts.FinishFact finish) {}

    @Schema(name = "SharedFeedback")
    public record Feedback(
            @NotNull UUID reportId,
            @NotNull @Min(1) @Max(5) @Schema(example = "4") Integer rating,

            @Size(max = 2000) @Schema(example = "Clear and on point")
            String comment) {}

    @Schema(name = "SharedFeedbackReceipt")
    public record FeedbackReceipt(UUID id, UUID reportId, int rating, Instant createdAt) {}
}
