package app.throughline.decision;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.ActivityLog.Action;
import app.throughline.activity.Changes;
import app.throughline.api.Conflict;
import app.throughline.api.Cursor;
import app.throughline.api.InvalidRequest;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.auth.CurrentUser;
import app.throughline.decision.DecisionDtos.CreateDecision;
import app.throughline.decision.DecisionDtos.DecisionView;
import app.throughline.project.Project;
import app.throughline.project.ProjectService;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The decision log of a project: append-only. A decision is never edited or deleted; a newer one
 * supersedes it, and both stay readable, linked both ways.
 */
@ApplicationScoped
public class DecisionService {

    private final DecisionRepository decisions;
    private final ProjectService projects;
    private final TenantGuard guard;
    private final ActivityLog activity;
    private final CurrentUser currentUser;

    DecisionService(
            DecisionRepository decisions,
            ProjectService projects,
            TenantGuard guard,
            ActivityLog activity,
            CurrentUser currentUser) {
        this.decisions = decisions;
        this.projects = projects;
        this.guard = guard;
        this.activity = activity;
        this.currentUser = currentUser;
    }

    @Transactional
    public DecisionView record(UUID projectId, CreateDecision request) {
        return view(insert(projects.writable(projectId, Role.coordinator), request, currentUser.id()));
    }

    /** Records a decision on behalf of {@code userId} without an access check: for the demo seeder. */
    @Transactional
    public DecisionView recordAs(Project project, CreateDecision request, UUID userId) {
        return view(insert(project, request, userId));
    }

    private Decision insert(Project project, CreateDecision request, UUID userId) {
        List<UUID> tasks = require(project.id, request.taskIds(), "taskIds", "task", decisions::tasksOfProject);
        List<UUID> risks = require(project.id, request.riskIds(), "riskIds", "risk", decisions::risksOfProject);
        Decision older = null;
        if (request.supersedesId() != null) {
            older = decisions
                    .lockForSupersession(request.supersedesId())
                    .filter(d -> d.projectId.equals(project.id))
                    .orElseThrow(() -> InvalidRequest.field(
                            "supersedesId",
                            "decision " + request.supersedesId() + " is not a decision of this project"));
            if (older.supersededById != null) {
                throw new Conflict("Decision " + older.id + " is already superseded by " + older.supersededById
                        + "; supersede that one instead");
            }
        }
        Decision decision = new Decision();
        decision.id = UUID.randomUUID();
        decision.workspaceId = project.workspaceId;
        decision.projectId = project.id;
        decision.title = request.title().trim();
        decision.context = request.context();
        decision.decision = request.decision();
        decision.optionsConsidered = request.optionsConsidered();
        decision.decidedBy = request.decidedBy().trim();
        decision.decidedOn = request.decidedOn();
        decision.taskIds = new LinkedHashSet<>(tasks);
        decision.riskIds = new LinkedHashSet<>(risks);
        decision.supersedesId = older == null ? null : older.id;
        decision.createdBy = userId;
        decision.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        decisions.persist(decision);
        if (older != null) {
            // the row must exist before the older one can point at it
            decisions.flush();
            older.supersededById = decision.id;
            Changes superseded = new Changes();
            superseded.set("supersededById", null, decision.id);
            activity.record(older.workspaceId, older.projectId, "decision", older.id, Action.updated, superseded);
        }
        activity.record(
                decision.workspaceId,
                decision.projectId,
                "decision",
                decision.id,
                Action.created,
                new Changes()
                        .snapshot("title", decision.title, true)
                        .snapshot("decidedBy", decision.decidedBy, true)
                        .snapshot("decidedOn", decision.decidedOn, true)
                        .snapshot("supersedesId", decision.supersedesId, true));
        decisions.flush();
        return decision;
    }

    public Page<DecisionView> list(UUID projectId, PageRequest page) {
        projects.readable(projectId);
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 3);
        List<Decision> rows = decisions.pageOfProject(projectId, after, page.limit + 1);
        return Page.from(rows, page.limit, DecisionService::view, d -> Cursor.of(d.decidedOn, d.createdAt, d.id));
    }

    public DecisionView get(UUID id) {
        return view(guard.readable(decisions.findByIdOptional(id), "Decision", id));
    }

    private static List<UUID> require(
            UUID projectId,
            List<UUID> ids,
            String field,
            String kind,
            BiFunction<UUID, List<UUID>, Set<UUID>> ofProject) {
        List<UUID> distinct = ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
        Set<UUID> present = ofProject.apply(projectId, distinct);
        for (UUID id : distinct) {
            if (!present.contains(id)) {
                throw InvalidRequest.field(field, kind + " " + id + " is not a " + kind + " of this project");
            }
        }
        return distinct;
    }

    private static DecisionView view(Decision d) {
        return new DecisionView(
                d.id,
                d.workspaceId,
                d.projectId,
                d.title,
                d.context,
                d.decision,
                d.optionsConsidered,
                d.decidedBy,
                d.decidedOn,
                List.copyOf(d.taskIds),
                List.copyOf(d.riskIds),
                d.supersedesId,
                d.supersededById,
                d.createdBy,
                d.createdAt);
    }
}
