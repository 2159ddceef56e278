package app.throughline.report;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.ActivityLog.Action;
import app.throughline.activity.Changes;
import app.throughline.api.Conflict;
import app.throughline.api.Cursor;
import app.throughline.api.Etags;
import app.throughline.api.InvalidRequest;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Versioned;
import app.throughline.auth.CurrentUser;
import app.throughline.events.DomainEvents;
import app.throughline.events.EventTypes;
import app.throughline.platform.Today;
import app.throughline.project.Project;
import app.throughline.project.ProjectService;
import app.throughline.report.ReportDtos.Change;
import app.throughline.report.ReportDtos.CreateStatusReport;
import app.throughline.report.ReportDtos.Narrative;
import app.throughline.report.ReportDtos.Rag;
import app.throughline.report.ReportDtos.RollupProject;
import app.throughline.report.ReportDtos.StatusReportPatch;
import app.throughline.report.ReportDtos.StatusReportView;
import app.throughline.report.ReportDtos.WeekRollup;
import app.throughline.report.ReportFacts.MilestoneFact;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Status reports: a draft generated from the data, the coordinator's narrative and RAG, publishing
 * (which freezes it), the history with what changed between published reports, and the week's
 * roll-up of a workspace.
 */
@ApplicationScoped
public class StatusReportService {

    /** The longest period a report may cover. */
    static final int MAX_PERIOD_DAYS = 366;

    private final StatusReportRepository reports;
    private final ReportFactsGenerator generator;
    private final ProjectService projects;
    private final TenantGuard guard;
    private final ActivityLog activity;
    private final DomainEvents events;
    private final CurrentUser currentUser;
    private final Today today;
    private final ObjectMapper json;

    StatusReportService(
            StatusReportRepository reports,
            ReportFactsGenerator generator,
            ProjectService projects,
            TenantGuard guard,
            ActivityLog activity,
            DomainEvents events,
            CurrentUser currentUser,
            Today today,
            ObjectMapper json) {
        this.reports = reports;
        this.generator = generator;
        this.projects = projects;
        this.guard = guard;
        this.activity = activity;
        this.events = events;
        this.currentUser = currentUser;
        this.today = today;
        this.json = json;
    }

    @Transactional
    public Versioned<StatusReportView> create(UUID projectId, CreateStatusReport request) {
        Project project = projects.writable(projectId, Role.coordinator);
        LocalDate end = request != null && request.periodEnd() != null
                ? request.periodEnd()
                : project.statusDate != null ? project.statusDate : today.date();
        LocalDate start = request != null && request.periodStart() != null ? request.periodStart() : end.minusDays(6);
        if (end.isBefore(start)) {
            throw InvalidRequest.field("periodEnd", "must not be before periodStart (" + start + ")");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_PERIOD_DAYS) {
            throw InvalidRequest.field("periodEnd", "a report covers at most " + MAX_PERIOD_DAYS + " days");
        }
        StatusReport latest = reports.latestPublished(projectId).orElse(null);
        ReportFactsGenerator.Generated generated =
                generator.generate(project, start, end, latest == null ? null : facts(latest));
        StatusReport report = new StatusReport();
        report.id = UUID.randomUUID();
        report.workspaceId = project.workspaceId;
        report.projectId = project.id;
        report.periodStart = start;
        report.periodEnd = end;
        report.state = StatusReport.DRAFT;
        report.facts = write(generated.facts());
        report.computedHealth = generated.health();
        report.createdBy = currentUser.id();
        report.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        report.updatedAt = report.createdAt;
        reports.persist(report);
        activity.record(
                report.workspaceId,
                report.projectId,
                "status_report",
                report.id,
                Action.created,
                new Changes().snapshot("periodStart", start, true).snapshot("periodEnd", end, true));
        reports.flush();
        return new Versioned<>(view(report, latest), report.version);
    }

