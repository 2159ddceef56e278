package app.throughline.workspace;

import app.throughline.api.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    public Optional<Invitation> pending(UUID workspaceId, UUID userId) {
        return find("workspaceId = ?1 and userId = ?2 and state = ?3", workspaceId, userId, Invitation.State.pending)
                .firstResultOptional();
    }

    /** Open invitations of one person, oldest first. */
    public List<Invitation> pendingForUser(UUID userId, Cursor after, int limitPlusOne) {
        return pageOf("userId", userId, after, limitPlusOne);
    }

    /** Open invitations of one workspace, oldest first. */
    public List<Invitation> pendingInWorkspace(UUID workspaceId, Cursor after, int limitPlusOne) {
        return pageOf("workspaceId", workspaceId, after, limitPlusOne);
    }

    private List<Invitation> pageOf(String owner, UUID ownerId, Cursor after, int limitPlusOne) {
        Parameters parameters = Parameters.with("owner", ownerId).and("pending", Invitation.State.pending);
        String keyset = "";
        if (after != null) {
            keyset = " and (createdAt > :at or (createdAt = :at and id > :id))";
            parameters = parameters.and("at", after.instant(0)).and("id", after.uuid(1));
        }
        return find(owner + " = :owner and state = :pending" + keyset + " order by createdAt, id", parameters)
                .page(0, limitPlusOne)
                .list();
    }
}
