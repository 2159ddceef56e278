package app.throughline.auth;

import app.throughline.api.Cursor;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.ResourceNotFound;
import app.throughline.auth.AuthDtos.ApiTokenView;
import app.throughline.auth.AuthDtos.CreatedApiToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Personal API tokens: long random secrets for scripts, stored only as SHA-256 digests. */
@ApplicationScoped
public class ApiTokenService {

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;

    ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    @Transactional
    public CreatedApiToken create(String name, OffsetDateTime expiresAt) {
        String secret = AuthenticationFilter.API_TOKEN_PREFIX + Secrets.random(32);
        ApiToken token = new ApiToken();
        token.id = UUID.randomUUID();
        token.userId = currentUser.id();
        token.name = name.trim();
        token.tokenPrefix = secret.substring(0, AuthenticationFilter.API_TOKEN_PREFIX.length() + 4);
        token.tokenHash = Secrets.sha256Hex(secret);
        token.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        token.expiresAt = expiresAt == null ? null : expiresAt.toInstant().truncatedTo(ChronoUnit.MICROS);
        tokens.persist(token);
        return new CreatedApiToken(token.id, token.name, secret, token.tokenPrefix, token.createdAt, token.expiresAt);
    }

    public Page<ApiTokenView> list(PageRequest page) {
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 2);
        return Page.from(
                tokens.pageOfUser(currentUser.id(), after, page.limit + 1),
                page.limit,
                ApiTokenView::of,
                t -> Cursor.of(t.createdAt, t.id));
    }

    public ApiTokenView get(UUID id) {
        return tokens.findByIdOptional(id)
                .filter(t -> t.userId.equals(currentUser.id()) && t.revokedAt == null)
                .map(ApiTokenView::of)
                .orElseThrow(() -> ResourceNotFound.of("API token", id));
    }

    /** Revokes one of the caller's tokens; it stops working on the next request. Other users' tokens are 404. */
    @Transactional
    public void revoke(UUID id) {
        ApiToken token = tokens.findByIdOptional(id)
                .filter(t -> t.userId.equals(currentUser.id()) && t.revokedAt == null)
                .orElseThrow(() -> ResourceNotFound.of("API token", id));
        token.revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
