package app.throughline.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/** The task labels an approval list shows (key and title), read for a page at once. */
@ApplicationScoped
public class ApprovalTasksRepository {

    public record TaskLabel(UUID id, String key, String title) {}

    private final EntityManager entityManager;

    ApprovalTasksRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Map<UUID, TaskLabel> labels(Collection<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        List<TaskLabel> rows = entityManager
                .unwrap(Session.class)
                .createNativeQuery("""
                        SELECT t.id, p.key || '-' || t.number AS key, t.title
                        FROM tasks t JOIN projects p ON p.id = t.project_id WHERE t.id IN (:ids)""", TaskLabel.class)
                .setParameter("ids", taskIds)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(TaskLabel::id, r -> r));
    }
}
