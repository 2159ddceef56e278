package app.throughline.team;

import app.throughline.api.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<Team, UUID> {

    /** All teams of a workspace, by name. */
    public List<Team> findByWorkspace(UUID workspaceId) {
        return find("workspaceId = ?1 order by lower(name), id", workspaceId).list();
    }

    /** The team {@code id} if it belongs to {@code workspaceId}. */
    public Optional<Team> findInWorkspace(UUID workspaceId, UUID id) {
        return find("id = ?1 and workspaceId = ?2", id, workspaceId).firstResultOptional();
    }

    /** Whether another team of the workspace has this name, ignoring case. */
    public boolean nameTaken(UUID workspaceId, String name, UUID exceptId) {
        return count(
                        "workspaceId = ?1 and lower(name) = lower(?2) and id <> ?3",
                        workspaceId,
                        name,
                        exceptId == null ? new UUID(0, 0) : exceptId)
                > 0;
    }

    /** A page sorted by name (case-insensitive), then id, after the cursor. */
    public List<Team> page(UUID workspaceId, Cursor after, int limitPlusOne) {
        if (after == null) {
            return find("workspaceId = :ws order by lower(name), id", Parameters.with("ws", workspaceId))
                    .page(0, limitPlusOne)
                    .list();
        }
        return find(
                        "workspaceId = :ws and (lower(name) > lower(:name) or (lower(name) = lower(:name) and id > :id)) order by lower(name), id",
                        Parameters.with("ws", workspaceId)
                                .and("name", after.text(0))
                                .and("id", after.uuid(1)))
                .page(0, limitPlusOne)
                .list();
    }
}
