package app.throughline.procedure;

import app.throughline.api.Cursor;
import app.throughline.platform.ScalarQueries;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

@ApplicationScoped
public class ProcedureRepository implements PanacheRepositoryBase<Procedure, UUID> {

    /** A page sorted by title (case-insensitive), then id, after the cursor. */
    List<Procedure> page(UUID workspaceId, Cursor after, int limitPlusOne) {
        if (after == null) {
            return find("workspaceId = :ws order by lower(title), id", Parameters.with("ws", workspaceId))
                    .page(0, limitPlusOne)
                    .list();
        }
        return find(
                        "workspaceId = :ws and (lower(title) > lower(:t) or (lower(title) = lower(:t) and id > :id))"
                                + " order by lower(title), id",
                        Parameters.with("ws", workspaceId)
                                .and("t", after.text(0))
                                .and("id", after.uuid(1)))
                .page(0, limitPlusOne)
                .list();
    }

    /** Which of {@code ids} are procedures of the workspace. */
    public Set<UUID> existing(UUID workspaceId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(session()
                .createNativeQuery("SELECT id FROM procedures WHERE workspace_id = :ws AND id IN (:ids)", UUID.class)
                .setParameter("ws", workspaceId)
                .setParameter("ids", ids)
                .getResultList());
    }

    /** The procedures the task's current status names in its project's workflow. */
    List<Procedure> ofTaskStatus(UUID taskId) {
        List<UUID> ids = ScalarQueries.of(session(), """
                        SELECT p.id
                        FROM tasks t
                        JOIN projects pr ON pr.id = t.project_id
                        JOIN workflows w ON w.id = pr.workflow_id
                        CROSS JOIN LATERAL jsonb_array_elements(w.statuses) s
                        JOIN procedures p ON p.workspace_id = t.workspace_id
                                         AND p.id::text = s ->> 'procedureId'
                        WHERE t.id = :task AND s ->> 'key' = t.status
                        ORDER BY lower(p.title), p.id
                        """, "id", UUID.class)
                .setParameter("task", taskId)
                .getResultList();
        return ids.isEmpty() ? List.of() : list("id in ?1 order by lower(title), id", ids);
    }

    /** Names of the workflow statuses ("Workflow / Status") that point at the procedure. */
    List<String> usedByStatuses(UUID workspaceId, UUID procedureId) {
        return ScalarQueries.of(session(), """
                        SELECT w.name || ' / ' || (s ->> 'name') AS label
                        FROM workflows w CROSS JOIN LATERAL jsonb_array_elements(w.statuses) s
                        WHERE w.workspace_id = :ws AND s ->> 'procedureId' = :id
                        ORDER BY 1
                        """, "label", String.class)
                .setParameter("ws", workspaceId)
                .setParameter("id", procedureId.toString())
                .getResultList();
    }

    private Session session() {
        return getEntityManager().unwrap(Session.class);
    }
}
