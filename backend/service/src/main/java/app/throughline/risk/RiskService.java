package app.throughline.risk;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.ActivityLog.Action;
import app.throughline.activity.Changes;
import app.throughline.api.AccessDenied;
import app.throughline.api.Cursor;
import app.throughline.api.Etags;
import app.throughline.api.InvalidRequest;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Versioned;
import app.throughline.auth.CurrentUser;
import app.throughline.planning.References;
import app.throughline.project.Project;
import app.throughline.project.ProjectService;
import app.throughline.risk.RiskDtos.CreateRisk;
import app.throughline.risk.RiskDtos.RiskPatch;
import app.throughline.risk.RiskDtos.RiskView;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The risk register of a project. Viewers read it, members may report issues, coordinators own it.
 * Every change of score is kept; escalation rules run on the change that may trigger them.
 */
@ApplicationScoped
public class RiskService {

    private final RiskRepository risks;
    private final ProjectService projects;
    private final TenantGuard guard;
    private final References references;
    private final ActivityLog activity;
    private final CurrentUser currentUser;
    private final Escalator escalator;

    RiskService(
            RiskRepository risks,
            ProjectService projects,
            TenantGuard guard,
            References references,
            ActivityLog activity,
            CurrentUser currentUser,
            Escalator escalator) {
        this.risks = risks;
        this.projects = projects;
        this.guard = guard;
        this.references = references;
        this.activity = activity;
        this.currentUser = currentUser;
        this.escalator = escalator;
    }

    @Transactional
    public Versioned<RiskView> create(UUID projectId, CreateRisk request) {
        Project project = projects.writable(projectId, Role.member);
        Role role = guard.require(project.workspaceId, Role.member).role;
        if (kindOf(request) != RiskKind.issue && !role.atLeast(Role.coordinator)) {
            throw new AccessDenied("Members may report issues; adding a risk needs the role coordinator or higher");
        }
        Risk risk = insert(project, request, currentUser.id());
        return new Versioned<>(view(risk), risk.version);
    }

    /**
     * Adds a risk on behalf of {@code userId} without an access check: for the demo seeder, which
     * acts before anyone has signed in.
     */
    @Transactional
    public Risk createAs(Project project, CreateRisk request, UUID userId) {
        return insert(project, request, userId);
    }

    private static RiskKind kindOf(CreateRisk request) {
        // an issue is a risk that happened
        return request.status() == RiskStatus.occurred || request.kind() == RiskKind.issue
                ? RiskKind.issue
                : RiskKind.risk;
    }

    private Risk insert(Project project, CreateRisk request, UUID userId) {
        RiskKind kind = kindOf(request);
        RiskStatus status = request.status() == null ? RiskStatus.open : request.status();
        references.requirePerson(project.workspaceId, request.ownerId(), "ownerId");
        List<UUID> tasks = requireTasks(project.id, request.taskIds());
        List<UUID> milestones = requireMilestones(project.id, request.milestoneIds());
        Risk risk = new Risk();
        risk.id = UUID.randomUUID();
        risk.workspaceId = project.workspaceId;
        risk.projectId = project.id;
        risk.kind = kind;
        risk.title = request.title().trim();
        risk.description = request.description();
        risk.probability = request.probability();
        risk.impact = request.impact();
        risk.ownerId = request.ownerId();
        risk.status = status;
        risk.mitigation = request.mitigation();
        risk.contingency = request.contingency();
        risk.dueDate = request.dueDate();
        risk.scheduleImpactDays = request.scheduleImpactDays() == null ? 0 : request.scheduleImpactDays();
        risk.taskIds = new LinkedHashSet<>(tasks);
        risk.milestoneIds = new LinkedHashSet<>(milestones);
        risk.createdBy = userId;
        risk.createdAt = now();
        risk.updatedAt = risk.createdAt;
        risks.persist(risk);
        risks.appendScore(risk.id, risk.probability, risk.impact, risk.createdAt, userId);
        activity.record(
                risk.workspaceId,
                risk.projectId,
                "risk",
                risk.id,
                Action.created,
                new Changes()
                        .snapshot("kind", risk.kind, true)
                        .snapshot("title", risk.title, true)
                        .snapshot("probability", risk.probability, true)
                        .snapshot("impact", risk.impact, true)
                        .snapshot("status", risk.status, true)
                        .snapshot("taskIds", tasks.isEmpty() ? null : tasks, true)
                        .snapshot("milestoneIds", milestones.isEmpty() ? null : milestones, true)
                        .snapshot("scheduleImpactDays", risk.scheduleImpactDays, true));
        escalator.applyRules(risk);
        risks.flush();
        return risk;
    }

