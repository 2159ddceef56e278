package app.throughline.auth;

import app.throughline.api.NotAuthenticated;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;

/** Who is calling, as established from the database by {@link AuthenticationFilter} for this request. */
@RequestScoped
public class CurrentUser {

    private UUID userId;
    private String email;
    private UUID apiTokenId;

    void authenticate(UUID userId, String email, UUID apiTokenId) {
        this.userId = userId;
        this.email = email;
        this.apiTokenId = apiTokenId;
    }

    /** The caller's id; 401 when the request carried no valid credentials. */
    public UUID id() {
        if (userId == null) {
            throw new NotAuthenticated("Sign in first: send Authorization: Bearer <access token or API token>");
        }
        return userId;
    }

    public Optional<UUID> idIfAuthenticated() {
        return Optional.ofNullable(userId);
    }

    public String email() {
        return email;
    }

    public Optional<UUID> apiTokenId() {
        return Optional.ofNullable(apiTokenId);
    }
}
