package app.throughline.auth;

import app.throughline.api.NotAuthenticated;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Establishes the caller of every API request from the database: the token must verify and its
 * user (and, for API tokens, the token row) must still exist and be usable right now, so removing
 * a user or revoking a token takes effect on the very next request.
 */
public class AuthenticationFilter {

    static final String API_TOKEN_PREFIX = "tl_pat_";

    private final AccessTokens accessTokens;
    private final ApiTokenRepository apiTokens;
    private final UserRepository users;
    private final CurrentUser currentUser;

    AuthenticationFilter(
            AccessTokens accessTokens, ApiTokenRepository apiTokens, UserRepository users, CurrentUser currentUser) {
        this.accessTokens = accessTokens;
        this.apiTokens = apiTokens;
        this.users = users;
        this.currentUser = currentUser;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void authenticate(ContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceMethod() == null
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean publicEndpoint = resource.getResourceMethod().isAnnotationPresent(PublicEndpoint.class);
        if (header == null && publicEndpoint) {
            return;
        }
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthenticated("Send Authorization: Bearer <access token or API token>");
        }
        String token = header.substring(7).trim();
        if (token.startsWith(API_TOKEN_PREFIX)) {
            authenticateWithApiToken(token);
        } else {
            UUID userId = accessTokens
                    .verify(token)
                    .orElseThrow(() -> unauthenticated("The access token is invalid or has expired"));
            User user =
                    users.findByIdOptional(userId).orElseThrow(() -> unauthenticated("The account no longer exists"));
            currentUser.authenticate(user.id, user.email, null);
        }
    }

    private void authenticateWithApiToken(String token) {
        Instant now = Instant.now();
        Optional<ApiToken> found =
                apiTokens.findByHash(Secrets.sha256Hex(token)).filter(t -> t.usableAt(now));
        ApiToken apiToken = found.orElseThrow(() -> unauthenticated("The API token is unknown, revoked or expired"));
        User user = users.findByIdOptional(apiToken.userId)
                .orElseThrow(() -> unauthenticated("The account no longer exists"));
        if (apiToken.lastUsedAt == null || apiToken.lastUsedAt.isBefore(now.minusSeconds(60))) {
            // at most once a minute per token: each touch is a write
            apiTokens.touchLastUsed(apiToken.id);
        }
        currentUser.authenticate(user.id, user.email, apiToken.id);
    }

    private static NotAuthenticated unauthenticated(String detail) {
        NotAuthenticated problem = new NotAuthenticated(detail);
        problem.withHeader("WWW-Authenticate", "Bearer realm=\"throughline\"");
        return problem;
    }
}
