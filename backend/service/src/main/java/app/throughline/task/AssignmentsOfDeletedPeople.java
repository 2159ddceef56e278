package app.throughline.task;

import app.throughline.auth.CurrentUser;
import app.throughline.person.PersonService.PersonDeleting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * A deleted person's assignments go with them (the database cascades); this logs each one, so
 * the activity log of the projects they worked on stays complete.
 */
@ApplicationScoped
public class AssignmentsOfDeletedPeople {

    private final EntityManager entityManager;
    private final CurrentUser currentUser;

    AssignmentsOfDeletedPeople(EntityManager entityManager, CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
    }

    void onPersonDeleting(@Observes PersonDeleting event) {
        entityManager.createNativeQuery("""
                INSERT INTO activity (workspace_id, project_id, entity_type, entity_id, action, actor_id, changes)
                SELECT a.workspace_id, t.project_id, 'assignment', a.id, 'deleted', CAST(:actor AS uuid),
                       jsonb_build_object('taskId', jsonb_build_object('old', a.task_id),
                                          'personId', jsonb_build_object('old', a.person_id),
                                          'units', jsonb_build_object('old', a.units))
                FROM assignments a JOIN tasks t ON t.id = a.task_id WHERE a.person_id = :person ORDER BY a.id
                """)
                .setParameter("actor", currentUser.idIfAuthenticated().map(UUID::toString).orElse(null))
                .setParameter("person", event.personId())
                .executeUpdate();
    }
}
