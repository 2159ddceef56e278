package app.throughline.workspace;

import app.throughline.api.AccessDenied;
import app.throughline.api.Conflict;
import app.throughline.api.Cursor;
import app.throughline.api.Etags;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.ResourceNotFound;
import app.throughline.api.Versioned;
import app.throughline.auth.CurrentUser;
import app.throughline.auth.User;
import app.throughline.auth.UserRepository;
import app.throughline.workspace.WorkspaceDtos.MemberView;
import app.throughline.workspace.WorkspaceDtos.WorkspacePatch;
import app.throughline.workspace.WorkspaceDtos.WorkspaceView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Workspaces and their members. */
@ApplicationScoped
public class WorkspaceService {

    private final WorkspaceRepository workspaces;
    private final MembershipRepository memberships;
    private final UserRepository users;
    private final TenantGuard guard;
    private final CurrentUser currentUser;
    private final Event<WorkspaceCreated> created;

    WorkspaceService(
            WorkspaceRepository workspaces,
            MembershipRepository memberships,
            UserRepository users,
            TenantGuard guard,
            CurrentUser currentUser,
            Event<WorkspaceCreated> created) {
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.users = users;
        this.guard = guard;
        this.currentUser = currentUser;
        this.created = created;
    }

    /** Creates a workspace owned by {@code owner}; other features hear of it to add their defaults. */
    @Transactional
    public Workspace create(String name, UUID owner) {
        Workspace workspace = Workspace.create(name.trim(), owner);
        workspaces.persist(workspace);
        memberships.persist(Membership.of(workspace.id, owner, Role.owner));
        created.fire(new WorkspaceCreated(workspace.id, owner));
        return workspace;
    }

    @Transactional
    public WorkspaceView createForCaller(String name) {
        return WorkspaceView.of(create(name, currentUser.id()), Role.owner);
    }

    public Page<WorkspaceView> list(PageRequest page) {
        UUID me = currentUser.id();
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 2);
        List<Workspace> rows = workspaces.pageOfMember(me, after, page.limit + 1);
        Map<UUID, Role> roles =
                memberships.ofUser(me).stream().collect(Collectors.toMap(Membership::workspaceId, m -> m.role));
        return Page.from(
                rows, page.limit, w -> WorkspaceView.of(w, roles.get(w.id)), w -> Cursor.of(w.createdAt, w.id));
    }

    public Versioned<WorkspaceView> get(UUID id) {
        Membership membership = guard.require(id, Role.viewer);
        Workspace workspace = workspaces.findByIdOptional(id).orElseThrow(() -> ResourceNotFound.of("Workspace", id));
        return new Versioned<>(WorkspaceView.of(workspace, membership.role), workspace.version);
    }

    @Transactional
    public Versioned<WorkspaceView> update(UUID id, WorkspacePatch patch, String ifMatch) {
        Membership membership = guard.require(id, Role.admin);
        Workspace workspace = workspaces.findByIdOptional(id).orElseThrow(() -> ResourceNotFound.of("Workspace", id));
        Etags.requireCurrent(ifMatch, workspace.version);
        if (patch.name() != null) {
            workspace.name = patch.name().trim();
        }
        workspace.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        workspaces.flush();
        return new Versioned<>(WorkspaceView.of(workspace, membership.role), workspace.version);
    }

    public Page<MemberView> members(UUID workspaceId, PageRequest page) {
        guard.require(workspaceId, Role.viewer);
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 2);
        List<Membership> rows = memberships.pageOfWorkspace(workspaceId, after, page.limit + 1);
        Map<UUID, User> byId = users
                .listByIds(rows.stream().map(Membership::userId).toList())
                .stream()
                .collect(Collectors.toMap(u -> u.id, Function.identity()));
        return Page.from(
                rows, page.limit, m -> view(m, byId.get(m.userId()), null), m -> Cursor.of(m.joinedAt, m.userId()));
    }

    public Versioned<MemberView> member(UUID workspaceId, UUID userId) {
        guard.require(workspaceId, Role.viewer);
        Membership membership =
                memberships.find(workspaceId, userId).orElseThrow(() -> ResourceNotFound.of("Member", userId));
        return new Versioned<>(view(membership, users.findById(userId), null), membership.version);
    }

    @Transactional
    public Versioned<MemberView> changeRole(UUID workspaceId, UUID userId, Role role, String ifMatch) {
        Membership mine = guard.require(workspaceId, Role.admin);
        Membership membership =
                memberships.find(workspaceId, userId).orElseThrow(() -> ResourceNotFound.of("Member", userId));
        Etags.requireCurrent(ifMatch, membership.version);
        requireMayGrant(mine, role);
        if (membership.role == Role.owner && mine.role != Role.owner) {
            throw new AccessDenied("Only an owner can change the role of an owner");
        }
        if (membership.role == Role.owner && role != Role.owner && memberships.countOwners(workspaceId) == 1) {
            throw new Conflict("A workspace needs at least one owner; make someone else owner first");
        }
        membership.role = role;
        memberships.flush();
        return new Versioned<>(view(membership, users.findById(userId), null), membership.version);
    }

    @Transactional
    public void removeMember(UUID workspaceId, UUID userId, String ifMatch) {
        Membership mine = guard.require(workspaceId, Role.admin);
        Membership membership =
                memberships.find(workspaceId, userId).orElseThrow(() -> ResourceNotFound.of("Member", userId));
        Etags.requireCurrent(ifMatch, membership.version);
        if (membership.role == Role.owner && mine.role != Role.owner) {
            throw new AccessDenied("Only an owner can remove an owner");
        }
        if (membership.role == Role.owner && memberships.countOwners(workspaceId) == 1) {
            throw new Conflict("A workspace needs at least one owner; make someone else owner first");
        }
        memberships.delete(membership);
    }

    private static void requireMayGrant(Membership mine, Role role) {
        if (role == Role.owner && mine.role != Role.owner) {
            throw new AccessDenied("Only an owner can make someone an owner");
        }
    }

    private static MemberView view(Membership membership, User user, String initialPassword) {
        return new MemberView(
                membership.userId(), user.name, user.email, membership.role, membership.joinedAt, initialPassword);
    }

    /** Fired inside the transaction that creates a workspace. */
    public record WorkspaceCreated(UUID workspaceId, UUID ownerId) {}
}
