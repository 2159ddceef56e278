package app.throughline.task;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<Assignment, UUID> {

    /** An assignment as stored, read without making it a managed entity. */
    public record AssignmentRow(UUID id, UUID taskId, UUID personId, BigDecimal units, long version) {}

    /** The task's assignments, oldest first. */
    public List<Assignment> findByTask(UUID taskId) {
        return find("taskId = ?1 order by createdAt, id", taskId).list();
    }

    public boolean isAssigned(UUID taskId, UUID personId) {
        return count("taskId = ?1 and personId = ?2", taskId, personId) > 0;
    }

    /**
     * The assignments of a page of tasks, each task's oldest first, in one query; native, so a
     * large page does not fill the session with entities only read for a view.
     */
    public List<AssignmentRow> rowsOfTasks(Collection<UUID> taskIds) {
        return getEntityManager()
                .unwrap(Session.class)
                .createNativeQuery("""
                SELECT id, task_id, person_id, units, version FROM assignments
                WHERE task_id IN (SELECT unnest(CAST(:ids AS uuid[])))
                ORDER BY created_at, id
                """, AssignmentRow.class)
                .setParameter("ids", TaskRepository.uuidArray(taskIds))
                .getResultList();
    }
}