    public Page<StatusReportView> list(UUID projectId, PageRequest page) {
        projects.readable(projectId);
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 2);
        List<StatusReport> rows = reports.pageOfProject(projectId, after, page.limit + 1);
        Map<UUID, StatusReport> previous = previousPublished(projectId);
        StatusReport latest = reports.latestPublished(projectId).orElse(null);
        return Page.from(
                rows,
                page.limit,
                r -> view(r, r.published() ? previous.get(r.id) : latest),
                r -> Cursor.of(r.createdAt, r.id));
    }

    public Versioned<StatusReportView> get(UUID id) {
        return versioned(guard.readable(reports.findByIdOptional(id), "Status report", id));
    }

    @Transactional
    public Versioned<StatusReportView> update(UUID id, StatusReportPatch patch, String ifMatch) {
        StatusReport report = guard.accessible(reports.lock(id), "Status report", id, Role.coordinator);
        Etags.requireCurrent(ifMatch, report.version);
        if (report.published()) {
            throw new Conflict("Status report " + id + " is published and can no longer change");
        }
        Changes changes = new Changes();
        Narrative n = patch.narrative();
        if (n != null) {
            if (n.summary() != null) {
                report.summary = changes.set("summary", report.summary, n.summary());
            }
            if (n.accomplishments() != null) {
                report.accomplishments = changes.set("accomplishments", report.accomplishments, n.accomplishments());
            }
            if (n.nextSteps() != null) {
                report.nextSteps = changes.set("nextSteps", report.nextSteps, n.nextSteps());
            }
            if (n.blockers() != null) {
                report.blockers = changes.set("blockers", report.blockers, n.blockers());
            }
        }
        Rag rag = patch.rag();
        if (rag != null) {
            if (rag.overall() != null) {
                report.ragOverall = changes.set("rag.overall", report.ragOverall, rag.overall());
            }
            if (rag.schedule() != null) {
                report.ragSchedule = changes.set("rag.schedule", report.ragSchedule, rag.schedule());
            }
            if (rag.scope() != null) {
                report.ragScope = changes.set("rag.scope", report.ragScope, rag.scope());
            }
            if (rag.resources() != null) {
                report.ragResources = changes.set("rag.resources", report.ragResources, rag.resources());
            }
        }
        if (patch.ragReason() != null) {
            String reason =
                    patch.ragReason().isBlank() ? null : patch.ragReason().trim();
            report.ragReason = changes.set("ragReason", report.ragReason, reason);
        }
        requireReasonForOverride(report);
        if (!changes.isEmpty()) {
            report.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            activity.record(report.workspaceId, report.projectId, "status_report", report.id, Action.updated, changes);
        }
        reports.flush();
        return versioned(report);
    }

    @Transactional
    public Versioned<StatusReportView> publish(UUID id, String ifMatch) {
        StatusReport report = guard.accessible(reports.lock(id), "Status report", id, Role.coordinator);
        Etags.requireCurrent(ifMatch, report.version);
        if (report.published()) {
            throw new Conflict("Status report " + id + " was already published at " + report.publishedAt);
        }
        // the facts as of now, not as of the draft: the published snapshot is the publish moment's
        Project project = projects.readable(report.projectId);
        StatusReport latest = reports.latestPublished(report.projectId).orElse(null);
        ReportFactsGenerator.Generated generated = generator.generate(
                project, report.periodStart, report.periodEnd, latest == null ? null : facts(latest));
        report.facts = write(generated.facts());
        report.computedHealth = generated.health();
        Rag computed = computedRag(report);
        report.ragOverall = report.ragOverall != null ? report.ragOverall : computed.overall();
        report.ragSchedule = report.ragSchedule != null ? report.ragSchedule : computed.schedule();
        report.ragScope = report.ragScope != null ? report.ragScope : computed.scope();
        report.ragResources = report.ragResources != null ? report.ragResources : computed.resources();
        report.state = StatusReport.PUBLISHED;
        report.publishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        report.publishedBy = currentUser.id();
        report.updatedAt = report.publishedAt;
        Changes changes = new Changes();
        changes.set("state", StatusReport.DRAFT, StatusReport.PUBLISHED);
        activity.record(report.workspaceId, report.projectId, "status_report", report.id, Action.updated, changes);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("periodStart", report.periodStart.toString());
        data.put("periodEnd", report.periodEnd.toString());
        if (report.ragOverall != null) {
            data.put("ragOverall", report.ragOverall);
        }
        events.publish(EventTypes.STATUS_REPORT_PUBLISHED, report.workspaceId, report.projectId, report.id, data);
        reports.flush();
        return versioned(report);
    }

    /** The published reports whose period ends in the week (Monday to Sunday) of {@code day}. */
    public WeekRollup week(UUID workspaceId, LocalDate day) {
        guard.require(workspaceId, Role.viewer);
        LocalDate start = (day != null ? day : today.date()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = start.plusDays(6);
        Map<UUID, StatusReport> latest = new HashMap<>();
        for (StatusReport r : reports.publishedOfWorkspace(workspaceId, start, end)) {
            latest.putIfAbsent(r.projectId, r);
        }
        List<RollupProject> rows = new ArrayList<>();
        int green = 0;
        int amber = 0;
        int red = 0;
        int missing = 0;
        for (StatusReportRepository.ProjectRow p : reports.projectsOfWorkspace(workspaceId)) {
            StatusReport r = latest.get(p.id());
            if (r == null) {
                if ("active".equals(p.status()) || "planned".equals(p.status())) {
                    missing++;
                }
                rows.add(new RollupProject(p.id(), p.key(), p.name(), null));
                continue;
            }
            switch (Objects.requireNonNullElse(r.ragOverall, "")) {
                case "green" -> green++;
                case "amber" -> amber++;
                case "red" -> red++;
                default -> {}
            }
            rows.add(new RollupProject(p.id(), p.key(), p.name(), view(r, null)));
        }
        return new WeekRollup(start, end, latest.size(), missing, green, amber, red, rows);
    }

    /** A RAG that differs from the computed value of its dimension needs a reason. */
    private void requireReasonForOverride(StatusReport report) {
        Rag computed = computedRag(report);
        boolean overridden = differs(report.ragOverall, computed.overall())
                || differs(report.ragSchedule, computed.schedule())
                || differs(report.ragScope, computed.scope())
                || differs(report.ragResources, computed.resources());
        if (overridden && (report.ragReason == null || report.ragReason.isBlank())) {
            throw InvalidRequest.field(
                    "ragReason",
                    "the RAG differs from the computed one (" + describe(computed) + "); say why in ragReason");
        }
    }

    private static boolean differs(String chosen, String computed) {
        return chosen != null && computed != null && !chosen.equals(computed);
    }

    private static String describe(Rag rag) {
        List<String> parts = new ArrayList<>();
        if (rag.overall() != null) {
            parts.add("overall " + rag.overall());
        }
        if (rag.schedule() != null) {
            parts.add("schedule " + rag.schedule());
        }
        if (rag.resources() != null) {
            parts.add("resources " + rag.resources());
        }
        return String.join(", ", parts);
    }

    /** Schedule health as RAG; resources amber when someone is over-allocated on the project; no computed scope. */
    Rag computedRag(StatusReport report) {
        String schedule = rag(report.computedHealth);
        ReportFacts facts = facts(report);
        String resources =
                facts.overallocated() == null ? null : facts.overallocated().isEmpty() ? "green" : "amber";
        return new Rag(schedule, schedule, null, resources);
    }

    static String rag(String health) {
        if (health == null) {
            return null;
        }
        return switch (health) {
            case "on_track" -> "green";
            case "at_risk" -> "amber";
            case "off_track" -> "red";
            default -> null;
        };
    }

    /** For each published report, the one published before it. */
    private Map<UUID, StatusReport> previousPublished(UUID projectId) {
        Map<UUID, StatusReport> previous = new HashMap<>();
        StatusReport before = null;
        for (StatusReport r : reports.publishedOfProject(projectId)) {
            if (before != null) {
                previous.put(r.id, before);
            }
            before = r;
        }
        return previous;
    }

    private Versioned<StatusReportView> versioned(StatusReport report) {
        StatusReport previous;
        if (report.published()) {
            previous = previousPublished(report.projectId).get(report.id);
        } else {
            previous = reports.latestPublished(report.projectId).orElse(null);
        }
        return new Versioned<>(view(report, previous), report.version);
    }

    StatusReportView view(StatusReport r, StatusReport previous) {
        return new StatusReportView(
                r.id,
                r.workspaceId,
                r.projectId,
                r.periodStart,
                r.periodEnd,
                r.state,
                facts(r),
                computedRag(r),
                narrative(r),
                rag(r),
                r.ragReason,
                r.publishedAt,
                r.publishedBy,
                previous == null ? List.of() : changes(previous, r),
                r.createdBy,
                r.createdAt,
                r.updatedAt);
    }

    static Narrative narrative(StatusReport r) {
        return new Narrative(r.summary, r.accomplishments, r.nextSteps, r.blockers);
    }

    static Rag rag(StatusReport r) {
        return new Rag(r.ragOverall, r.ragSchedule, r.ragScope, r.ragResources);
    }

    /** RAG per dimension, each milestone's health and the forecast finish, where they differ. */
    List<Change> changes(StatusReport before, StatusReport after) {
        List<Change> changes = new ArrayList<>();
        diff(changes, "rag.overall", before.ragOverall, after.ragOverall);
        diff(changes, "rag.schedule", before.ragSchedule, after.ragSchedule);
        diff(changes, "rag.scope", before.ragScope, after.ragScope);
        diff(changes, "rag.resources", before.ragResources, after.ragResources);
        ReportFacts old = facts(before);
        ReportFacts now = facts(after);
        Map<UUID, MilestoneFact> oldMilestones = new HashMap<>();
        if (old.milestones() != null) {
            old.milestones().forEach(m -> oldMilestones.put(m.milestoneId(), m));
        }
        if (now.milestones() != null) {
            for (MilestoneFact m : now.milestones()) {
                MilestoneFact o = oldMilestones.get(m.milestoneId());
                diff(changes, "milestone." + m.name() + ".health", o == null ? null : o.health(), m.health());
                diff(
                        changes,
                        "milestone." + m.name() + ".forecastDate",
                        o == null ? null : text(o.forecastDate()),
                        text(m.forecastDate()));
            }
        }
        diff(
                changes,
                "finish.forecastFinish",
                old.finish() == null ? null : text(old.finish().forecastFinish()),
                now.finish() == null ? null : text(now.finish().forecastFinish()));
        return changes;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static void diff(List<Change> changes, String field, String from, String to) {
        if (!Objects.equals(from, to)) {
            changes.add(new Change(field, from, to));
        }
    }

    ReportFacts facts(StatusReport report) {
        try {
            return json.readValue(report.facts, ReportFacts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable facts of status report " + report.id, e);
        }
    }

    private String write(ReportFacts facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write facts", e);
        }
    }
}
