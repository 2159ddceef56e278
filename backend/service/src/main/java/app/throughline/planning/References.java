package app.throughline.planning;

import app.throughline.api.ResourceNotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Checks that ids a client puts into a body (owner, calendar, people, tasks) name objects of the
 * same workspace; anything else is 404 naming the field, exactly as if it did not exist.
 */
@ApplicationScoped
public class References {

    private final EntityManager entityManager;

    References(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void requirePerson(UUID workspaceId, UUID personId, String field) {
        require("people", workspaceId, personId, field, "Person");
    }

    public void requireCalendar(UUID workspaceId, UUID calendarId, String field) {
        require("calendars", workspaceId, calendarId, field, "Calendar");
    }

    /** Requires every id to be a task of the workspace; the first missing one is reported. */
    public void requireTasks(UUID workspaceId, Collection<UUID> taskIds, String field) {
        if (taskIds.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<UUID> found = entityManager
                .createNativeQuery("SELECT id FROM tasks WHERE workspace_id = :ws AND id IN (:ids)", UUID.class)
                .setParameter("ws", workspaceId)
                .setParameter("ids", taskIds)
                .getResultList();
        Set<UUID> present = new HashSet<>(found);
        for (UUID id : taskIds) {
            if (!present.contains(id)) {
                throw new ResourceNotFound(field + ": task " + id + " does not exist");
            }
        }
    }

    private void require(String table, UUID workspaceId, UUID id, String field, String kind) {
        if (id == null) {
            return;
        }
        Number count = (Number) entityManager
                .createNativeQuery("SELECT count(*) FROM " + table + " WHERE id = :id AND workspace_id = :ws")
                .setParameter("id", id)
                .setParameter("ws", workspaceId)
                .getSingleResult();
        if (count.longValue() == 0) {
            throw new ResourceNotFound(field + ": " + kind + " " + id + " does not exist");
        }
    }
}
