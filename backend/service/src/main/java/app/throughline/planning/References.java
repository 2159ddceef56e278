package app.throughline.planning;

import app.throughline.api.ResourceNotFound;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Checks that ids a client puts into a body (owner, calendar, people, tasks) name objects of the
 * same workspace; anything else is 404 naming the field, exactly as if it did not exist.
 */
@ApplicationScoped
public class References {

    private final ReferenceRepository repository;

    References(ReferenceRepository repository) {
        this.repository = repository;
    }

    public void requirePerson(UUID workspaceId, UUID personId, String field) {
        if (personId != null && !repository.personExists(workspaceId, personId)) {
            throw missing(field, "Person", personId);
        }
    }

    public void requireCalendar(UUID workspaceId, UUID calendarId, String field) {
        if (calendarId != null && !repository.calendarExists(workspaceId, calendarId)) {
            throw missing(field, "Calendar", calendarId);
        }
    }

    /** Requires every id to be a task of the workspace; the first missing one is reported. */
    public void requireTasks(UUID workspaceId, Collection<UUID> taskIds, String field) {
        if (taskIds.isEmpty()) {
            return;
        }
        Set<UUID> present = repository.tasksOfWorkspace(workspaceId, taskIds);
        for (UUID id : taskIds) {
            if (!present.contains(id)) {
                throw missing(field, "task", id);
            }
        }
    }

    private static ResourceNotFound missing(String field, String kind, UUID id) {
        return new ResourceNotFound(field + ": " + kind + " " + id + " does not exist");
    }
}
