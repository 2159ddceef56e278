package app.throughline.workflow;

import app.throughline.api.Cursor;
import app.throughline.platform.ScalarQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** The history of task moves between statuses: written on every move, read by the task panel and the flow analytics. */
@ApplicationScoped
public class TransitionRepository {

    /** One recorded move. */
    public record TransitionRow(
            UUID id,
            long seq,
            UUID taskId,
            String fromStatus,
            String toStatus,
            UUID byUserId,
            Instant at,
            String comment,
            boolean wipExceeded) {}

    private final EntityManager entityManager;

    TransitionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void record(
            UUID workspaceId,
            UUID projectId,
            UUID taskId,
            String from,
            String to,
            UUID byUserId,
            Instant at,
            String comment,
            boolean wipExceeded) {
        session()
                .createNativeMutationQuery("""
                        INSERT INTO task_transitions (id, workspace_id, project_id, task_id, from_status, to_status, by_user_id, at, comment, wip_exceeded)
                        VALUES (:id, :ws, :project, :task, :from, :to, :by, :at, :comment, :wip)""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("ws", workspaceId)
                .setParameter("project", projectId)
                .setParameter("task", taskId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("by", byUserId)
                .setParameter("at", at)
                .setParameter("comment", comment)
                .setParameter("wip", wipExceeded)
                .executeUpdate();
    }

    /** A task's moves, newest first. */
    public List<TransitionRow> ofTask(UUID taskId, Cursor after, int limitPlusOne) {
        return session()
                .createNativeQuery("""
                        SELECT id, seq, task_id, from_status, to_status, by_user_id, at, comment, wip_exceeded
                        FROM task_transitions
                        WHERE task_id = :task AND (CAST(:afterSeq AS bigint) IS NULL OR seq < CAST(:afterSeq AS bigint))
                        ORDER BY seq DESC
                        LIMIT :limit""", TransitionRow.class)
                .setParameter("task", taskId)
                .setParameter("afterSeq", after == null ? null : after.number(0))
                .setParameter("limit", limitPlusOne)
                .getResultList();
    }

    /** Tasks of the project in a status, besides the one moving. */
    public long countInStatus(UUID projectId, String status, UUID exceptTaskId) {
        entityManager.flush();
        return ScalarQueries.of(
                        session(),
                        "SELECT count(*) FROM tasks WHERE project_id = :project AND status = :status AND id <> :task",
                        "count",
                        Long.class)
                .setParameter("project", projectId)
                .setParameter("status", status)
                .setParameter("task", exceptTaskId)
                .getSingleResult();
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
