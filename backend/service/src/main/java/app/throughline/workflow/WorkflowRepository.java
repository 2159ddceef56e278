package app.throughline.workflow;

import app.throughline.api.Cursor;
import app.throughline.platform.ScalarQueries;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class WorkflowRepository implements PanacheRepositoryBase<Workflow, UUID> {

    public Optional<Workflow> findDefault(UUID workspaceId) {
        return find("workspaceId = ?1 and isDefault = true", workspaceId).firstResultOptional();
    }

    public Optional<Workflow> findInWorkspace(UUID workspaceId, UUID id) {
        return find("id = ?1 and workspaceId = ?2", id, workspaceId).firstResultOptional();
    }

    public boolean nameTaken(UUID workspaceId, String name, UUID exceptId) {
        return count(
                        "workspaceId = ?1 and lower(name) = lower(?2) and id <> ?3",
                        workspaceId,
                        name,
                        exceptId == null ? new UUID(0, 0) : exceptId)
                > 0;
    }

    public List<Workflow> page(UUID workspaceId, Cursor after, int limitPlusOne) {
        if (after == null) {
            return find("workspaceId = :ws order by lower(name), id", Parameters.with("ws", workspaceId))
                    .page(0, limitPlusOne)
                    .list();
        }
        return find(
                        "workspaceId = :ws and (lower(name) > lower(:name) or (lower(name) = lower(:name) and id > :id)) order by lower(name), id",
                        Parameters.with("ws", workspaceId)
                                .and("name", after.text(0))
                                .and("id", after.uuid(1)))
                .page(0, limitPlusOne)
                .list();
    }

    /** Whether the procedure exists in the workspace (procedures live in a feature above this one). */
    public boolean procedureExists(UUID workspaceId, UUID procedureId) {
        return !getEntityManager()
                .createNativeQuery("SELECT 1 FROM procedures WHERE workspace_id = ?1 AND id = ?2")
                .setParameter(1, workspaceId)
                .setParameter(2, procedureId)
                .getResultList()
                .isEmpty();
    }

    public long projectsUsing(UUID workflowId) {
        return ((Number) getEntityManager()
                        .createNativeQuery("SELECT count(*) FROM projects WHERE workflow_id = ?1")
                        .setParameter(1, workflowId)
                        .getSingleResult())
                .longValue();
    }

    public List<UUID> projectIdsUsing(UUID workflowId) {
        return ScalarQueries.of(
                        getEntityManager(),
                        "SELECT id FROM projects WHERE workflow_id = ?1 ORDER BY id",
                        "id",
                        UUID.class)
                .setParameter(1, workflowId)
                .getResultList();
    }

    /** How many tasks of the workflow's projects are in one of these statuses. */
    public long tasksIn(UUID workflowId, Collection<String> statusKeys) {
        if (statusKeys.isEmpty()) {
            return 0;
        }
        return ((Number) getEntityManager()
                        .createNativeQuery("""
                                SELECT count(*) FROM tasks t JOIN projects p ON p.id = t.project_id
                                WHERE p.workflow_id = ?1 AND t.status IN (?2)""")
                        .setParameter(1, workflowId)
                        .setParameter(2, statusKeys)
                        .getSingleResult())
                .longValue();
    }

    /**
     * Moves the tasks of one project from one status to another (a workflow change or a removed
     * status), recording each move; answers how many tasks moved.
     */
    public int moveTasks(UUID projectId, String from, String to, String toCategory, UUID byUserId, String comment) {
        getEntityManager().flush();
        int recorded = getEntityManager()
                .createNativeQuery("""
                        INSERT INTO task_transitions (id, workspace_id, project_id, task_id, from_status, to_status, by_user_id, at, comment)
                        SELECT gen_random_uuid(), t.workspace_id, t.project_id, t.id, t.status, ?3, ?4, now(), ?5
                        FROM tasks t WHERE t.project_id = ?1 AND t.status = ?2""")
                .setParameter(1, projectId)
                .setParameter(2, from)
                .setParameter(3, to)
                .setParameter(4, byUserId)
                .setParameter(5, comment)
                .executeUpdate();
        getEntityManager()
                .createNativeQuery("""
                        UPDATE tasks SET status = ?3, status_category = ?4, status_since = now(), version = version + 1
                        WHERE project_id = ?1 AND status = ?2""")
                .setParameter(1, projectId)
                .setParameter(2, from)
                .setParameter(3, to)
                .setParameter(4, toCategory)
                .executeUpdate();
        getEntityManager()
                .createNativeQuery(
                        "UPDATE approvals SET state = 'withdrawn', decided_at = now() WHERE project_id = ?1 AND status_key = ?2 AND state = 'pending'")
                .setParameter(1, projectId)
                .setParameter(2, from)
                .executeUpdate();
        return recorded;
    }

    /** Keeps each task's category in step with its status after a workflow's categories changed. */
    public int recategorise(UUID workflowId, Map<String, StatusCategory> categories) {
        getEntityManager().flush();
        int changed = 0;
        for (Map.Entry<String, StatusCategory> entry : categories.entrySet()) {
            changed += getEntityManager()
                    .createNativeQuery("""
                            UPDATE tasks t SET status_category = ?3, version = t.version + 1
                            FROM projects p
                            WHERE p.id = t.project_id AND p.workflow_id = ?1 AND t.status = ?2 AND t.status_category <> ?3""")
                    .setParameter(1, workflowId)
                    .setParameter(2, entry.getKey())
                    .setParameter(3, entry.getValue().name())
                    .executeUpdate();
        }
        return changed;
    }

    /** The same for one project that just changed workflow. */
    public void recategoriseProject(UUID projectId, Map<String, StatusCategory> categories) {
        getEntityManager().flush();
        for (Map.Entry<String, StatusCategory> entry : categories.entrySet()) {
            getEntityManager()
                    .createNativeQuery(
                            "UPDATE tasks SET status_category = ?3, version = version + 1 WHERE project_id = ?1 AND status = ?2 AND status_category <> ?3")
                    .setParameter(1, projectId)
                    .setParameter(2, entry.getKey())
                    .setParameter(3, entry.getValue().name())
                    .executeUpdate();
        }
    }
}
