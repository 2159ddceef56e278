package app.throughline.dependency;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.ActivityLog.Action;
import app.throughline.activity.Changes;
import app.throughline.api.Conflict;
import app.throughline.api.Cursor;
import app.throughline.api.Etags;
import app.throughline.api.InvalidRequest;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.ServerTiming;
import app.throughline.api.Versioned;
import app.throughline.auth.CurrentUser;
import app.throughline.dependency.DependencyDtos.CreateDependency;
import app.throughline.dependency.DependencyDtos.DependencyPatch;
import app.throughline.dependency.DependencyDtos.DependencyView;
import app.throughline.events.DomainEvents;
import app.throughline.events.EventTypes;
import app.throughline.planning.PlanChanged;
import app.throughline.project.ProjectService;
import app.throughline.task.ExactDuration;
import app.throughline.task.Task;
import app.throughline.task.TaskRepository;
import app.throughline.task.TaskService;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Links between tasks of one workspace (across projects too), kept free of cycles. */
@ApplicationScoped
public class DependencyService {

    private final DependencyRepository dependencies;
    private final TaskService tasks;
    private final TaskRepository taskRepository;
    private final ProjectService projects;
    private final TenantGuard guard;
    private final ActivityLog activity;
    private final CurrentUser currentUser;
    private final Event<PlanChanged> planChanged;
    private final DependencyGraphCache graphs;
    private final ServerTiming timing;
    private final DomainEvents events;

    DependencyService(
            DependencyRepository dependencies,
            TaskService tasks,
            TaskRepository taskRepository,
            ProjectService projects,
            TenantGuard guard,
            ActivityLog activity,
            CurrentUser currentUser,
            Event<PlanChanged> planChanged,
            DependencyGraphCache graphs,
            ServerTiming timing,
            DomainEvents events) {
        this.dependencies = dependencies;
        this.tasks = tasks;
        this.taskRepository = taskRepository;
        this.projects = projects;
        this.guard = guard;
        this.activity = activity;
        this.currentUser = currentUser;
        this.planChanged = planChanged;
        this.graphs = graphs;
        this.timing = timing;
        this.events = events;
    }

    @Transactional
    public Versioned<DependencyView> create(CreateDependency request) {
        Task predecessor = tasks.writable(request.predecessorId(), Role.coordinator);
        Task successor = tasks.writable(request.successorId(), Role.coordinator);
        if (!predecessor.workspaceId.equals(successor.workspaceId)) {
            throw app.throughline.api.ResourceNotFound.of("Task", successor.id);
        }
        if (predecessor.id.equals(successor.id)) {
            throw InvalidRequest.field("successorId", "must differ from predecessorId: a task cannot depend on itself");
        }
        if (taskRepository.isSelfOrAncestor(predecessor.id, successor.id)
                || taskRepository.isSelfOrAncestor(successor.id, predecessor.id)) {
            throw InvalidRequest.field("successorId", "a task cannot depend on its own summary task or subtask");
        }
        if (dependencies.findPair(predecessor.id, successor.id).isPresent()) {
            throw new Conflict("These tasks are linked already; change that dependency instead");
        }
        long checkStarted = System.nanoTime();
        DependencyGraphCache.LockedGraph graph = graphs.lock(predecessor.workspaceId);
        List<UUID> back = graph.path(successor.id, predecessor.id);
        timing.record("cycle-check", System.nanoTime() - checkStarted);
        if (!back.isEmpty()) {
            throw CycleDetected.closing(back);
        }
        Dependency dependency = new Dependency();
        dependency.id = UUID.randomUUID();
        dependency.workspaceId = predecessor.workspaceId;
        dependency.predecessorId = predecessor.id;
        dependency.successorId = successor.id;
        dependency.type = request.type() == null ? DependencyType.fs : request.type();
        int perDay = tasks.minutesPerDay(successor.projectId);
        ExactDuration lag = ExactDuration.of(request.lagDays(), request.lagMinutes(), perDay, "lagDays", "lagMinutes");
        dependency.lagDays = lag == null ? BigDecimal.ZERO : lag.days();
        dependency.lagMinutes = lag == null ? null : lag.minutes();
        dependency.createdBy = currentUser.id();
        dependency.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        dependencies.persist(dependency);
        graph.linkAdded(dependency.predecessorId, dependency.successorId);
        activity.record(
                dependency.workspaceId,
                successor.projectId,
                "dependency",
                dependency.id,
                Action.created,
                new Changes()
                        .snapshot("predecessorId", dependency.predecessorId, true)
                        .snapshot("successorId", dependency.successorId, true)
                        .snapshot("type", dependency.type, true)
                        .snapshot("lagDays", dependency.lagDays, true));
        publishChanged(dependency, successor, "created");
        firePlanChanged(predecessor, successor);
        return new Versioned<>(DependencyView.of(dependency, perDay), dependency.version);
    }

