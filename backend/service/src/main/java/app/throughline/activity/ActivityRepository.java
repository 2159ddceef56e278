package app.throughline.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** The change history: appended inside the caller's transaction, read newest first by project or object. */
@ApplicationScoped
public class ActivityRepository {

    /** One history row as stored; {@code changes} is the JSON text of the changed fields. */
    public record ActivityRow(
            long id, String entityType, UUID entityId, String action, UUID actorId, Instant at, String changes) {}

    private static final String COLUMNS =
            "SELECT id, entity_type, entity_id, action, actor_id, at, CAST(changes AS text) AS changes FROM activity ";

    private final EntityManager entityManager;

    ActivityRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** {@code projectId} and {@code actorId} may be null; {@code changesJson} is the changed fields as JSON. */
    public void append(
            UUID workspaceId,
            UUID projectId,
            String entityType,
            UUID entityId,
            String action,
            UUID actorId,
            String changesJson) {
        entityManager
                .createNativeQuery("""
                INSERT INTO activity (workspace_id, project_id, entity_type, entity_id, action, actor_id, changes)
                VALUES (:workspace, CAST(:project AS uuid), :type, :entity, :action, CAST(:actor AS uuid), CAST(:changes AS jsonb))
                """)
                .setParameter("workspace", workspaceId)
                .setParameter("project", projectId == null ? null : projectId.toString())
                .setParameter("type", entityType)
                .setParameter("entity", entityId)
                .setParameter("action", action)
                .setParameter("actor", actorId == null ? null : actorId.toString())
                .setParameter("changes", changesJson)
                .executeUpdate();
    }

    public List<ActivityRow> ofProject(UUID projectId, long beforeId, int limit) {
        return page("WHERE project_id = :id", projectId, beforeId, limit);
    }

    public List<ActivityRow> ofEntity(UUID entityId, long beforeId, int limit) {
        return page("WHERE entity_id = :id", entityId, beforeId, limit);
    }

    private List<ActivityRow> page(String where, UUID id, long beforeId, int limit) {
        return entityManager
                .unwrap(Session.class)
                .createNativeQuery(
                        COLUMNS + where + " AND id < :before ORDER BY id DESC LIMIT :limit", ActivityRow.class)
                .setParameter("id", id)
                .setParameter("before", beforeId)
                .setParameter("limit", limit)
                .getResultList();
    }
}
