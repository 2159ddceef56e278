package app.throughline.task;

import app.throughline.platform.ScalarQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** The queries of "My work": the ordered list of a user's tasks, and the snapshots later pages read. */
@ApplicationScoped
public class MyWorkRepository {

    /** A task's place in a snapshot (1-based). */
    public record Placed(UUID id, long place) {}

    private final EntityManager entityManager;

    MyWorkRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Every task assigned to the user (through the people linked to them) in workspaces they belong
     * to: soonest deadline first, then by scheduled finish, then id.
     */
    public List<UUID> orderedTaskIds(UUID userId, UUID workspaceId, boolean includeDone) {
        return ScalarQueries.of(entityManager, """
                SELECT t.id FROM tasks t
                JOIN memberships m ON m.workspace_id = t.workspace_id AND m.user_id = :me
                LEFT JOIN task_schedules s ON s.task_id = t.id
                WHERE EXISTS (SELECT 1 FROM assignments a JOIN people p ON p.id = a.person_id
                              WHERE a.task_id = t.id AND p.user_id = :me)
                  AND (CAST(:ws AS uuid) IS NULL OR t.workspace_id = CAST(:ws AS uuid))
                  AND (:includeDone OR t.status_category NOT IN ('done', 'cancelled'))
                ORDER BY coalesce(t.deadline, DATE '9999-12-31'), coalesce(s.early_finish, TIMESTAMP '9999-12-31 00:00'), t.id
                """, "id", UUID.class)
                .setParameter("me", userId)
                .setParameter("ws", workspaceId == null ? null : workspaceId.toString())
                .setParameter("includeDone", includeDone)
                .getResultList();
    }

    /** Keeps the list for later pages (and drops lists older than a day). */
    public UUID keep(UUID userId, List<UUID> taskIds) {
        entityManager
                .createNativeQuery("DELETE FROM my_work_snapshots WHERE created_at < now() - INTERVAL '1 day'")
                .executeUpdate();
        UUID id = UUID.randomUUID();
        entityManager
                .createNativeQuery(
                        "INSERT INTO my_work_snapshots (id, user_id, task_ids) VALUES (:id, :me, CAST(:ids AS uuid[]))")
                .setParameter("id", id)
                .setParameter("me", userId)
                .setParameter("ids", TaskRepository.uuidArray(taskIds))
                .executeUpdate();
        return id;
    }

    /**
     * The snapshot's tasks after {@code afterPlace} that the user may still see (a task deleted, or
     * in a workspace they left, since the first page is left out); empty when the snapshot is not theirs
     * or has expired, which {@link #exists} tells apart.
     */
    public List<Placed> slice(UUID snapshotId, UUID userId, long afterPlace, int limitPlusOne) {
        return entityManager
                .unwrap(Session.class)
                .createNativeQuery("""
                SELECT t.id, u.place FROM my_work_snapshots s
                CROSS JOIN LATERAL unnest(s.task_ids) WITH ORDINALITY AS u(task_id, place)
                JOIN tasks t ON t.id = u.task_id
                JOIN memberships m ON m.workspace_id = t.workspace_id AND m.user_id = :me
                WHERE s.id = :snapshot AND s.user_id = :me AND u.place > :after
                ORDER BY u.place
                LIMIT :limit
                """, Placed.class)
                .setParameter("snapshot", snapshotId)
                .setParameter("me", userId)
                .setParameter("after", afterPlace)
                .setParameter("limit", limitPlusOne)
                .getResultList();
    }

    public boolean exists(UUID snapshotId, UUID userId) {
        return !ScalarQueries.of(
                        entityManager,
                        "SELECT true FROM my_work_snapshots WHERE id = :id AND user_id = :me AND created_at >= now() - INTERVAL '1 day'",
                        "bool",
                        Boolean.class)
                .setParameter("id", snapshotId)
                .setParameter("me", userId)
                .getResultList()
                .isEmpty();
    }
}
