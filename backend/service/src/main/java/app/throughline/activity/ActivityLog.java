package app.throughline.activity;

import app.throughline.auth.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the activity log inside the caller's transaction, so a change and its record commit or
 * roll back together. Metrics (scope change, cycle time) are computed from it.
 */
@ApplicationScoped
public class ActivityLog {

    public enum Action {
        created,
        updated,
        deleted
    }

    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final ObjectMapper json;

    ActivityLog(EntityManager entityManager, CurrentUser currentUser, ObjectMapper json) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.json = json;
    }

    /** Records one change; an update without changed fields records nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            UUID workspaceId, UUID projectId, String entityType, UUID entityId, Action action, Changes changes) {
        if (action == Action.updated && changes.isEmpty()) {
            return;
        }
        entityManager
                .createNativeQuery("""
                INSERT INTO activity (workspace_id, project_id, entity_type, entity_id, action, actor_id, changes)
                VALUES (:workspace, CAST(:project AS uuid), :type, :entity, :action, CAST(:actor AS uuid), CAST(:changes AS jsonb))
                """)
                .setParameter("workspace", workspaceId)
                .setParameter("project", projectId == null ? null : projectId.toString())
                .setParameter("type", entityType)
                .setParameter("entity", entityId)
                .setParameter("action", action.name())
                .setParameter(
                        "actor",
                        currentUser.idIfAuthenticated().map(UUID::toString).orElse(null))
                .setParameter("changes", toJson(changes.fields()))
                .executeUpdate();
    }

    public String toJson(Map<String, Change> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
