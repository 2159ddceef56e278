package app.throughline.task;

import app.throughline.auth.CurrentUser;
import app.throughline.person.PersonService.PersonDeleting;
import app.throughline.project.ProjectService.ProjectDeleting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Deletes a task with its subtree, or every task of a project, together with the dependencies
 * touching them (also from other projects) and their assignments — and logs each deleted object,
 * also the assignments that go with a deleted person.
 */
@ApplicationScoped
public class TaskRemoval {

    private final TaskRemovalRepository removals;
    private final CurrentUser currentUser;

    TaskRemoval(TaskRemovalRepository removals, CurrentUser currentUser) {
        this.removals = removals;
        this.currentUser = currentUser;
    }

    /** Removes the task and all its descendants; returns how many tasks went. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int removeSubtree(UUID taskId) {
        return removals.removeSubtree(taskId, actor());
    }

    void onProjectDeleting(@Observes ProjectDeleting event) {
        removals.removeTasksOfProject(event.projectId(), actor());
    }

    /** A deleted person's assignments go with them (the database cascades); each one is logged first. */
    void onPersonDeleting(@Observes PersonDeleting event) {
        removals.logAssignmentDeletionsOfPerson(event.personId(), actor());
    }

    private UUID actor() {
        return currentUser.idIfAuthenticated().orElse(null);
    }
}
