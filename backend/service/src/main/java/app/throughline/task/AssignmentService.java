package app.throughline.task;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.ActivityLog.Action;
import app.throughline.activity.Changes;
import app.throughline.api.Conflict;
import app.throughline.api.Etags;
import app.throughline.api.Versioned;
import app.throughline.auth.CurrentUser;
import app.throughline.planning.References;
import app.throughline.task.TaskDtos.AssignmentPatch;
import app.throughline.task.TaskDtos.AssignmentView;
import app.throughline.task.TaskDtos.CommentView;
import app.throughline.task.TaskDtos.CreateAssignment;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** People on tasks (assignments) and the conversation on a task (comments). */
@ApplicationScoped
public class AssignmentService {

    private final TaskService tasks;
    private final TenantGuard guard;
    private final References references;
    private final ActivityLog activity;
    private final CurrentUser currentUser;

    AssignmentService(
            TaskService tasks,
            TenantGuard guard,
            References references,
            ActivityLog activity,
            CurrentUser currentUser) {
        this.tasks = tasks;
        this.guard = guard;
        this.references = references;
        this.activity = activity;
        this.currentUser = currentUser;
    }

    public List<AssignmentView> list(UUID taskId) {
        Task task = tasks.readable(taskId);
        return Assignment.<Assignment>list("taskId = ?1 order by createdAt, id", task.id).stream()
                .map(AssignmentView::of)
                .toList();
    }

    @Transactional
    public Versioned<AssignmentView> assign(UUID taskId, CreateAssignment request) {
        Task task = tasks.writable(taskId, Role.coordinator);
        references.requirePerson(task.workspaceId, request.personId(), "personId");
        if (Assignment.count("taskId = ?1 and personId = ?2", task.id, request.personId()) > 0) {
            throw new Conflict("This person is already assigned to the task; change or remove that assignment instead");
        }
        Assignment assignment = new Assignment();
        assignment.id = UUID.randomUUID();
        assignment.workspaceId = task.workspaceId;
        assignment.taskId = task.id;
        assignment.personId = request.personId();
        assignment.units = request.units();
        assignment.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        assignment.persist();
        activity.record(
                task.workspaceId,
                task.projectId,
                "assignment",
                assignment.id,
                Action.created,
                new Changes()
                        .snapshot("taskId", task.id, true)
                        .snapshot("personId", assignment.personId, true)
                        .snapshot("units", assignment.units, true));
        // no schedule recompute: the critical-path dates do not depend on who does the work
        return new Versioned<>(AssignmentView.of(assignment), assignment.version);
    }

    public Versioned<AssignmentView> get(UUID assignmentId) {
        Assignment assignment =
                guard.readable(Assignment.<Assignment>findByIdOptional(assignmentId), "Assignment", assignmentId);
        return new Versioned<>(AssignmentView.of(assignment), assignment.version);
    }

    @Transactional
    public Versioned<AssignmentView> update(UUID assignmentId, AssignmentPatch patch, String ifMatch) {
        Assignment assignment = guard.accessible(
                Assignment.<Assignment>findByIdOptional(assignmentId), "Assignment", assignmentId, Role.coordinator);
        Etags.requireCurrent(ifMatch, assignment.version);
        if (assignment.units.compareTo(patch.units()) != 0) {
            Changes changes = new Changes();
            assignment.units = changes.set("units", assignment.units, patch.units());
            Task task = Panache.getEntityManager().find(Task.class, assignment.taskId);
            activity.record(
                    assignment.workspaceId, task.projectId, "assignment", assignment.id, Action.updated, changes);
            // flush so the response carries the new version
            Panache.getEntityManager().flush();
        }
        return new Versioned<>(AssignmentView.of(assignment), assignment.version);
    }

    @Transactional
    public void unassign(UUID assignmentId, String ifMatch) {
        Assignment assignment = guard.accessible(
                Assignment.<Assignment>findByIdOptional(assignmentId), "Assignment", assignmentId, Role.coordinator);
        Etags.requireCurrent(ifMatch, assignment.version);
        Task task = Panache.getEntityManager().find(Task.class, assignment.taskId);
        activity.record(
                assignment.workspaceId,
                task.projectId,
                "assignment",
                assignment.id,
                Action.deleted,
                new Changes()
                        .snapshot("taskId", assignment.taskId, false)
                        .snapshot("personId", assignment.personId, false)
                        .snapshot("units", assignment.units, false));
        assignment.delete();
    }

    public List<CommentView> comments(UUID taskId) {
        Task task = tasks.readable(taskId);
        return Comment.<Comment>list("taskId = ?1 order by createdAt, id", task.id).stream()
                .map(c -> new CommentView(c.id, c.taskId, c.authorId, c.body, c.createdAt))
                .toList();
    }

    @Transactional
    public CommentView comment(UUID taskId, String body) {
        Task task = tasks.writable(taskId, Role.member);
        Comment comment = new Comment();
        comment.id = UUID.randomUUID();
        comment.workspaceId = task.workspaceId;
        comment.taskId = task.id;
        comment.authorId = currentUser.id();
        comment.body = body;
        comment.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        comment.persist();
        return new CommentView(comment.id, comment.taskId, comment.authorId, comment.body, comment.createdAt);
    }
}
