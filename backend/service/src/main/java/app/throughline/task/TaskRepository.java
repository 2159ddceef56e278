package app.throughline.task;

import app.throughline.task.TaskEnums.TaskStatus;
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
    public record Filter(UUID projectId, List<TaskStatus> statuses, UUID assigneeId, UUID parentId, boolean topLevelOnly, String tag,
            LocalDate dueBefore, LocalDate dueAfter, String q) {}

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
            params.and("q", "%" + filter.q().trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (afterNumber != null) {
            where.append(" and number > :after");
            params.and("after", afterNumber);
        }
        return find(where + " order by number", params).page(0, limitPlusOne).list();
    }

    /** Which of {@code ids} have children (are summary tasks). */
    public Set<UUID> withChildren(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> parents = getEntityManager()
                .createNativeQuery("SELECT DISTINCT parent_id FROM tasks WHERE parent_id IN (SELECT unnest(CAST(:ids AS uuid[])))", UUID.class)
                .setParameter("ids", uuidArray(ids)).getResultList();
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
                ? getEntityManager().createQuery("select max(t.position) from Task t where t.projectId = :p and t.parentId is null", Integer.class)
                        .setParameter("p", projectId).getSingleResult()
                : getEntityManager().createQuery("select max(t.position) from Task t where t.parentId = :parent", Integer.class)
                        .setParameter("parent", parentId).getSingleResult();
        return max == null ? 0 : max + 1;
    }

    /** The children of {@code parentId} (top-level tasks when null) in WBS order, leaving out {@code except}. */
    public List<Task> siblingsInOrder(UUID projectId, UUID parentId, UUID except) {
        return parentId == null
                ? list("projectId = ?1 and parentId is null and id <> ?2 order by position, number", projectId, except)
                : list("parentId = ?1 and id <> ?2 order by position, number", parentId, except);
    }

    /** Whether {@code candidate} is {@code taskId} or one of its ancestors. */
    public boolean isSelfOrAncestor(UUID candidate, UUID taskId) {
        Number found = (Number) getEntityManager().createNativeQuery("""
                WITH RECURSIVE up(id, parent_id) AS (
                    SELECT id, parent_id FROM tasks WHERE id = :task
                    UNION ALL
                    SELECT t.id, t.parent_id FROM tasks t JOIN up ON t.id = up.parent_id
                ) SELECT count(*) FROM up WHERE id = :candidate
                """).setParameter("task", taskId).setParameter("candidate", candidate).getSingleResult();
        return found.longValue() > 0;
    }
}
