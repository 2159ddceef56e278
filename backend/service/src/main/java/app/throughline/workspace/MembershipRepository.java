package app.throughline.workspace;

import app.throughline.api.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, Membership.Key> {

    public Optional<Membership> find(UUID workspaceId, UUID userId) {
        return findByIdOptional(new Membership.Key(workspaceId, userId));
    }

    public List<Membership> ofUser(UUID userId) {
        return find("key.userId = ?1 order by joinedAt, key.workspaceId", userId)
                .list();
    }

    public long countOwners(UUID workspaceId) {
        return count("key.workspaceId = ?1 and role = ?2", workspaceId, Role.owner);
    }

    public List<Membership> pageOfWorkspace(UUID workspaceId, Cursor after, int limitPlusOne) {
        if (after == null) {
            return find("key.workspaceId = :ws order by joinedAt, key.userId", Parameters.with("ws", workspaceId))
                    .page(0, limitPlusOne)
                    .list();
        }
        return find(
                        "key.workspaceId = :ws and (joinedAt > :at or (joinedAt = :at and key.userId > :id)) order by joinedAt, key.userId",
                        Parameters.with("ws", workspaceId)
                                .and("at", after.instant(0))
                                .and("id", after.uuid(1)))
                .page(0, limitPlusOne)
                .list();
    }
}
