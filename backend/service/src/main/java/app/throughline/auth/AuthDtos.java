package app.throughline.auth;

import app.throughline.api.ShownOnce;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of login, users and API tokens. */
public final class AuthDtos {

    private AuthDtos() {}

    @Schema(name = "Login")
    public record Login(
            @NotBlank @Size(max = 320) @Schema(example = "coordinator@example.com")
            String email,

            @NotBlank @Size(max = 200) @Schema(example = "throughline-demo")
            String password) {}

    @Schema(name = "User")
    public record UserView(
            @Schema(example = "1b7e3c52-4d0e-4b8f-a1b2-9a3c5d7e9f01")
            UUID id,

            @Schema(example = "Ada Lovelace") String name,
            @Schema(example = "ada@example.com") String email,
            Instant createdAt) {
        public static UserView of(User user) {
            return new UserView(user.id, user.name, user.email, user.createdAt);
        }
    }

    @Schema(name = "AccessToken")
    public record AccessToken(
            @Schema(example = "eyJraWQiOi...") String accessToken,
            @Schema(example = "Bearer") String tokenType,

            @Schema(description = "Seconds until the token expires", example = "3600")
            long expiresIn)
            implements ShownOnce {
        @Override
        public AccessToken withoutSecret() {
            return new AccessToken(null, tokenType, expiresIn);
        }
    }

    @Schema(name = "CreateApiToken")
    public record CreateApiToken(
            @NotBlank @Size(max = 200) @Schema(example = "CI export script")
            String name,

            @Future
            @Schema(description = "When the token stops working; never when absent", example = "2027-06-30T00:00:00Z")
            OffsetDateTime expiresAt) {}

    @Schema(name = "CreatedApiToken", description = "The secret `token` is shown only in this response.")
    public record CreatedApiToken(
            UUID id,
            @Schema(example = "CI export script") String name,

            @Schema(example = "tl_pat_Q2x1cXJ5c1ZxN2xGbm1uQ0VhQ0ZkR2hp")
            String token,

            @Schema(example = "tl_pat_Q2x1") String tokenPrefix,
            Instant createdAt,
            Instant expiresAt)
            implements ShownOnce {
        @Override
        public CreatedApiToken withoutSecret() {
            return new CreatedApiToken(id, name, null, tokenPrefix, createdAt, expiresAt);
        }
    }

    @Schema(name = "ApiToken")
    public record ApiTokenView(
            UUID id,
            @Schema(example = "CI export script") String name,
            @Schema(example = "tl_pat_Q2x1") String tokenPrefix,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt) {
        static ApiTokenView of(ApiToken token) {
            return new ApiTokenView(
                    token.id, token.name, token.tokenPrefix, token.createdAt, token.expiresAt, token.lastUsedAt);
        }
    }
}