    public Page<RiskView> list(UUID projectId, PageRequest page) {
        projects.readable(projectId);
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 2);
        List<Risk> rows = risks.pageOfProject(projectId, after, page.limit + 1);
        return Page.from(rows, page.limit, this::view, r -> Cursor.of(r.createdAt, r.id));
    }

    public Versioned<RiskView> get(UUID id) {
        Risk risk = readable(id);
        return new Versioned<>(view(risk), risk.version);
    }

    /** A risk the caller may read (404 for one missing or of another workspace). */
    public Risk readable(UUID id) {
        return guard.readable(risks.findByIdOptional(id), "Risk", id);
    }

    /** A risk the caller may change with {@code role}. */
    public Risk writable(UUID id, Role role) {
        return guard.accessible(risks.findByIdOptional(id), "Risk", id, role);
    }

    @Transactional
    public Versioned<RiskView> update(UUID id, RiskPatch patch, String ifMatch) {
        Risk risk = writable(id, Role.coordinator);
        Etags.requireCurrent(ifMatch, risk.version);
        Changes changes = new Changes();
        int oldProbability = risk.probability;
        int oldImpact = risk.impact;
        if (patch.taskIds() != null) {
            List<UUID> tasks = requireTasks(risk.projectId, patch.taskIds());
            changes.set("taskIds", new ArrayList<>(risk.taskIds), tasks);
            risk.taskIds.clear();
            risk.taskIds.addAll(tasks);
        }
        if (patch.milestoneIds() != null) {
            List<UUID> milestones = requireMilestones(risk.projectId, patch.milestoneIds());
            changes.set("milestoneIds", new ArrayList<>(risk.milestoneIds), milestones);
            risk.milestoneIds.clear();
            risk.milestoneIds.addAll(milestones);
        }
        if (patch.ownerId() != null) {
            references.requirePerson(risk.workspaceId, patch.ownerId().orElse(null), "ownerId");
            risk.ownerId = changes.set("ownerId", risk.ownerId, patch.ownerId().orElse(null));
        }
        if (patch.kind() != null) {
            risk.kind = changes.set("kind", risk.kind, patch.kind());
        }
        if (patch.title() != null) {
            risk.title = changes.set("title", risk.title, patch.title().trim());
        }
        if (patch.description() != null) {
            risk.description = changes.set(
                    "description", risk.description, patch.description().orElse(null));
        }
        if (patch.probability() != null) {
            risk.probability = changes.set("probability", risk.probability, patch.probability());
        }
        if (patch.impact() != null) {
            risk.impact = changes.set("impact", risk.impact, patch.impact());
        }
        if (patch.status() != null) {
            risk.status = changes.set("status", risk.status, patch.status());
            if (patch.status() == RiskStatus.occurred) {
                // an issue is a risk that happened
                risk.kind = changes.set("kind", risk.kind, RiskKind.issue);
            }
        }
        if (patch.mitigation() != null) {
            risk.mitigation = changes.set(
                    "mitigation", risk.mitigation, patch.mitigation().orElse(null));
        }
        if (patch.contingency() != null) {
            risk.contingency = changes.set(
                    "contingency", risk.contingency, patch.contingency().orElse(null));
        }
        if (patch.dueDate() != null) {
            risk.dueDate = changes.set("dueDate", risk.dueDate, patch.dueDate().orElse(null));
        }
        if (patch.scheduleImpactDays() != null) {
            risk.scheduleImpactDays =
                    changes.set("scheduleImpactDays", risk.scheduleImpactDays, patch.scheduleImpactDays());
        }
        if (!changes.isEmpty()) {
            risk.updatedAt = now();
            if (risk.probability != oldProbability || risk.impact != oldImpact) {
                risks.appendScore(risk.id, risk.probability, risk.impact, risk.updatedAt, currentUser.id());
            }
            activity.record(risk.workspaceId, risk.projectId, "risk", risk.id, Action.updated, changes);
            escalator.applyRules(risk);
            risks.flush();
        }
        return new Versioned<>(view(risk), risk.version);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Risk risk = writable(id, Role.coordinator);
        Etags.requireCurrent(ifMatch, risk.version);
        activity.record(
                risk.workspaceId,
                risk.projectId,
                "risk",
                risk.id,
                Action.deleted,
                new Changes().snapshot("title", risk.title, false).snapshot("kind", risk.kind, false));
        risks.delete(risk);
        risks.flush();
    }

    RiskView view(Risk r) {
        int score = r.score();
        return new RiskView(
                r.id,
                r.workspaceId,
                r.projectId,
                r.kind,
                r.title,
                r.description,
                r.probability,
                r.impact,
                score,
                RiskScore.severity(score),
                r.ownerId,
                r.status,
                r.mitigation,
                r.contingency,
                r.dueDate,
                List.copyOf(r.taskIds),
                List.copyOf(r.milestoneIds),
                r.scheduleImpactDays,
                r.escalationLevel,
                risks.scoreHistory(r.id),
                r.createdAt,
                r.updatedAt);
    }

    /** Links go to tasks of the same project only; anything else is 422 naming the id. */
    private List<UUID> requireTasks(UUID projectId, List<UUID> ids) {
        List<UUID> distinct = distinct(ids);
        Set<UUID> present = risks.tasksOfProject(projectId, distinct);
        for (UUID id : distinct) {
            if (!present.contains(id)) {
                throw InvalidRequest.field("taskIds", "task " + id + " is not a task of this project");
            }
        }
        return distinct;
    }

    private List<UUID> requireMilestones(UUID projectId, List<UUID> ids) {
        List<UUID> distinct = distinct(ids);
        Set<UUID> present = risks.milestonesOfProject(projectId, distinct);
        for (UUID id : distinct) {
            if (!present.contains(id)) {
                throw InvalidRequest.field("milestoneIds", "milestone " + id + " is not a milestone of this project");
            }
        }
        return distinct;
    }

    private static List<UUID> distinct(List<UUID> ids) {
        return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
