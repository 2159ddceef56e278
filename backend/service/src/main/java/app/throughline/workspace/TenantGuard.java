package app.throughline.workspace;

import app.throughline.api.AccessDenied;
import app.throughline.api.ResourceNotFound;
import app.throughline.auth.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * The one place that decides tenancy. Every lookup of a workspace-owned object goes through here:
 * the caller's membership is read from the database on each request; a non-member gets 404 (the
 * object's existence is not revealed), a member whose role is too weak gets 403.
 */
@ApplicationScoped
public class TenantGuard {

    private final CurrentUser currentUser;
    private final MembershipRepository memberships;

    TenantGuard(CurrentUser currentUser, MembershipRepository memberships) {
        this.currentUser = currentUser;
        this.memberships = memberships;
    }

    /** The caller's membership in the workspace, requiring at least {@code minimum}. */
    public Membership require(UUID workspaceId, Role minimum) {
        Membership membership = memberships
                .find(workspaceId, currentUser.id())
                .orElseThrow(() -> ResourceNotFound.of("Workspace", workspaceId));
        if (!membership.role.atLeast(minimum)) {
            throw new AccessDenied(
                    "This needs the role " + minimum + " or higher in the workspace; you are " + membership.role);
        }
        return membership;
    }

    /** Returns a found object the caller may read, or 404 for a missing one or one in another workspace. */
    public <T extends WorkspaceOwned> T readable(Optional<T> found, String kind, Object id) {
        return accessible(found, kind, id, Role.viewer);
    }

    /** Returns a found object the caller may change with {@code minimum}; 404 when not visible, 403 when too weak. */
    public <T extends WorkspaceOwned> T accessible(Optional<T> found, String kind, Object id, Role minimum) {
        T object = found.orElseThrow(() -> ResourceNotFound.of(kind, id));
        Optional<Membership> membership = memberships.find(object.workspaceId(), currentUser.id());
        if (membership.isEmpty()) {
            throw ResourceNotFound.of(kind, id);
        }
        if (!membership.get().role.atLeast(minimum)) {
            throw new AccessDenied(
                    "This needs the role " + minimum + " or higher in the workspace; you are " + membership.get().role);
        }
        return object;
    }
}
