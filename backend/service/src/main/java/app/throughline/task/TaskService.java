package app.throughline.task;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.ActivityLog.Action;
import app.throughline.activity.Changes;
import app.throughline.api.AccessDenied;
import app.throughline.api.Cursor;
import app.throughline.api.Etags;
import app.throughline.api.InvalidRequest;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.ResourceNotFound;
import app.throughline.api.Versioned;
import app.throughline.auth.CurrentUser;
import app.throughline.events.DomainEvents;
import app.throughline.events.EventTypes;
import app.throughline.planning.PlanChanged;
import app.throughline.project.Project;
import app.throughline.project.ProjectRepository;
import app.throughline.project.ProjectService;
import app.throughline.task.TaskDtos.CreateTask;
import app.throughline.task.TaskDtos.TaskPatch;
import app.throughline.task.TaskDtos.TaskView;
import app.throughline.task.TaskEnums.ConstraintType;
import app.throughline.task.TaskEnums.Priority;
import app.throughline.workflow.StatusCategory;
import app.throughline.workflow.StatusMoves;
import app.throughline.workflow.StatusMoves.Moved;
import app.throughline.workflow.StatusMoves.MovingTask;
import app.throughline.workflow.WorkflowDefinition;
import app.throughline.workflow.WorkflowDtos.WorkflowStatus;
import app.throughline.workflow.WorkflowService;
import app.throughline.workspace.Membership;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Tasks of a project: the WBS hierarchy, keys, progress. Members may report progress; changing
 * the plan needs a coordinator.
 */
@ApplicationScoped
public class TaskService {

    /** What a member (not only a coordinator) may change: their progress. */
    private static final Set<String> PROGRESS_FIELDS =
            Set.of("status", "percentComplete", "actualStart", "actualFinish");

    private final TaskRepository tasks;
    private final ProjectService projects;
    private final ProjectRepository projectRepository;
    private final TaskViews views;
    private final TaskRemoval removal;
    private final TenantGuard guard;
    private final ActivityLog activity;
    private final CurrentUser currentUser;
    private final Event<PlanChanged> planChanged;
    private final WorkflowService workflows;
    private final StatusMoves moves;
    private final DomainEvents events;

    TaskService(
            TaskRepository tasks,
            ProjectService projects,
            ProjectRepository projectRepository,
            TaskViews views,
            TaskRemoval removal,
            TenantGuard guard,
            ActivityLog activity,
            CurrentUser currentUser,
            Event<PlanChanged> planChanged,
            WorkflowService workflows,
            StatusMoves moves,
            DomainEvents events) {
        this.tasks = tasks;
        this.projects = projects;
        this.projectRepository = projectRepository;
        this.views = views;
        this.removal = removal;
        this.guard = guard;
        this.activity = activity;
        this.currentUser = currentUser;
        this.planChanged = planChanged;
        this.workflows = workflows;
        this.moves = moves;
        this.events = events;
    }

    /** Minutes per working day of the project's calendar (for durations and lags given in minutes). */
    public int minutesPerDay(UUID projectId) {
        return views.minutesPerDay(projectId);
    }

    public Task readable(UUID id) {
        return guard.readable(tasks.findByIdOptional(id), "Task", id);
    }

    public Task writable(UUID id, Role role) {
        return guard.accessible(tasks.findByIdOptional(id), "Task", id, role);
    }

