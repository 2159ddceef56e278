package app.throughline.approval;

import app.throughline.api.AccessDenied;
import app.throughline.api.Conflict;
import app.throughline.api.Cursor;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.approval.ApprovalDtos.ApprovalView;
import app.throughline.approval.ApprovalDtos.DecideApproval;
import app.throughline.approval.ApprovalDtos.DecisionKind;
import app.throughline.approval.ApprovalDtos.DecisionView;
import app.throughline.approval.ApprovalTasksRepository.TaskLabel;
import app.throughline.auth.CurrentUser;
import app.throughline.events.DomainEvents;
import app.throughline.events.EventTypes;
import app.throughline.person.Person;
import app.throughline.person.PersonRepository;
import app.throughline.project.ProjectService;
import app.throughline.task.TaskService;
import app.throughline.workflow.Approval;
import app.throughline.workflow.Approval.State;
import app.throughline.workflow.ApprovalRepository;
import app.throughline.workflow.ApprovalRepository.Decision;
import app.throughline.workspace.Membership;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Deciding approval rounds. Anyone named as an approver (through their person record) or holding
 * the round's approver role or one above it may decide once; enough approvals grant the round, one
 * rejection sends the task back to the step's rejection status with the comment.
 */
@ApplicationScoped
public class ApprovalService {

    private final ApprovalRepository approvals;
    private final ApprovalTasksRepository labels;
    private final PersonRepository people;
    private final TaskService tasks;
    private final ProjectService projects;
    private final TenantGuard guard;
    private final CurrentUser currentUser;
    private final DomainEvents events;

    ApprovalService(
            ApprovalRepository approvals,
            ApprovalTasksRepository labels,
            PersonRepository people,
            TaskService tasks,
            ProjectService projects,
            TenantGuard guard,
            CurrentUser currentUser,
            DomainEvents events) {
        this.approvals = approvals;
        this.labels = labels;
        this.people = people;
        this.tasks = tasks;
        this.projects = projects;
        this.guard = guard;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The rounds the signed-in user may decide (pending: not yet decided by them), newest first. */
    public Page<ApprovalView> mine(State state, PageRequest page) {
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 2);
        List<Approval> rows =
                approvals.forApprover(currentUser.id(), state, state == State.pending, after, page.limit + 1);
        return views(rows, page, r -> Cursor.of(r.requestedAt, r.id));
    }

    /** A project's rounds in one state, newest first (for the board's badges). */
    public Page<ApprovalView> ofProject(UUID projectId, State state, PageRequest page) {
        projects.readable(projectId);
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 2);
        List<Approval> rows = approvals.ofProject(projectId, state, after, page.limit + 1);
        return views(rows, page, r -> Cursor.of(r.requestedAt, r.id));
    }

    public ApprovalView get(UUID id) {
        Approval round = guard.readable(approvals.findByIdOptional(id), "Approval", id);
        return view(
                round,
                labels.labels(List.of(round.taskId)),
                approvals.decisionsByApproval(List.of(round.id)),
                approverIn(round.workspaceId));
    }

    @Transactional
    public ApprovalView decide(UUID id, DecideApproval request) {
        Approval round = guard.readable(approvals.findByIdOptional(id), "Approval", id);
        // one decision at a time per round: two approvers at once must not both see "one short"
        approvals.getEntityManager().lock(round, LockModeType.PESSIMISTIC_WRITE);
        approvals.getEntityManager().refresh(round);
        UUID me = currentUser.id();
        if (!approverIn(round.workspaceId).mayDecide(round)) {
            throw new AccessDenied("You are not an approver of this step");
        }
        if (round.state != State.pending) {
            throw new Conflict("This approval was " + round.state + " already").with("state", round.state.name());
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (!approvals.decide(round.id, me, request.decision().name(), request.comment(), now)) {
            throw new Conflict("You decided this approval already");
        }
        if (request.decision() == DecisionKind.reject) {
            round.state = State.rejected;
            round.decidedAt = now;
            approvals.flush();
            String comment = "Rejected"
                    + (request.comment() == null || request.comment().isBlank()
                            ? ""
                            : ": " + request.comment().trim());
            tasks.sendBack(round.taskId, round.rejectTo, comment);
        } else if (approvals.approvalsOf(round.id) >= round.required) {
            round.state = State.approved;
            round.decidedAt = now;
        }
        if (round.state != State.pending) {
            events.publish(
                    EventTypes.APPROVAL_DECIDED,
                    round.workspaceId,
                    round.projectId,
                    round.taskId,
                    Map.of("approvalId", round.id, "state", round.state.name()));
        }
        approvals.flush();
        return get(round.id);
    }

    /** The signed-in user as an approver of one workspace: their role there and their person record. */
    private record Approver(Role role, UUID personId) {

        boolean mayDecide(Approval round) {
            return (round.approverRole != null && role.atLeast(round.approverRole))
                    || (personId != null
                            && Arrays.asList(round.approverPersonIds).contains(personId));
        }
    }

    private Approver approverIn(UUID workspaceId) {
        Membership membership = guard.require(workspaceId, Role.viewer);
        UUID person = people.findByUser(workspaceId, currentUser.id())
                .map((Person p) -> p.id)
                .orElse(null);
        return new Approver(membership.role, person);
    }

    private Page<ApprovalView> views(
            List<Approval> rows, PageRequest page, java.util.function.Function<Approval, Cursor> cursorOf) {
        List<Approval> shown = rows.size() > page.limit ? rows.subList(0, page.limit) : rows;
        Map<UUID, TaskLabel> taskLabels =
                labels.labels(shown.stream().map(a -> a.taskId).toList());
        Map<UUID, List<Decision>> decisions =
                approvals.decisionsByApproval(shown.stream().map(a -> a.id).toList());
        Map<UUID, Approver> approvers = new java.util.HashMap<>();
        return Page.from(
                rows,
                page.limit,
                a -> view(a, taskLabels, decisions, approvers.computeIfAbsent(a.workspaceId, this::approverIn)),
                cursorOf);
    }

    private ApprovalView view(
            Approval round, Map<UUID, TaskLabel> taskLabels, Map<UUID, List<Decision>> decisions, Approver me) {
        List<Decision> made = decisions.getOrDefault(round.id, List.of());
        boolean decidedByMe = made.stream().anyMatch(d -> d.userId().equals(currentUser.id()));
        TaskLabel label = taskLabels.get(round.taskId);
        return new ApprovalView(
                round.id,
                round.taskId,
                label == null ? null : label.key(),
                label == null ? null : label.title(),
                round.projectId,
                round.statusKey,
                round.state.name(),
                round.requestedAt,
                round.requestedBy,
                round.required,
                (int) made.stream().filter(d -> d.decision().equals("approve")).count(),
                Arrays.asList(round.approverPersonIds),
                round.approverRole == null ? null : round.approverRole.name(),
                round.rejectTo,
                made.stream()
                        .map(d -> new DecisionView(d.userId(), d.decision(), d.comment(), d.at()))
                        .toList(),
                round.state == State.pending && !decidedByMe && me.mayDecide(round));
    }
}
