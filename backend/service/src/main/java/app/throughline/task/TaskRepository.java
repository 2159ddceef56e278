package app.throughline.task;

import app.throughline.platform.ScalarQueries;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<Task, UUID> {

    /** The filters of a task list; null means "any". */
    public record Filter(
            UUID projectId,
            List<String> statuses,
            UUID assigneeId,
            UUID parentId,
            boolean topLevelOnly,
            String tag,
            LocalDate dueBefore,
            LocalDate dueAfter,
            String q,
            Integer numberFrom,
            Integer numberTo) {}

    public List<Task> page(Filter filter, Integer afterNumber, int limitPlusOne) {
        StringBuilder where = new StringBuilder("projectId = :project");
        Parameters params = Parameters.with("project", filter.projectId());
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" and status in :statuses");
            params.and("statuses", filter.statuses());
        }
        if (filter.assigneeId() != null) {
            where.append(" and exists (select 1 from Assignment a where a.taskId = id and a.personId = :assignee)");
            params.and("assignee", filter.assigneeId());
        }
        if (filter.parentId() != null) {
            where.append(" and parentId = :parent");
            params.and("parent", filter.parentId());
        } else if (filter.topLevelOnly()) {
            where.append(" and parentId is null");
        }
        if (filter.tag() != null) {
            where.append(" and array_contains(tags, :tag)");
            params.and("tag", filter.tag());
        }
        if (filter.dueBefore() != null) {
            where.append(" and deadline < :dueBefore");
            params.and("dueBefore", filter.dueBefore());
        }
        if (filter.dueAfter() != null) {
            where.append(" and deadline > :dueAfter");
            params.and("dueAfter", filter.dueAfter());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(title) like :q or lower(coalesce(description, '')) like :q)");
            params.and(
                    "q",
                    "%" + filter.q().trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.numberFrom() != null) {
            where.append(" and number >= :numberFrom");
            params.and("numberFrom", filter.numberFrom());
        }
        if (filter.numberTo() != null) {
            where.append(" and number <= :numberTo");
            params.and("numberTo", filter.numberTo());
        }
        if (afterNumber != null) {
            where.append(" and number > :after");
            params.and("after", afterNumber);
        }
        return find(where + " order by number", params).page(0, limitPlusOne).list();
    }

    /** A task in someone's work list, with the scheduled finish (far future when unscheduled) it is sorted by. */
    /** The tasks among {@code ids}, in no particular order; unknown ids are left out. */
    public List<Task> listByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** Which of {@code ids} have children (are summary tasks). */
    public Set<UUID> withChildren(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> parents = ScalarQueries.of(
                        getEntityManager(),
                        "SELECT DISTINCT parent_id FROM tasks WHERE parent_id IN (SELECT unnest(CAST(:ids AS uuid[])))",
                        "parent_id",
                        UUID.class)
                .setParameter("ids", uuidArray(ids))
                .getResultList();
        return new HashSet<>(parents);
    }

    /** A PostgreSQL array literal, so a whole page of ids is one bind parameter. */
    static String uuidArray(Collection<UUID> ids) {
        StringBuilder array = new StringBuilder("{");
        for (UUID id : ids) {
            if (array.length() > 1) {
                array.append(',');
            }
            array.append(id);
        }
        return array.append('}').toString();
    }

    public int nextPosition(UUID projectId, UUID parentId) {
        Integer max = parentId == null
                ? getEntityManager()
                        .createQuery(
                                "select max(t.position) from Task t where t.projectId = :p and t.parentId is null",
                                Integer.class)
                        .setParameter("p", projectId)
                        .getSingleResult()
                : getEntityManager()
                        .createQuery("select max(t.position) from Task t where t.parentId = :parent", Integer.class)
                        .setParameter("parent", parentId)
                        .getSingleResult();
        return max == null ? 0 : max + 1;
    }

    /** The children of {@code parentId} (top-level tasks when null) in WBS order, leaving out {@code except}. */
    /**
     * Renumbers the siblings of {@code moved} (children of {@code parentId}, top level when null)
     * 0, 1, 2… in their current order, leaving a hole at the 0-based {@code place} (past the last
     * one: last), and returns the place. One statement however many siblings; a sibling's version
     * is not changed, because its content is not: only the ordinals are compacted.
     */
    public int makeRoomAmongSiblings(UUID projectId, UUID parentId, UUID moved, int place) {
        Number count = (Number) getEntityManager()
                .createNativeQuery("""
                SELECT count(*) FROM tasks
                WHERE project_id = :project AND parent_id IS NOT DISTINCT FROM CAST(:parent AS uuid) AND id <> :moved
                """)
                .setParameter("project", projectId)
                .setParameter("parent", parentId == null ? null : parentId.toString())
                .setParameter("moved", moved)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .getSingleResult();
        int index = Math.min(place, count.intValue());
        renumber(projectId, parentId, moved, index);
        return index;
    }

    /** The 0-based place of {@code sibling} among the children of {@code parentId} other than {@code moved}. */
    public java.util.OptionalInt placeAmongSiblings(UUID projectId, UUID parentId, UUID moved, UUID sibling) {
        List<Long> found = ScalarQueries.of(getEntityManager(), """
                SELECT r.place FROM (SELECT id, row_number() OVER (ORDER BY position, number) - 1 AS place FROM tasks
                      WHERE project_id = :project AND parent_id IS NOT DISTINCT FROM CAST(:parent AS uuid) AND id <> :moved) r
                WHERE r.id = :sibling
                """, "place", Long.class)
                .setParameter("project", projectId)
                .setParameter("parent", parentId == null ? null : parentId.toString())
                .setParameter("moved", moved)
                .setParameter("sibling", sibling)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .getResultList();
        return found.isEmpty()
                ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of(found.get(0).intValue());
    }

    /** Renumbers the children of {@code parentId} 0, 1, 2… after {@code left} moved elsewhere. */
    public void closeGapsAmongSiblings(UUID projectId, UUID parentId, UUID left) {
        renumber(projectId, parentId, left, Integer.MAX_VALUE);
    }

    /**
     * Locks the children of both parents (the same one for a move in place) before a move
     * renumbers them: two moves among the same siblings must not renumber from one snapshot (both
     * would take the same place). One statement in id order, so two moves in opposite directions
     * between the same parents wait for each other instead of deadlocking.
     */
    public void lockSiblings(UUID projectId, UUID oldParent, UUID newParent) {
        getEntityManager()
                .createNativeQuery("""
                SELECT id FROM tasks WHERE project_id = :project
                  AND (parent_id IS NOT DISTINCT FROM CAST(:old AS uuid) OR parent_id IS NOT DISTINCT FROM CAST(:new AS uuid))
                ORDER BY id FOR UPDATE
                """)
                .setParameter("project", projectId)
                .setParameter("old", oldParent == null ? null : oldParent.toString())
                .setParameter("new", newParent == null ? null : newParent.toString())
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .getResultList();
    }

    // FlushMode COMMIT: the moved task is excluded and no sibling is dirty in the session, so an
    // automatic flush would only write the moved task early (and bump its version twice).
    private void renumber(UUID projectId, UUID parentId, UUID except, int hole) {
        getEntityManager()
                .createNativeQuery("""
                UPDATE tasks t SET position = CASE WHEN r.place < :hole THEN r.place ELSE r.place + 1 END
                FROM (SELECT id, row_number() OVER (ORDER BY position, number) - 1 AS place FROM tasks
                      WHERE project_id = :project AND parent_id IS NOT DISTINCT FROM CAST(:parent AS uuid)
                        AND id <> CAST(:except AS uuid)) r
                WHERE t.id = r.id AND t.position <> CASE WHEN r.place < :hole THEN r.place ELSE r.place + 1 END
                """)
                .setParameter("project", projectId)
                .setParameter("parent", parentId == null ? null : parentId.toString())
                .setParameter("except", except.toString())
                .setParameter("hole", hole)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .executeUpdate();
    }

    /**
     * A task's representation embeds its assignments, and its ETag is its version: adding, changing
     * or removing an assignment bumps the version so a cached copy (and an If-Match taken from it)
     * goes stale. The row is locked while bumping, so two assignment edits on one task queue rather
     * than fail.
     */
    public void markRepresentationChanged(Task task) {
        getEntityManager().lock(task, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /** Whether {@code candidate} is {@code taskId} or one of its ancestors. */
    public boolean isSelfOrAncestor(UUID candidate, UUID taskId) {
        Number found = (Number) getEntityManager()
                .createNativeQuery("""
                WITH RECURSIVE up(id, parent_id) AS (
                    SELECT id, parent_id FROM tasks WHERE id = :task
                    UNION ALL
                    SELECT t.id, t.parent_id FROM tasks t JOIN up ON t.id = up.parent_id
                ) SELECT count(*) FROM up WHERE id = :candidate
                """)
                .setParameter("task", taskId)
                .setParameter("candidate", candidate)
                .getSingleResult();
        return found.longValue() > 0;
    }
}
