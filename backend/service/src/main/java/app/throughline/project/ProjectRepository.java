package app.throughline.project;

import app.throughline.api.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<Project, UUID> {

    public Optional<Project> findByKey(UUID workspaceId, String key) {
        return find("workspaceId = ?1 and key = ?2", workspaceId, key).firstResultOptional();
    }

    public long countUsingCalendar(UUID calendarId) {
        return count("calendarId", calendarId);
    }

    /** Projects of a workspace sorted by key, filtered, after the cursor. */
    public List<Project> page(
            UUID workspaceId, ProjectStatus status, String q, UUID ownerId, Cursor after, int limitPlusOne) {
        StringBuilder query = new StringBuilder("workspaceId = :ws");
        Parameters params = Parameters.with("ws", workspaceId);
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        if (ownerId != null) {
            query.append(" and ownerId = :owner");
            params.and("owner", ownerId);
        }
        if (q != null && !q.isBlank()) {
            query.append(" and (lower(name) like :q or lower(key) like :q)");
            params.and("q", "%" + q.trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (after != null) {
            query.append(" and key > :after");
            params.and("after", after.text(0));
        }
        return find(query + " order by key", params).page(0, limitPlusOne).list();
    }

    /**
     * Takes {@code count} task numbers from the project's counter and returns the first. The
     * UPDATE locks the row until commit, so concurrent creators queue and numbers are never reused.
     */
    public int reserveTaskNumbers(UUID projectId, int count) {
        Number last = (Number) getEntityManager()
                .createNativeQuery(
                        "UPDATE projects SET next_task_number = next_task_number + :n WHERE id = :id RETURNING next_task_number")
                .setParameter("n", count)
                .setParameter("id", projectId)
                .getSingleResult();
        return last.intValue() - count + 1;
    }
}
