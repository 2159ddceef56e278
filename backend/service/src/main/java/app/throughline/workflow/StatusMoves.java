package app.throughline.workflow;

import app.throughline.api.InvalidRequest;
import app.throughline.events.DomainEvents;
import app.throughline.events.EventTypes;
import app.throughline.workflow.Approval.State;
import app.throughline.workflow.WorkflowDtos.ApprovalStep;
import app.throughline.workflow.WorkflowDtos.WorkflowStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The rules of moving a task between the statuses of its workflow, in one place for every way a
 * task moves (a transition, a PATCH of {@code status}, a rejection, creation): allowed moves, WIP
 * limits, approval gates, and the history.
 */
@ApplicationScoped
public class StatusMoves {

    /** The task as the rules see it. */
    public record MovingTask(UUID workspaceId, UUID projectId, UUID taskId, String status) {}

    /** How a move went: the new status, its category, and whether it passed a WIP limit. */
    public record Moved(String status, StatusCategory category, boolean wipExceeded, boolean changed) {}

    private final TransitionRepository transitions;
    private final ApprovalRepository approvals;
    private final DomainEvents events;

    StatusMoves(TransitionRepository transitions, ApprovalRepository approvals, DomainEvents events) {
        this.events = events;
        this.transitions = transitions;
        this.approvals = approvals;
    }

    /** Where a new task starts: the status asked for (422 when the workflow has none such) or its first to-do status. */
    public WorkflowStatus startingStatus(WorkflowDefinition workflow, String status) {
        if (status == null) {
            return workflow.initialStatus();
        }
        return workflow.status(status)
                .orElseThrow(() -> InvalidRequest.field(
                        "status",
                        "\"" + status + "\" is not a status of the workflow " + workflow.name() + " ("
                                + String.join(", ", workflow.keys()) + ")"));
    }

    /** Records a new task's first status (after the task is written), opening an approval round when it asks for one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Moved started(MovingTask task, WorkflowStatus status, UUID byUserId) {
        Instant now = now();
        boolean wip = overLimit(task, status);
        transitions.record(
                task.workspaceId(), task.projectId(), task.taskId(), null, status.key(), byUserId, now, null, wip);
        if (status.approval() != null) {
            open(task, status, byUserId, now);
        }
        return new Moved(status.key(), status.category(), wip, true);
    }

    /**
     * Moves the task by the workflow's rules. A move the workflow does not allow, or forward out of an
     * approval status before enough approvals, is refused with the statuses it may move to.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Moved move(MovingTask task, WorkflowDefinition workflow, String to, String comment, UUID byUserId) {
        if (to.equals(task.status())) {
            WorkflowStatus same = workflow.status(to).orElseThrow();
            return new Moved(to, same.category(), false, false);
        }
        List<String> allowed = allowedTargets(task, workflow);
        WorkflowStatus target = workflow.status(to).orElse(null);
        if (target == null) {
            throw new MoveRefused(
                    "\"" + to + "\" is not a status of the workflow " + workflow.name() + "; from " + task.status()
                            + " the task may move to " + list(allowed),
                    allowed);
        }
        if (!workflow.allows(task.status(), to)) {
            throw new MoveRefused(
                    "The workflow " + workflow.name() + " does not allow moving from " + task.status() + " to " + to
                            + "; allowed: " + list(allowed),
                    allowed);
        }
        if (!allowed.contains(to)) {
            throw new MoveRefused(
                    "The task waits for approval in " + task.status() + "; until enough approvers approve it can move "
                            + "only back, to " + list(allowed),
                    allowed);
        }
        return record(task, target, comment, byUserId);
    }

    /** A move the product makes itself (a rejection sends the task back), outside the allowed-moves list. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Moved force(MovingTask task, WorkflowDefinition workflow, String to, String comment, UUID byUserId) {
        WorkflowStatus target = workflow.status(to).orElseThrow();
        return record(task, target, comment, byUserId);
    }

    /** Where the task may go now: the workflow's moves, minus forward ones while an approval is not granted. */
    public List<String> allowedTargets(MovingTask task, WorkflowDefinition workflow) {
        List<String> targets = workflow.allowedTargets(task.status());
        WorkflowStatus current = workflow.status(task.status()).orElse(null);
        if (current == null || current.approval() == null || approved(task)) {
            return targets;
        }
        int here = workflow.order(task.status());
        return targets.stream().filter(k -> workflow.order(k) < here).toList();
    }

    private boolean approved(MovingTask task) {
        return approvals
                .latest(task.taskId(), task.status())
                .map(a -> a.state == State.approved)
                .orElse(false);
    }

    private Moved record(MovingTask task, WorkflowStatus target, String comment, UUID byUserId) {
        Instant now = now();
        approvals.pending(task.taskId()).ifPresent(round -> {
            round.state = State.withdrawn;
            round.decidedAt = now;
        });
        boolean wip = overLimit(task, target);
        transitions.record(
                task.workspaceId(),
                task.projectId(),
                task.taskId(),
                task.status(),
                target.key(),
                byUserId,
                now,
                comment,
                wip);
        if (target.approval() != null) {
            approvals.flush();
            open(task, target, byUserId, now);
        }
        return new Moved(target.key(), target.category(), wip, true);
    }

    private boolean overLimit(MovingTask task, WorkflowStatus target) {
        return target.wipLimit() != null
                && transitions.countInStatus(task.projectId(), target.key(), task.taskId()) >= target.wipLimit();
    }

    /** Opens an approval round for a task written in an approval status by other means (bulk import). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestApproval(MovingTask task, WorkflowStatus status, UUID byUserId) {
        open(task, status, byUserId, now());
    }

    private void open(MovingTask task, WorkflowStatus status, UUID byUserId, Instant now) {
        ApprovalStep step = status.approval();
        Approval round = new Approval();
        round.id = UUID.randomUUID();
        round.workspaceId = task.workspaceId();
        round.projectId = task.projectId();
        round.taskId = task.taskId();
        round.statusKey = status.key();
        round.required = step.required();
        round.approverPersonIds = step.approverPersonIds().toArray(UUID[]::new);
        round.approverRole = step.approverRole();
        round.rejectTo = step.rejectTo();
        round.state = State.pending;
        round.requestedBy = byUserId;
        round.requestedAt = now;
        approvals.persist(round);
        events.publish(
                EventTypes.APPROVAL_REQUESTED,
                round.workspaceId,
                round.projectId,
                round.taskId,
                java.util.Map.of("approvalId", round.id, "statusKey", round.statusKey));
    }

    private static String list(List<String> keys) {
        return keys.isEmpty() ? "no other status" : String.join(", ", keys);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