    public Page<DependencyView> list(UUID projectId, PageRequest page) {
        projects.readable(projectId);
        int perDay = tasks.minutesPerDay(projectId);
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 2);
        return Page.from(
                dependencies.pageOfProject(projectId, after, page.limit + 1),
                page.limit,
                d -> DependencyView.of(d, perDay),
                d -> Cursor.of(d.createdAt, d.id));
    }

    public Versioned<DependencyView> get(UUID id) {
        Dependency dependency = guard.readable(dependencies.findByIdOptional(id), "Dependency", id);
        return new Versioned<>(DependencyView.of(dependency, perDayOf(dependency)), dependency.version);
    }

    @Transactional
    public Versioned<DependencyView> update(UUID id, DependencyPatch patch, String ifMatch) {
        Dependency dependency = guard.accessible(dependencies.findByIdOptional(id), "Dependency", id, Role.coordinator);
        Etags.requireCurrent(ifMatch, dependency.version);
        Changes changes = new Changes();
        if (patch.type() != null) {
            dependency.type = changes.set("type", dependency.type, patch.type());
        }
        int perDay = perDayOf(dependency);
        ExactDuration lag = ExactDuration.of(patch.lagDays(), patch.lagMinutes(), perDay, "lagDays", "lagMinutes");
        if (lag != null) {
            dependency.lagDays = changes.set("lagDays", dependency.lagDays, lag.days());
            dependency.lagMinutes = changes.set("lagMinutes", dependency.lagMinutes, lag.minutes());
        }
        if (!changes.isEmpty()) {
            Task successor = taskRepository.findById(dependency.successorId);
            activity.record(
                    dependency.workspaceId, successor.projectId, "dependency", dependency.id, Action.updated, changes);
            dependencies.flush();
            publishChanged(dependency, successor, "updated");
            firePlanChanged(taskRepository.findById(dependency.predecessorId), successor);
        }
        return new Versioned<>(DependencyView.of(dependency, perDay), dependency.version);
    }

    private int perDayOf(Dependency dependency) {
        return tasks.minutesPerDay(taskRepository.findById(dependency.successorId).projectId);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Dependency dependency = guard.accessible(dependencies.findByIdOptional(id), "Dependency", id, Role.coordinator);
        Etags.requireCurrent(ifMatch, dependency.version);
        Task predecessor = taskRepository.findById(dependency.predecessorId);
        Task successor = taskRepository.findById(dependency.successorId);
        activity.record(
                dependency.workspaceId,
                successor.projectId,
                "dependency",
                dependency.id,
                Action.deleted,
                new Changes()
                        .snapshot("predecessorId", dependency.predecessorId, false)
                        .snapshot("successorId", dependency.successorId, false)
                        .snapshot("type", dependency.type, false)
                        .snapshot("lagDays", dependency.lagDays, false));
        publishChanged(dependency, successor, "deleted");
        dependencies.delete(dependency);
        firePlanChanged(predecessor, successor);
    }

    private void publishChanged(Dependency d, Task successor, String change) {
        events.publish(
                EventTypes.DEPENDENCY_CHANGED,
                d.workspaceId,
                successor.projectId,
                successor.id,
                java.util.Map.of(
                        "change",
                        change,
                        "dependencyId",
                        d.id,
                        "predecessorId",
                        d.predecessorId,
                        "successorId",
                        d.successorId));
    }

    private void firePlanChanged(Task predecessor, Task successor) {
        List<UUID> projectIds = new ArrayList<>(List.of(successor.projectId));
        if (!predecessor.projectId.equals(successor.projectId)) {
            projectIds.add(predecessor.projectId);
        }
        projectIds.forEach(p -> planChanged.fire(new PlanChanged(p)));
    }
}
