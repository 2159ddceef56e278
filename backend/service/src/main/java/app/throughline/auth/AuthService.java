package app.throughline.auth;

import app.throughline.api.AccessDenied;
import app.throughline.api.Conflict;
import app.throughline.api.NotAuthenticated;
import app.throughline.auth.AuthDtos.AccessToken;
import app.throughline.auth.AuthDtos.Login;
import app.throughline.auth.AuthDtos.Register;
import app.throughline.auth.AuthDtos.Registration;
import app.throughline.auth.AuthDtos.UserView;
import app.throughline.platform.ThroughlineConfig;
import app.throughline.workspace.Role;
import app.throughline.workspace.Workspace;
import app.throughline.workspace.WorkspaceDtos.WorkspaceView;
import app.throughline.workspace.WorkspaceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Registration and login, each rate-limited per client address (and login per account). */
@ApplicationScoped
public class AuthService {

    private final UserRepository users;
    private final PasswordHasher passwords;
    private final AccessTokens accessTokens;
    private final WorkspaceService workspaces;
    private final RateLimiter rateLimiter;
    private final ThroughlineConfig config;

    AuthService(
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

    public AccessToken login(Login request, String clientAddress) {
        var limits = config.rateLimit();
        String account = "login:account:" + request.email().trim().toLowerCase();
        rateLimiter.hit(
                "login:address:" + clientAddress,
                limits.loginPerAddress(),
                limits.window(),
                "sign-in attempts from your address");
        rateLimiter.requireBelow(
                account, limits.loginFailuresPerAccount(), limits.window(), "failed sign-ins for this account");
        Optional<User> user = users.findByEmail(request.email());
        boolean valid;
        if (user.isPresent()) {
            valid = passwords.matches(request.password(), user.get().passwordHash);
        } else {
            passwords.spendTimeOfOneCheck(request.password());
            valid = false;
        }
        if (!valid) {
            rateLimiter.hit(account, Integer.MAX_VALUE, limits.window(), "failed sign-ins");
            throw new NotAuthenticated("E-mail or password is wrong");
        }
        rateLimiter.reset(account);
        return new AccessToken(accessTokens.issue(user.get()), "Bearer", accessTokens.lifetimeSeconds());
    }
}
