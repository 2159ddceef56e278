package app.throughline.workflow;

import app.throughline.api.Cursor;
import app.throughline.platform.ScalarQueries;
import app.throughline.workflow.Approval.State;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

@ApplicationScoped
public class ApprovalRepository implements PanacheRepositoryBase<Approval, UUID> {

    /** One approver's decision in a round. */
    public record Decision(UUID approvalId, UUID userId, String decision, String comment, Instant at) {}

    /** The latest round a task had in a status, if any. */
    public Optional<Approval> latest(UUID taskId, String statusKey) {
        return find("taskId = ?1 and statusKey = ?2 order by requestedAt desc, id desc", taskId, statusKey)
                .firstResultOptional();
    }

    public Optional<Approval> pending(UUID taskId) {
        return find("taskId = ?1 and state = ?2", taskId, State.pending).firstResultOptional();
    }

    public List<Decision> decisionsOf(Collection<UUID> approvalIds) {
        if (approvalIds.isEmpty()) {
            return List.of();
        }
        return session()
                .createNativeQuery("""
                        SELECT approval_id, user_id, decision, comment, at FROM approval_decisions
                        WHERE approval_id IN (:ids) ORDER BY at, user_id""", Decision.class)
                .setParameter("ids", approvalIds)
                .getResultList();
    }

    public Map<UUID, List<Decision>> decisionsByApproval(Collection<UUID> approvalIds) {
        return decisionsOf(approvalIds).stream().collect(Collectors.groupingBy(Decision::approvalId));
    }

    /** Records a decision; false when this user decided the round already. */
    public boolean decide(UUID approvalId, UUID userId, String decision, String comment, Instant at) {
        return session()
                        .createNativeMutationQuery("""
                                INSERT INTO approval_decisions (approval_id, user_id, decision, comment, at)
                                VALUES (:approval, :user, :decision, :comment, :at) ON CONFLICT DO NOTHING""")
                        .setParameter("approval", approvalId)
                        .setParameter("user", userId)
                        .setParameter("decision", decision)
                        .setParameter("comment", comment)
                        .setParameter("at", at)
                        .executeUpdate()
                > 0;
    }

    public long approvalsOf(UUID approvalId) {
        return ScalarQueries.of(
                        session(),
                        "SELECT count(*) FROM approval_decisions WHERE approval_id = :id AND decision = 'approve'",
                        "count",
                        Long.class)
                .setParameter("id", approvalId)
                .getSingleResult();
    }

    /**
     * Rounds in the user's workspaces that the user may decide: named as an approver through their
     * person record, or holding the approver role or one above it. Newest first.
     */
    public List<Approval> forApprover(UUID userId, State state, boolean undecidedOnly, Cursor after, int limitPlusOne) {
        String sql = """
                SELECT a.* FROM approvals a
                JOIN memberships m ON m.workspace_id = a.workspace_id AND m.user_id = :user
                WHERE a.state = :state
                  AND (EXISTS (SELECT 1 FROM people p WHERE p.workspace_id = a.workspace_id AND p.user_id = :user
                                 AND p.id = ANY (a.approver_person_ids))
                       OR (a.approver_role IS NOT NULL AND
                           array_position(ARRAY['viewer','member','coordinator','admin','owner'], m.role::text)
                             >= array_position(ARRAY['viewer','member','coordinator','admin','owner'], a.approver_role)))
                  AND (NOT :undecided OR NOT EXISTS (SELECT 1 FROM approval_decisions d WHERE d.approval_id = a.id AND d.user_id = :user))
                  AND (CAST(:afterAt AS timestamptz) IS NULL OR (a.requested_at, a.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid)))
                ORDER BY a.requested_at DESC, a.id DESC
                LIMIT :limit""";
        return session()
                .createNativeQuery(sql, Approval.class)
                .setParameter("user", userId)
                .setParameter("state", state.name())
                .setParameter("undecided", undecidedOnly)
                .setParameter("afterAt", after == null ? null : after.instant(0))
                .setParameter("afterId", after == null ? null : after.uuid(1))
                .setParameter("limit", limitPlusOne)
                .getResultList();
    }

    public List<Approval> ofProject(UUID projectId, State state, Cursor after, int limitPlusOne) {
        if (after == null) {
            return find("projectId = ?1 and state = ?2 order by requestedAt desc, id desc", projectId, state)
                    .page(0, limitPlusOne)
                    .list();
        }
        return find(
                        "projectId = ?1 and state = ?2 and (requestedAt < ?3 or (requestedAt = ?3 and id < ?4)) order by requestedAt desc, id desc",
                        projectId,
                        state,
                        after.instant(0),
                        after.uuid(1))
                .page(0, limitPlusOne)
                .list();
    }

    private Session session() {
        return getEntityManager().unwrap(Session.class);
    }
}
