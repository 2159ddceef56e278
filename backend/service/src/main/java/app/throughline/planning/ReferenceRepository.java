package app.throughline.planning;

import app.throughline.platform.ScalarQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Existence checks by id within one workspace. Plain SQL on the tables, because this package sits
 * below the features that own the entities.
 */
@ApplicationScoped
public class ReferenceRepository {

    private final EntityManager entityManager;

    ReferenceRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public boolean personExists(UUID workspaceId, UUID personId) {
        return exists("people", workspaceId, personId);
    }

    public boolean calendarExists(UUID workspaceId, UUID calendarId) {
        return exists("calendars", workspaceId, calendarId);
    }

    /** Which of {@code taskIds} are tasks of the workspace. */
    public Set<UUID> tasksOfWorkspace(UUID workspaceId, Collection<UUID> taskIds) {
        return new HashSet<>(entityManager
                .unwrap(Session.class)
                .createNativeQuery("SELECT id FROM tasks WHERE workspace_id = :ws AND id IN (:ids)", UUID.class)
                .setParameter("ws", workspaceId)
                .setParameter("ids", taskIds)
                .getResultList());
    }

    // the table name is one of the constants above, never client input
    private boolean exists(String table, UUID workspaceId, UUID id) {
        return ScalarQueries.of(
                        entityManager,
                        "SELECT EXISTS (SELECT 1 FROM " + table + " WHERE id = :id AND workspace_id = :ws)",
                        "exists",
                        Boolean.class)
                .setParameter("id", id)
                .setParameter("ws", workspaceId)
                .getSingleResult();
    }
}
