package app.throughline.workspace;

import app.throughline.api.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WorkspaceRepository implements PanacheRepositoryBase<Workspace, UUID> {

    /** The workspaces {@code userId} belongs to, oldest first, after the cursor. */
    public List<Workspace> pageOfMember(UUID userId, Cursor after, int limitPlusOne) {
        String member = "id in (select m.key.workspaceId from Membership m where m.key.userId = :user)";
        if (after == null) {
            return find(member + " order by createdAt, id", Parameters.with("user", userId))
                    .page(0, limitPlusOne)
                    .list();
        }
        return find(
                        member + " and (createdAt > :at or (createdAt = :at and id > :id)) order by createdAt, id",
                        Parameters.with("user", userId)
                                .and("at", after.instant(0))
                                .and("id", after.uuid(1)))
                .page(0, limitPlusOne)
                .list();
    }

    public List<Workspace> byIds(List<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