    @Transactional
    public Versioned<TaskView> create(UUID projectId, CreateTask request) {
        Project project = projects.writable(projectId, Role.coordinator);
        if (request.parentId() != null) {
            requireParentInProject(request.parentId(), project.id, "parentId");
        }
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.workspaceId = project.workspaceId;
        task.projectId = project.id;
        task.parentId = request.parentId();
        task.number = projectRepository.reserveTaskNumbers(project.id, 1);
        task.position = tasks.nextPosition(project.id, request.parentId());
        task.title = request.title().trim();
        task.description = request.description();
        WorkflowStatus start = moves.startingStatus(workflows.definition(project.workflowId), request.status());
        task.status = start.key();
        task.statusCategory = start.category();
        task.priority = request.priority() == null ? Priority.medium : request.priority();
        ExactDuration duration = ExactDuration.of(
                request.durationDays(),
                request.durationMinutes(),
                views.minutesPerDay(project.id),
                "durationDays",
                "durationMinutes");
        if (duration == null) {
            throw InvalidRequest.field("durationDays", "must not be null (or send durationMinutes)");
        }
        task.durationDays = duration.days();
        task.durationMinutes = duration.minutes();
        task.constraintType = request.constraintType() == null ? ConstraintType.asap : request.constraintType();
        task.constraintDate = request.constraintDate();
        task.deadline = request.deadline();
        task.percentComplete = request.percentComplete() == null ? BigDecimal.ZERO : request.percentComplete();
        task.actualStart = request.actualStart();
        task.actualFinish = request.actualFinish();
        task.tags = request.tags() == null
                ? new String[0]
                : request.tags().stream().map(String::trim).distinct().toArray(String[]::new);
        task.createdBy = currentUser.id();
        task.createdAt = now();
        task.updatedAt = task.createdAt;
        task.statusSince = task.createdAt;
        validate(task);
        tasks.persist(task);
        tasks.flush();
        Moved started = moves.started(movingTask(task), start, currentUser.id());
        activity.record(task.workspaceId, task.projectId, "task", task.id, Action.created, snapshot(task));
        events.publish(EventTypes.TASK_CREATED, task.workspaceId, task.projectId, task.id, Map.of("title", task.title));
        planChanged.fire(new PlanChanged(task.projectId));
        return new Versioned<>(views.of(task).withWipExceeded(started.wipExceeded()), task.version);
    }

