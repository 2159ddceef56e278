package app.throughline.task;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.ActivityLog.Action;
import app.throughline.activity.Changes;
import app.throughline.api.Conflict;
import app.throughline.api.Etags;
import app.throughline.api.Versioned;
import app.throughline.auth.CurrentUser;
import app.throughline.events.DomainEvents;
import app.throughline.events.EventTypes;
import app.throughline.planning.References;
import app.throughline.task.TaskDtos.AssignmentPatch;
import app.throughline.task.TaskDtos.AssignmentView;
import app.throughline.task.TaskDtos.CommentView;
import app.throughline.task.TaskDtos.CreateAssignment;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** People on tasks (assignments) and the conversation on a task (comments). */
@ApplicationScoped
public class AssignmentService {

    private final AssignmentRepository assignments;
    private final CommentRepository comments;
    private final TaskRepository taskRepository;
    private final TaskService tasks;
    private final TenantGuard guard;
    private final References references;
    private final ActivityLog activity;
    private final CurrentUser currentUser;
    private final DomainEvents events;

    AssignmentService(
            AssignmentRepository assignments,
            CommentRepository comments,
            TaskRepository taskRepository,
            TaskService tasks,
            TenantGuard guard,
            References references,
            ActivityLog activity,
            CurrentUser currentUser,
            DomainEvents events) {
        this.assignments = assignments;
        this.comments = comments;
        this.taskRepository = taskRepository;
        this.tasks = tasks;
        this.guard = guard;
        this.references = references;
        this.activity = activity;
        this.currentUser = currentUser;
        this.events = events;
    }

    public List<AssignmentView> list(UUID taskId) {
        Task task = tasks.readable(taskId);
        return assignments.findByTask(task.id).stream().map(AssignmentView::of).toList();
    }

    @Transactional
    public Versioned<AssignmentView> assign(UUID taskId, CreateAssignment request) {
        Task task = tasks.writable(taskId, Role.coordinator);
        references.requirePerson(task.workspaceId, request.personId(), "personId");
        if (assignments.isAssigned(task.id, request.personId())) {
            throw new Conflict("This person is already assigned to the task; change or remove that assignment instead");
        }
        Assignment assignment = new Assignment();
        assignment.id = UUID.randomUUID();
        assignment.workspaceId = task.workspaceId;
        assignment.taskId = task.id;
        assignment.personId = request.personId();
        assignment.units = request.units();
        assignment.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        assignments.persist(assignment);
        taskRepository.markRepresentationChanged(task);
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
        events.publish(
                EventTypes.TASK_ASSIGNED,
                task.workspaceId,
                task.projectId,
                task.id,
                Map.of("title", task.title, "personId", assignment.personId));
        // no schedule recompute: the critical-path dates do not depend on who does the work
        return new Versioned<>(AssignmentView.of(assignment), assignment.version);
    }

    public Versioned<AssignmentView> get(UUID assignmentId) {
        Assignment assignment = guard.readable(assignments.findByIdOptional(assignmentId), "Assignment", assignmentId);
        return new Versioned<>(AssignmentView.of(assignment), assignment.version);
    }

    @Transactional
    public Versioned<AssignmentView> update(UUID assignmentId, AssignmentPatch patch, String ifMatch) {
        Assignment assignment = guard.accessible(
                assignments.findByIdOptional(assignmentId), "Assignment", assignmentId, Role.coordinator);
        Etags.requireCurrent(ifMatch, assignment.version);
        if (assignment.units.compareTo(patch.units()) != 0) {
            Changes changes = new Changes();
            assignment.units = changes.set("units", assignment.units, patch.units());
            Task task = taskRepository.findById(assignment.taskId);
            taskRepository.markRepresentationChanged(task);
            activity.record(
                    assignment.workspaceId, task.projectId, "assignment", assignment.id, Action.updated, changes);
            // flush so the response carries the new version
            assignments.flush();
        }
        return new Versioned<>(AssignmentView.of(assignment), assignment.version);
    }

    @Transactional
    public void unassign(UUID assignmentId, String ifMatch) {
        Assignment assignment = guard.accessible(
                assignments.findByIdOptional(assignmentId), "Assignment", assignmentId, Role.coordinator);
        Etags.requireCurrent(ifMatch, assignment.version);
        Task task = taskRepository.findById(assignment.taskId);
        taskRepository.markRepresentationChanged(task);
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
        assignments.delete(assignment);
    }

    public List<CommentView> comments(UUID taskId) {
        Task task = tasks.readable(taskId);
        List<Comment> found = comments.findByTask(task.id);
        Map<UUID, List<UUID>> mentions =
                comments.mentionsOf(found.stream().map(c -> c.id).toList());
        return found.stream()
                .map(c -> new CommentView(
                        c.id, c.taskId, c.authorId, c.body, mentions.getOrDefault(c.id, List.of()), c.createdAt))
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
        comments.persist(comment);
        comments.flush(); // the mentions refer to the comment's row
        List<UUID> mentioned = new Mentions(comments.mentionCandidates(task.workspaceId)).in(body);
        comments.saveMentions(comment, mentioned);
        for (UUID personId : mentioned) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("taskId", task.id);
            data.put("title", task.title);
            data.put("commentId", comment.id);
            data.put("personId", personId);
            data.put("authorId", comment.authorId);
            data.put("excerpt", body.length() > 200 ? body.substring(0, 200) + "…" : body);
            events.publish(EventTypes.COMMENT_MENTION, task.workspaceId, task.projectId, comment.id, data);
        }
        return new CommentView(
                comment.id, comment.taskId, comment.authorId, comment.body, mentioned, comment.createdAt);
    }
}
