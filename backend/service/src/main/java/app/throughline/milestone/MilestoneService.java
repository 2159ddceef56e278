package app.throughline.milestone;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.ActivityLog.Action;
import app.throughline.activity.Changes;
import app.throughline.api.Cursor;
import app.throughline.api.Etags;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Versioned;
import app.throughline.auth.CurrentUser;
import app.throughline.milestone.MilestoneDtos.CreateMilestone;
import app.throughline.milestone.MilestoneDtos.MilestonePatch;
import app.throughline.milestone.MilestoneDtos.MilestoneView;
import app.throughline.planning.PlanChanged;
import app.throughline.planning.References;
import app.throughline.project.Project;
import app.throughline.project.ProjectService;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Milestones of a project; forecast and health come from the schedule when one is available. */
@ApplicationScoped
public class MilestoneService {

    private final MilestoneRepository milestones;
    private final ProjectService projects;
    private final TenantGuard guard;
    private final References references;
    private final ActivityLog activity;
    private final CurrentUser currentUser;
    private final Instance<MilestoneForecaster> forecaster;
    private final Event<PlanChanged> planChanged;

    MilestoneService(
            MilestoneRepository milestones,
            ProjectService projects,
            TenantGuard guard,
            References references,
            ActivityLog activity,
            CurrentUser currentUser,
            Instance<MilestoneForecaster> forecaster,
            Event<PlanChanged> planChanged) {
        this.milestones = milestones;
        this.projects = projects;
        this.guard = guard;
        this.references = references;
        this.activity = activity;
        this.currentUser = currentUser;
        this.forecaster = forecaster;
        this.planChanged = planChanged;
    }

    @Transactional
    public Versioned<MilestoneView> create(UUID projectId, CreateMilestone request) {
        Project project = projects.writable(projectId, Role.coordinator);
        references.requirePerson(project.workspaceId, request.ownerId(), "ownerId");
        List<UUID> gates = request.gatingTaskIds() == null ? List.of() : request.gatingTaskIds();
        references.requireTasks(project.workspaceId, gates, "gatingTaskIds");
        Milestone milestone = new Milestone();
        milestone.id = UUID.randomUUID();
        milestone.workspaceId = project.workspaceId;
        milestone.projectId = project.id;
        milestone.name = request.name().trim();
        milestone.dueDate = request.dueDate();
        milestone.ownerId = request.ownerId();
        milestone.committed = Boolean.TRUE.equals(request.committed());
        milestone.gatingTaskIds = new LinkedHashSet<>(gates);
        milestone.createdBy = currentUser.id();
        milestone.createdAt = now();
        milestone.updatedAt = milestone.createdAt;
        milestones.persist(milestone);
        activity.record(
                milestone.workspaceId,
                milestone.projectId,
                "milestone",
                milestone.id,
                Action.created,
                new Changes()
                        .snapshot("name", milestone.name, true)
                        .snapshot("dueDate", milestone.dueDate, true)
                        .snapshot("ownerId", milestone.ownerId, true)
                        .snapshot("committed", milestone.committed, true)
                        .snapshot("gatingTaskIds", gates.isEmpty() ? null : gates, true));
        // project health depends on its milestones
        planChanged.fire(new PlanChanged(milestone.projectId));
        return new Versioned<>(view(milestone), milestone.version);
    }

    public Page<MilestoneView> list(UUID projectId, PageRequest page) {
        projects.readable(projectId);
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 2);
        List<Milestone> rows = milestones.pageOfProject(projectId, after, page.limit + 1);
        return Page.from(rows, page.limit, this::view, m -> Cursor.of(m.dueDate, m.id));
    }

    public Versioned<MilestoneView> get(UUID id) {
        Milestone milestone = guard.readable(milestones.findByIdOptional(id), "Milestone", id);
        return new Versioned<>(view(milestone), milestone.version);
    }

    @Transactional
    public Versioned<MilestoneView> update(UUID id, MilestonePatch patch, String ifMatch) {
        Milestone milestone = guard.accessible(milestones.findByIdOptional(id), "Milestone", id, Role.coordinator);
        Etags.requireCurrent(ifMatch, milestone.version);
        Changes changes = new Changes();
        if (patch.name() != null) {
            milestone.name = changes.set("name", milestone.name, patch.name().trim());
        }
        if (patch.dueDate() != null) {
            milestone.dueDate = changes.set("dueDate", milestone.dueDate, patch.dueDate());
        }
        if (patch.ownerId() != null) {
            references.requirePerson(milestone.workspaceId, patch.ownerId().orElse(null), "ownerId");
            milestone.ownerId =
                    changes.set("ownerId", milestone.ownerId, patch.ownerId().orElse(null));
        }
        if (patch.committed() != null) {
            milestone.committed = changes.set("committed", milestone.committed, patch.committed());
        }
        if (patch.gatingTaskIds() != null) {
            references.requireTasks(milestone.workspaceId, patch.gatingTaskIds(), "gatingTaskIds");
            List<UUID> old = new ArrayList<>(milestone.gatingTaskIds);
            changes.set("gatingTaskIds", old, patch.gatingTaskIds());
            milestone.gatingTaskIds.clear();
            milestone.gatingTaskIds.addAll(patch.gatingTaskIds());
        }
        if (!changes.isEmpty()) {
            milestone.updatedAt = now();
            activity.record(
                    milestone.workspaceId, milestone.projectId, "milestone", milestone.id, Action.updated, changes);
            milestones.flush();
            planChanged.fire(new PlanChanged(milestone.projectId));
        }
        return new Versioned<>(view(milestone), milestone.version);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Milestone milestone = guard.accessible(milestones.findByIdOptional(id), "Milestone", id, Role.coordinator);
        Etags.requireCurrent(ifMatch, milestone.version);
        activity.record(
                milestone.workspaceId,
                milestone.projectId,
                "milestone",
                milestone.id,
                Action.deleted,
                new Changes().snapshot("name", milestone.name, false).snapshot("dueDate", milestone.dueDate, false));
        milestones.delete(milestone);
        milestones.flush();
        planChanged.fire(new PlanChanged(milestone.projectId));
    }

    private MilestoneView view(Milestone m) {
        MilestoneForecaster.Forecast forecast =
                forecaster.isResolvable() ? forecaster.get().forecast(m) : MilestoneForecaster.Forecast.NONE;
        return new MilestoneView(
                m.id,
                m.workspaceId,
                m.projectId,
                m.name,
                m.dueDate,
                m.ownerId,
                m.committed,
                List.copyOf(m.gatingTaskIds),
                forecast.date(),
                forecast.health(),
                m.createdAt,
                m.updatedAt);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
