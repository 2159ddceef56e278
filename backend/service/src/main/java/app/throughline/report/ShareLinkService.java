package app.throughline.report;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.ActivityLog.Action;
import app.throughline.activity.Changes;
import app.throughline.api.InvalidRequest;
import app.throughline.api.ResourceNotFound;
import app.throughline.auth.CurrentUser;
import app.throughline.auth.RateLimiter;
import app.throughline.auth.Secrets;
import app.throughline.milestone.Milestone;
import app.throughline.milestone.MilestoneForecaster;
import app.throughline.milestone.MilestoneForecaster.Forecast;
import app.throughline.milestone.MilestoneRepository;
import app.throughline.project.Project;
import app.throughline.project.ProjectService;
import app.throughline.report.ReportDtos.CreateShareLink;
import app.throughline.report.ReportDtos.Feedback;
import app.throughline.report.ReportDtos.FeedbackReceipt;
import app.throughline.report.ReportDtos.ShareLinkList;
import app.throughline.report.ReportDtos.ShareLinkSummary;
import app.throughline.report.ReportDtos.ShareLinkView;
import app.throughline.report.ReportDtos.SharedMilestone;
import app.throughline.report.ReportDtos.SharedProject;
import app.throughline.report.ReportDtos.SharedReport;
import app.throughline.report.ReportDtos.SharedView;
import app.throughline.report.ReportFacts.MilestoneFact;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Stakeholder share links: a secret URL per project that shows, without an account, the published
 * reports and milestone health and nothing else, and takes a 1–5 rating per report. An unknown,
 * revoked or expired token gets the same 404.
 */
@ApplicationScoped
public class ShareLinkService {

    static final int TOKEN_LENGTH = 43;
    static final int FEEDBACK_PER_HOUR = 30;

    private final ShareLinkRepository links;
    private final StatusReportRepository reports;
    private final StatusReportService reportService;
    private final MilestoneRepository milestones;
    private final MilestoneForecaster forecaster;
    private final ProjectService projects;
    private final TenantGuard guard;
    private final ActivityLog activity;
    private final CurrentUser currentUser;
    private final RateLimiter limiter;

    ShareLinkService(
            ShareLinkRepository links,
            StatusReportRepository reports,
            StatusReportService reportService,
            MilestoneRepository milestones,
            MilestoneForecaster forecaster,
            ProjectService projects,
            TenantGuard guard,
            ActivityLog activity,
            CurrentUser currentUser,
            RateLimiter limiter) {
        this.links = links;
        this.reports = reports;
        this.reportService = reportService;
        this.milestones = milestones;
        this.forecaster = forecaster;
        this.projects = projects;
        this.guard = guard;
        this.activity = activity;
        this.currentUser = currentUser;
        this.limiter = limiter;
    }

    @Transactional
    public ShareLinkView create(UUID projectId, CreateShareLink request) {
        Project project = projects.writable(projectId, Role.coordinator);
        String token = Secrets.random(TOKEN_LENGTH);
        ShareLink link = new ShareLink();
        link.id = UUID.randomUUID();
        link.workspaceId = project.workspaceId;
        link.projectId = project.id;
        link.tokenHash = Secrets.sha256Hex(token);
        link.expiresAt = request == null || request.expiresAt() == null
                ? null
                : request.expiresAt().truncatedTo(ChronoUnit.MICROS);
        link.createdBy = currentUser.id();
        link.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        links.persist(link);
        activity.record(
                link.workspaceId,
                link.projectId,
                "share_link",
                link.id,
                Action.created,
                new Changes().snapshot("expiresAt", link.expiresAt, true));
        links.flush();
        return new ShareLinkView(link.id, link.projectId, "/shared/" + token, token, link.expiresAt, link.createdAt);
    }

    /** Revokes the link at once; a revoked link is gone (404) for everyone. */
    @Transactional
    public void revoke(UUID id) {
        ShareLink link = guard.accessible(
                links.findByIdOptional(id).filter(l -> l.revokedAt == null), "Share link", id, Role.coordinator);
        link.revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Changes changes = new Changes();
        changes.set("revokedAt", null, link.revokedAt);
        activity.record(link.workspaceId, link.projectId, "share_link", link.id, Action.updated, changes);
    }

