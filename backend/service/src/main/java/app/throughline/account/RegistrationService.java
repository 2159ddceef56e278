package app.throughline.account;

import app.throughline.account.AccountDtos.Register;
import app.throughline.account.AccountDtos.Registration;
import app.throughline.api.AccessDenied;
import app.throughline.api.Conflict;
import app.throughline.auth.AccessTokens;
import app.throughline.auth.AuthDtos.UserView;
import app.throughline.auth.PasswordHasher;
import app.throughline.auth.RateLimiter;
import app.throughline.auth.User;
import app.throughline.auth.UserRepository;
import app.throughline.platform.ThroughlineConfig;
import app.throughline.workspace.Role;
import app.throughline.workspace.Workspace;
import app.throughline.workspace.WorkspaceDtos.WorkspaceView;
import app.throughline.workspace.WorkspaceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Self-service sign-up: a new user together with the workspace they own, rate-limited per address. */
@ApplicationScoped
public class RegistrationService {

    private final UserRepository users;
    private final PasswordHasher passwords;
    private final AccessTokens accessTokens;
    private final WorkspaceService workspaces;
    private final RateLimiter rateLimiter;
    private final ThroughlineConfig config;

    RegistrationService(
            UserRepository users,
            PasswordHasher passwords,
            AccessTokens accessTokens,
            WorkspaceService workspaces,
            RateLimiter rateLimiter,
            ThroughlineConfig config) {
        this.users = users;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.workspaces = workspaces;
        this.rateLimiter = rateLimiter;
        this.config = config;
    }

    @Transactional
    public Registration register(Register request, String clientAddress) {
        if (!config.registration().enabled()) {
            throw new AccessDenied(
                    "Registration is switched off on this server; ask an admin to add you to a workspace");
        }
        var limits = config.rateLimit();
        rateLimiter.hit(
                "register:address:" + clientAddress,
                limits.registerPerAddress(),
                limits.window(),
                "registrations from your address");
        if (users.findByEmail(request.email()).isPresent()) {
            throw new Conflict("An account with this e-mail address exists already; sign in instead");
        }
        User user = User.create(request.name().trim(), request.email().trim(), passwords.hash(request.password()));
        users.persist(user);
        Workspace workspace = workspaces.create(request.workspaceName(), user.id);
        return new Registration(
                UserView.of(user),
                WorkspaceView.of(workspace, Role.owner),
                accessTokens.issue(user),
                "Bearer",
                accessTokens.lifetimeSeconds());
    }
}
