package app.throughline.auth;

import app.throughline.api.NotAuthenticated;
import app.throughline.auth.AuthDtos.AccessToken;
import app.throughline.auth.AuthDtos.Login;
import app.throughline.platform.ThroughlineConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Sign-in with e-mail and password, rate-limited per client address and per account. */
@ApplicationScoped
public class AuthService {

    private final UserRepository users;
    private final PasswordHasher passwords;
    private final AccessTokens accessTokens;
    private final RateLimiter rateLimiter;
    private final ThroughlineConfig config;

    public AuthService(
            UserRepository users,
            PasswordHasher passwords,
            AccessTokens accessTokens,
            RateLimiter rateLimiter,
            ThroughlineConfig config) {
        this.users = users;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.rateLimiter = rateLimiter;
        this.config = config;
    }

    public AccessToken login(Login request, String clientAddress) {
        var limits = config.rateLimit();
        String email = request.email().trim().toLowerCase();
        String accountFromHere = "login:account:" + email + ":from:" + clientAddress;
        String accountAnywhere = "login:account:" + email;
        rateLimiter.hit(
                "login:address:" + clientAddress,
                limits.loginPerAddress(),
                limits.window(),
                "sign-in attempts from your address");
        rateLimiter.requireBelow(
                accountFromHere,
                limits.loginFailuresPerAccount(),
                limits.window(),
                "failed sign-ins for this account from your address");
        rateLimiter.requireBelow(
                accountAnywhere,
                limits.loginFailuresPerAccountAnywhere(),
                limits.window(),
                "failed sign-ins for this account");
        Optional<User> user = users.findByEmail(request.email());
        boolean valid;
        if (user.isPresent()) {
            valid = passwords.matches(request.password(), user.get().passwordHash);
        } else {
            passwords.spendTimeOfOneCheck(request.password());
            valid = false;
        }
        if (!valid) {
            rateLimiter.hit(accountFromHere, Integer.MAX_VALUE, limits.window(), "failed sign-ins");
            rateLimiter.hit(accountAnywhere, Integer.MAX_VALUE, limits.window(), "failed sign-ins");
            throw new NotAuthenticated("E-mail or password is wrong");
        }
        // the owner signing in clears only their own address's count: a guesser elsewhere stays slowed
        rateLimiter.reset(accountFromHere);
        return new AccessToken(accessTokens.issue(user.get()), "Bearer", accessTokens.lifetimeSeconds());
    }
}