    /** The project's links, newest first, live or not, without their secrets (coordinators). */
    public ShareLinkList list(UUID projectId) {
        projects.writable(projectId, Role.coordinator);
        Instant now = Instant.now();
        return new ShareLinkList(links.ofProject(projectId).stream()
                .map(l -> new ShareLinkSummary(
                        l.id(),
                        projectId,
                        l.revokedAt() != null
                                ? "revoked"
                                : l.expiresAt() != null && !l.expiresAt().isAfter(now) ? "expired" : "active",
                        l.createdAt(),
                        l.createdByName(),
                        l.expiresAt(),
                        l.revokedAt(),
                        l.lastUsedAt()))
                .toList());
    }

    /** What a stakeholder sees: project name and health, milestones, published reports without task facts. */
    @Transactional
    public SharedView shared(String token) {
        ShareLink link = live(token);
        links.touch(link.id, Instant.now().truncatedTo(ChronoUnit.MICROS));
        ShareLinkRepository.ProjectHeader header = links.header(link.projectId);
        List<Milestone> all = milestones.list("projectId", link.projectId);
        Set<UUID> owners =
                all.stream().map(m -> m.ownerId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, String> names = new HashMap<>();
        reports.names(owners).forEach(p -> names.put(p.id(), p.name()));
        List<SharedMilestone> current = all.stream()
                .sorted(Comparator.comparing((Milestone m) -> m.dueDate).thenComparing(m -> m.id))
                .map(m -> {
                    Forecast f = forecaster.forecast(m);
                    return new SharedMilestone(
                            m.id,
                            m.name,
                            m.dueDate,
                            f.date(),
                            f.health(),
                            m.ownerId == null ? null : names.get(m.ownerId));
                })
                .toList();
        List<StatusReport> published = new ArrayList<>(reports.publishedOfProject(link.projectId));
        Collections.reverse(published);
        List<SharedReport> shared = published.stream()
                .map(r -> {
                    ReportFacts facts = reportService.facts(r);
                    List<SharedMilestone> ms = facts.milestones() == null
                            ? List.of()
                            : facts.milestones().stream()
                                    .map(ShareLinkService::shared)
                                    .toList();
                    return new SharedReport(
                            r.id,
                            r.periodStart,
                            r.periodEnd,
                            r.publishedAt,
                            StatusReportService.narrative(r),
                            StatusReportService.rag(r),
                            r.ragReason,
                            ms,
                            facts.finish());
                })
                .toList();
        return new SharedView(new SharedProject(header.name(), header.health()), current, shared);
    }

    @Transactional
    public FeedbackReceipt feedback(String token, Feedback body) {
        ShareLink link = live(token);
        links.touch(link.id, Instant.now().truncatedTo(ChronoUnit.MICROS));
        limiter.hit("share-feedback:" + link.id, FEEDBACK_PER_HOUR, Duration.ofHours(1), "ratings from this link");
        StatusReport report = reports.findByIdOptional(body.reportId())
                .filter(r -> r.projectId.equals(link.projectId) && r.published())
                .orElseThrow(() -> InvalidRequest.field(
                        "reportId", "report " + body.reportId() + " is not a published report of this project"));
        UUID id = UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String comment = body.comment() == null || body.comment().isBlank()
                ? null
                : body.comment().trim();
        links.insertFeedback(id, link.workspaceId, link.projectId, report.id, link.id, body.rating(), comment, at);
        return new FeedbackReceipt(id, report.id, body.rating(), at);
    }

    private ShareLink live(String token) {
        if (token == null || token.length() != TOKEN_LENGTH) {
            throw notFound();
        }
        return links.byTokenHash(Secrets.sha256Hex(token))
                .filter(l -> l.live(Instant.now()))
                .orElseThrow(ShareLinkService::notFound);
    }

    private static ResourceNotFound notFound() {
        return new ResourceNotFound("This shared page does not exist or is no longer shared");
    }

    private static SharedMilestone shared(MilestoneFact m) {
        return new SharedMilestone(m.milestoneId(), m.name(), m.dueDate(), m.forecastDate(), m.health(), m.ownerName());
    }
}
