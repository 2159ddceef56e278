package app.throughline.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * The set-based deletes behind {@link TaskRemoval}: each deleted task, dependency and assignment
 * is logged in the activity table by the same statements, so a 10,000-task project is a handful
 * of round trips rather than one per row.
 */
@ApplicationScoped
public class TaskRemovalRepository {

    private static final String SUBTREE = """
            WITH RECURSIVE doomed(id) AS (
                SELECT id FROM tasks WHERE id = :root
                UNION ALL
                SELECT t.id FROM tasks t JOIN doomed d ON t.parent_id = d.id)
            """;
    private static final String PROJECT = "WITH doomed(id) AS (SELECT id FROM tasks WHERE project_id = :root)\n";
    private static final String LOG_ASSIGNMENT_DELETIONS = """
            INSERT INTO activity (workspace_id, project_id, entity_type, entity_id, action, actor_id, changes)
            SELECT a.workspace_id, t.project_id, 'assignment', a.id, 'deleted', CAST(:actor AS uuid),
                   jsonb_build_object('taskId', jsonb_build_object('old', a.task_id),
                                      'personId', jsonb_build_object('old', a.person_id),
                                      'units', jsonb_build_object('old', a.units))
            FROM assignments a JOIN tasks t ON t.id = a.task_id
            """;

    private final EntityManager entityManager;

    TaskRemovalRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Deletes the task, its descendants and the dependencies touching them; returns how many tasks went. */
    public int removeSubtree(UUID taskId, UUID actorId) {
        return remove(SUBTREE, taskId, actorId);
    }

    /** Deletes every task of the project with their dependencies, also those from other projects. */
    public int removeTasksOfProject(UUID projectId, UUID actorId) {
        return remove(PROJECT, projectId, actorId);
    }

    /** Logs the deletion of the person's assignments; the database cascade deletes them with the person. */
    public void logAssignmentDeletionsOfPerson(UUID personId, UUID actorId) {
        entityManager
                .createNativeQuery(LOG_ASSIGNMENT_DELETIONS + "WHERE a.person_id = :person ORDER BY a.id")
                .setParameter("actor", actorId == null ? null : actorId.toString())
                .setParameter("person", personId)
                .executeUpdate();
    }

    private int remove(String doomed, UUID root, UUID actorId) {
        String actor = actorId == null ? null : actorId.toString();
        run(doomed + """
                INSERT INTO activity (workspace_id, project_id, entity_type, entity_id, action, actor_id, changes)
                SELECT d.workspace_id, s.project_id, 'dependency', d.id, 'deleted', CAST(:actor AS uuid),
                       jsonb_build_object('predecessorId', jsonb_build_object('old', d.predecessor_id),
                                          'successorId', jsonb_build_object('old', d.successor_id),
                                          'type', jsonb_build_object('old', d.type),
                                          'lagDays', jsonb_build_object('old', d.lag_days))
                FROM dependencies d JOIN tasks s ON s.id = d.successor_id
                WHERE d.predecessor_id IN (SELECT id FROM doomed) OR d.successor_id IN (SELECT id FROM doomed)
                ORDER BY d.id
                """, root, actor);
        run(
                doomed + LOG_ASSIGNMENT_DELETIONS + "WHERE a.task_id IN (SELECT id FROM doomed) ORDER BY a.id",
                root,
                actor);
        run(doomed + """
                INSERT INTO activity (workspace_id, project_id, entity_type, entity_id, action, actor_id, changes)
                SELECT t.workspace_id, t.project_id, 'task', t.id, 'deleted', CAST(:actor AS uuid),
                       jsonb_strip_nulls(jsonb_build_object(
                           'number', jsonb_build_object('old', t.number),
                           'title', jsonb_build_object('old', t.title),
                           'parentId', jsonb_build_object('old', t.parent_id),
                           'status', jsonb_build_object('old', t.status),
                           'durationDays', jsonb_build_object('old', t.duration_days)))
                FROM tasks t WHERE t.id IN (SELECT id FROM doomed)
                ORDER BY t.number
                """, root, actor);
        run(
                doomed
                        + "DELETE FROM dependencies WHERE predecessor_id IN (SELECT id FROM doomed) OR successor_id IN (SELECT id FROM doomed)",
                root,
                null);
        int removed = run(doomed + "DELETE FROM tasks WHERE id IN (SELECT id FROM doomed)", root, null);
        // entities of the deleted rows may still sit in the session; they must not be flushed back
        entityManager.clear();
        return removed;
    }

    private int run(String sql, UUID root, String actor) {
        var query = entityManager.createNativeQuery(sql).setParameter("root", root);
        if (sql.contains(":actor")) {
            query.setParameter("actor", actor);
        }
        return query.executeUpdate();
    }
}
