package app.throughline.workspace;

import app.throughline.api.AccessDenied;
import app.throughline.api.Conflict;
import app.throughline.api.Cursor;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.ResourceNotFound;
import app.throughline.auth.CurrentUser;
import app.throughline.auth.PasswordHasher;
import app.throughline.auth.Secrets;
import app.throughline.auth.User;
import app.throughline.auth.UserRepository;
import app.throughline.workspace.WorkspaceDtos.AddMember;
import app.throughline.workspace.WorkspaceDtos.InvitationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Adding a member by e-mail is an invitation the person accepts. The answer has the same shape and
 * costs the same time whether or not the address had an account, so an admin of one workspace cannot
 * use it to find out who has an account; and nobody is put into a workspace without consenting.
 */
@ApplicationScoped
public class InvitationService {

    private final InvitationRepository invitations;
    private final MembershipRepository memberships;
    private final WorkspaceRepository workspaces;
    private final UserRepository users;
    private final TenantGuard guard;
    private final CurrentUser currentUser;
    private final PasswordHasher passwords;

    InvitationService(
            InvitationRepository invitations,
            MembershipRepository memberships,
            WorkspaceRepository workspaces,
            UserRepository users,
            TenantGuard guard,
            CurrentUser currentUser,
            PasswordHasher passwords) {
        this.invitations = invitations;
        this.memberships = memberships;
        this.workspaces = workspaces;
        this.users = users;
        this.guard = guard;
        this.currentUser = currentUser;
        this.passwords = passwords;
    }

    /**
     * Invites an address; an address without an account gets one (with the chosen or a generated
     * password). A generated password is answered either way: it signs in only if the account is new.
     */
    @Transactional
    public InvitationView invite(UUID workspaceId, AddMember request) {
        Membership mine = guard.require(workspaceId, Role.admin);
        if (request.role() == Role.owner && mine.role != Role.owner) {
            throw new AccessDenied("Only an owner can make someone an owner");
        }
        String email = request.email().trim();
        String password = request.initialPassword() != null ? request.initialPassword() : Secrets.random(16);
        // hashed for existing accounts too, so the answer takes as long either way
        String passwordHash = passwords.hash(password);
        User user = users.findByEmail(email).orElse(null);
        if (user == null) {
            String name = request.name() != null && !request.name().isBlank()
                    ? request.name().trim()
                    : email.split("@")[0];
            user = User.create(name, email, passwordHash);
            users.persist(user);
        }
        if (memberships.find(workspaceId, user.id).isPresent()) {
            // the member list shows members to every admin already, so this reveals nothing new
            throw new Conflict(email + " is already a member of this workspace");
        }
        if (invitations.pending(workspaceId, user.id).isPresent()) {
            throw new Conflict(email + " has an open invitation to this workspace already");
        }
        Invitation invitation = Invitation.of(workspaceId, user.id, email, request.role(), currentUser.id());
        invitations.persist(invitation);
        invitations.flush();
        return InvitationView.of(
                invitation, workspaceName(workspaceId), request.initialPassword() == null ? password : null);
    }

    public Page<InvitationView> pendingInWorkspace(UUID workspaceId, PageRequest page) {
        guard.require(workspaceId, Role.admin);
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 2);
        String name = workspaceName(workspaceId);
        return Page.from(
                invitations.pendingInWorkspace(workspaceId, after, page.limit + 1),
                page.limit,
                i -> InvitationView.of(i, name, null),
                i -> Cursor.of(i.createdAt, i.id));
    }

    /** The caller's own open invitations. */
    public Page<InvitationView> mine(PageRequest page) {
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 2);
        List<Invitation> rows = invitations.pendingForUser(currentUser.id(), after, page.limit + 1);
        Map<UUID, String> names = workspaces
                .byIds(rows.stream().map(i -> i.workspaceId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(w -> w.id, w -> w.name));
        return Page.from(
                rows,
                page.limit,
                i -> InvitationView.of(i, names.get(i.workspaceId), null),
                i -> Cursor.of(i.createdAt, i.id));
    }

    /** The invited person joins the workspace with the invitation's role. */
    @Transactional
    public InvitationView accept(UUID invitationId) {
        Invitation invitation = openInvitationOfCaller(invitationId);
        invitation.answer(Invitation.State.accepted);
        memberships.persist(Membership.of(invitation.workspaceId, invitation.userId, invitation.role));
        memberships.flush();
        return InvitationView.of(invitation, workspaceName(invitation.workspaceId), null);
    }

    @Transactional
    public InvitationView decline(UUID invitationId) {
        Invitation invitation = openInvitationOfCaller(invitationId);
        invitation.answer(Invitation.State.declined);
        invitations.flush();
        return InvitationView.of(invitation, workspaceName(invitation.workspaceId), null);
    }

    /** An admin withdraws an invitation nobody has answered yet. */
    @Transactional
    public void revoke(UUID invitationId) {
        Invitation invitation =
                guard.accessible(invitations.findByIdOptional(invitationId), "Invitation", invitationId, Role.admin);
        if (invitation.state != Invitation.State.pending) {
            throw new Conflict("This invitation was " + invitation.state + " already");
        }
        invitations.delete(invitation);
    }

    /** Another person's invitation is 404, like anything else the caller may not see. */
    private Invitation openInvitationOfCaller(UUID invitationId) {
        Invitation invitation = invitations
                .findByIdOptional(invitationId)
                .filter(i -> i.userId.equals(currentUser.id()))
                .orElseThrow(() -> ResourceNotFound.of("Invitation", invitationId));
        if (invitation.state != Invitation.State.pending) {
            throw new Conflict("This invitation was " + invitation.state + " already");
        }
        if (memberships.find(invitation.workspaceId, invitation.userId).isPresent()) {
            throw new Conflict("You are a member of this workspace already");
        }
        return invitation;
    }

    private String workspaceName(UUID workspaceId) {
        return workspaces
                .findByIdOptional(workspaceId)
                .map(w -> w.name)
                .orElseThrow(() -> ResourceNotFound.of("Workspace", workspaceId));
    }
}