    public Page<TaskView> list(TaskRepository.Filter filter, PageRequest page) {
        Project project = projects.readable(filter.projectId());
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            WorkflowDefinition workflow = workflows.definition(project.workflowId);
            filter.statuses().stream()
                    .filter(k -> workflow.status(k).isEmpty())
                    .findFirst()
                    .ifPresent(k -> {
                        throw app.throughline.api.InvalidRequest.parameter(
                                "status",
                                "\"" + k + "\" is not a status of the project's workflow ("
                                        + String.join(", ", workflow.keys()) + ")");
                    });
        }
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 1);
        List<Task> rows = tasks.page(filter, after == null ? null : (int) after.number(0), page.limit + 1);
        Page<Task> raw = Page.from(rows, page.limit, t -> t, t -> Cursor.of(t.number));
        return new Page<>(views.of(raw.items()), raw.next());
    }

    public Versioned<TaskView> get(UUID id) {
        Task task = readable(id);
        return new Versioned<>(views.of(task), task.version);
    }

    @Transactional
    public Versioned<TaskView> update(UUID id, TaskPatch patch, String ifMatch) {
        Task task = writable(id, Role.member);
        Membership membership = guard.require(task.workspaceId, Role.member);
        Etags.requireCurrent(ifMatch, task.version);
        Changes changes = new Changes();
        if (patch.title() != null) {
            task.title = changes.set("title", task.title, patch.title().trim());
        }
        if (patch.description() != null) {
            task.description = changes.set(
                    "description", task.description, patch.description().orElse(null));
        }
        int oldPosition = task.position;
        UUID oldParent = task.parentId;
        boolean reorders = patch.position() != null || patch.afterId() != null || patch.beforeId() != null;
        if ((patch.parentId() != null || reorders) && !membership.role.atLeast(Role.coordinator)) {
            // checked before anything moves: renumbering touches the siblings too
            throw new AccessDenied("Moving a task (parentId, position, afterId, beforeId) needs the role coordinator");
        }
        if (patch.parentId() != null || reorders) {
            tasks.lockSiblings(
                    task.projectId,
                    task.parentId,
                    patch.parentId() != null ? patch.parentId().orElse(null) : task.parentId);
        }
        if (patch.parentId() != null) {
            UUID newParent = patch.parentId().orElse(null);
            if (newParent != null) {
                requireParentInProject(newParent, task.projectId, "parentId");
                if (tasks.isSelfOrAncestor(task.id, newParent)) {
                    throw InvalidRequest.field("parentId", "would make the task its own ancestor");
                }
            }
            if (!java.util.Objects.equals(newParent, task.parentId)) {
                task.parentId = changes.set("parentId", task.parentId, newParent);
                task.position = tasks.nextPosition(task.projectId, newParent);
            }
        }
        Integer place = patch.position();
        if (patch.afterId() != null || patch.beforeId() != null) {
            place = placeByNeighbour(task, patch);
        }
        if (place != null) {
            if (place < 0) {
                throw InvalidRequest.field("position", "must be 0 or more");
            }
            task.position = tasks.makeRoomAmongSiblings(task.projectId, task.parentId, task.id, place);
        }
        if (!java.util.Objects.equals(oldParent, task.parentId)) {
            tasks.closeGapsAmongSiblings(task.projectId, oldParent, task.id);
        }
        changes.set("position", oldPosition, task.position);
        StatusCategory categoryBefore = task.statusCategory;
        String statusBefore = task.status;
        Moved moved = null;
        if (patch.status() != null && !patch.status().equals(task.status)) {
            moved = move(task, patch.status(), null, changes);
        }
        if (patch.priority() != null) {
            task.priority = changes.set("priority", task.priority, patch.priority());
        }
        ExactDuration duration = ExactDuration.of(
                patch.durationDays(),
                patch.durationMinutes(),
                patch.durationMinutes() == null ? 480 : views.minutesPerDay(task.projectId),
                "durationDays",
                "durationMinutes");
        if (duration != null) {
            task.durationDays = changes.set("durationDays", task.durationDays, duration.days());
            task.durationMinutes = changes.set("durationMinutes", task.durationMinutes, duration.minutes());
        }
        if (patch.constraintType() != null) {
            task.constraintType = changes.set("constraintType", task.constraintType, patch.constraintType());
        }
        if (patch.constraintDate() != null) {
            task.constraintDate = changes.set(
                    "constraintDate",
                    task.constraintDate,
                    patch.constraintDate().orElse(null));
        }
        if (patch.deadline() != null) {
            task.deadline =
                    changes.set("deadline", task.deadline, patch.deadline().orElse(null));
        }
        if (patch.percentComplete() != null) {
            task.percentComplete = changes.set("percentComplete", task.percentComplete, patch.percentComplete());
        }
        if (patch.actualStart() != null) {
            task.actualStart = changes.set(
                    "actualStart", task.actualStart, patch.actualStart().orElse(null));
        }
        if (patch.actualFinish() != null) {
            task.actualFinish = changes.set(
                    "actualFinish", task.actualFinish, patch.actualFinish().orElse(null));
        }
        if (patch.tags() != null) {
            List<String> oldTags = task.tags == null ? List.of() : Arrays.asList(task.tags);
            List<String> newTags =
                    patch.tags().stream().map(String::trim).distinct().toList();
            changes.set("tags", oldTags, newTags);
            task.tags = newTags.toArray(String[]::new);
        }
        if (!membership.role.atLeast(Role.coordinator)) {
            changes.fields().keySet().stream()
                    .filter(field -> !PROGRESS_FIELDS.contains(field))
                    .findFirst()
                    .ifPresent(field -> {
                        throw new AccessDenied("Members may report progress ("
                                + String.join(
                                        ", ", PROGRESS_FIELDS.stream().sorted().toList()) + "); changing " + field
                                + " needs the role coordinator");
                    });
        }
        validate(task);
        if (!changes.isEmpty()) {
            task.updatedAt = now();
            activity.record(task.workspaceId, task.projectId, "task", task.id, Action.updated, changes);
            tasks.flush();
            publishChanged(task, changes, statusBefore);
            boolean onlyStatus = changes.fields().keySet().equals(Set.of("status"));
            if (!onlyStatus || movesThePlan(categoryBefore, task.statusCategory)) {
                planChanged.fire(new PlanChanged(task.projectId));
            }
        }
        return new Versioned<>(views.of(task).withWipExceeded(moved != null && moved.wipExceeded()), task.version);
    }

    /**
     * Moves the task to another status of its workflow ({@code POST /tasks/{id}/transitions}): the
     * workflow's allowed moves, approval gates and WIP limits apply, and the move is recorded with
     * the comment. Members may move tasks.
     */
    @Transactional
    public Versioned<TaskView> transition(UUID id, String to, String comment) {
        Task task = writable(id, Role.member);
        Changes changes = new Changes();
        StatusCategory categoryBefore = task.statusCategory;
        String statusBefore = task.status;
        Moved moved = move(task, to, comment, changes);
        if (!changes.isEmpty()) {
            task.updatedAt = now();
            activity.record(task.workspaceId, task.projectId, "task", task.id, Action.updated, changes);
            tasks.flush();
            publishChanged(task, changes, statusBefore);
            if (movesThePlan(categoryBefore, task.statusCategory)) {
                planChanged.fire(new PlanChanged(task.projectId));
            }
        }
        return new Versioned<>(views.of(task).withWipExceeded(moved.wipExceeded()), task.version);
    }

    /**
     * A move the product makes on someone's decision (a rejected approval sends the task back),
     * outside the workflow's list of allowed moves; the caller checked who may decide.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sendBack(UUID id, String to, String comment) {
        Task task = tasks.findByIdOptional(id).orElseThrow();
        WorkflowDefinition workflow = workflowOf(task);
        String statusBefore = task.status;
        Moved moved = moves.force(movingTask(task), workflow, to, comment, currentUser.id());
        Changes changes = new Changes();
        applyMove(task, moved, changes);
        task.updatedAt = now();
        activity.record(task.workspaceId, task.projectId, "task", task.id, Action.updated, changes);
        tasks.flush();
        publishChanged(task, changes, statusBefore);
        planChanged.fire(new PlanChanged(task.projectId));
    }

    /** The statuses the task may move to now (for the board: where a card can be dropped). */
    public java.util.List<String> allowedTargets(UUID id) {
        Task task = readable(id);
        return moves.allowedTargets(movingTask(task), workflowOf(task));
    }

    private Moved move(Task task, String to, String comment, Changes changes) {
        Moved moved = moves.move(movingTask(task), workflowOf(task), to, comment, currentUser.id());
        if (moved.changed()) {
            applyMove(task, moved, changes);
        }
        return moved;
    }

    /**
     * The schedule reads only whether a task is done, cancelled or open: a move between two open
     * statuses (draft → review) leaves it as it is, and skipping the recompute keeps moves cheap.
     */
    private static boolean movesThePlan(StatusCategory before, StatusCategory after) {
        return planClass(before) != planClass(after);
    }

    private static int planClass(StatusCategory category) {
        return category == StatusCategory.done ? 1 : category == StatusCategory.cancelled ? 2 : 0;
    }

    private static void applyMove(Task task, Moved moved, Changes changes) {
        task.status = changes.set("status", task.status, moved.status());
        task.statusCategory = moved.category();
        task.statusSince = now();
    }

    private WorkflowDefinition workflowOf(Task task) {
        Project project = projectRepository.findByIdOptional(task.projectId).orElseThrow();
        return workflows.definition(project.workflowId);
    }

    private static MovingTask movingTask(Task task) {
        return new MovingTask(task.workspaceId, task.projectId, task.id, task.status);
    }

    /** The place just after (or before) the named sibling, read under the siblings' lock. */
    private int placeByNeighbour(Task task, TaskPatch patch) {
        String field = patch.afterId() != null ? "afterId" : "beforeId";
        if (patch.position() != null || (patch.afterId() != null && patch.beforeId() != null)) {
            throw InvalidRequest.field(field, "send only one of position, afterId and beforeId");
        }
        UUID neighbour = patch.afterId() != null ? patch.afterId() : patch.beforeId();
        if (neighbour.equals(task.id)) {
            throw InvalidRequest.field(field, "names the task itself");
        }
        int index = tasks.placeAmongSiblings(task.projectId, task.parentId, task.id, neighbour)
                .orElseThrow(() -> InvalidRequest.field(field, "is not a sibling of the task (a child of its parent)"));
        return patch.afterId() != null ? index + 1 : index;
    }

    /** Deletes the task with its subtree and every dependency touching them. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Task task = writable(id, Role.coordinator);
        Etags.requireCurrent(ifMatch, task.version);
        UUID projectId = task.projectId;
        events.publish(EventTypes.TASK_DELETED, task.workspaceId, projectId, task.id, Map.of("title", task.title));
        removal.removeSubtree(task.id);
        planChanged.fire(new PlanChanged(projectId));
    }

    /** Announces an edit: task.updated with the changed fields, and task.status_changed when the status moved. */
    private void publishChanged(Task task, Changes changes, String statusBefore) {
        List<String> fields = List.copyOf(changes.fields().keySet());
        events.publish(
                EventTypes.TASK_UPDATED,
                task.workspaceId,
                task.projectId,
                task.id,
                Map.of("title", task.title, "fields", fields));
        if (!statusBefore.equals(task.status)) {
            events.publish(
                    EventTypes.TASK_STATUS_CHANGED,
                    task.workspaceId,
                    task.projectId,
                    task.id,
                    Map.of("title", task.title, "from", statusBefore, "to", task.status));
        }
    }

    private void requireParentInProject(UUID parentId, UUID projectId, String field) {
        Task parent = tasks.findByIdOptional(parentId).orElse(null);
        if (parent == null || !parent.projectId.equals(projectId)) {
            throw new ResourceNotFound(field + ": task " + parentId + " does not exist in this project");
        }
    }

    /** Rules that span fields; each problem names the field to fix. */
    static void validate(Task task) {
        if (task.constraintType.needsDate() && task.constraintDate == null) {
            throw InvalidRequest.field("constraintDate", "is required for the constraint " + task.constraintType);
        }
        if (!task.constraintType.needsDate() && task.constraintDate != null) {
            throw InvalidRequest.field("constraintDate", "must be empty for the constraint " + task.constraintType);
        }
        if (task.actualFinish != null && task.actualStart == null) {
            throw InvalidRequest.field("actualStart", "is required when actualFinish is set");
        }
        if (task.actualFinish != null && task.actualFinish.isBefore(task.actualStart)) {
            throw InvalidRequest.field("actualFinish", "must not be before actualStart (" + task.actualStart + ")");
        }
    }

    static Changes snapshot(Task t) {
        return new Changes()
                .snapshot("number", t.number, true)
                .snapshot("title", t.title, true)
                .snapshot("description", t.description, true)
                .snapshot("parentId", t.parentId, true)
                .snapshot("status", t.status, true)
                .snapshot("priority", t.priority, true)
                .snapshot("durationDays", t.durationDays, true)
                .snapshot("constraintType", t.constraintType, true)
                .snapshot("constraintDate", t.constraintDate, true)
                .snapshot("deadline", t.deadline, true)
                .snapshot("percentComplete", t.percentComplete, true)
                .snapshot("actualStart", t.actualStart, true)
                .snapshot("actualFinish", t.actualFinish, true)
                .snapshot("tags", t.tags == null || t.tags.length == 0 ? null : Arrays.asList(t.tags), true);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
