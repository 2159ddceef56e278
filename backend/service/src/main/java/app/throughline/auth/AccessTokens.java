package app.throughline.auth;

import app.throughline.platform.ThroughlineConfig;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Issues and verifies RS256 access tokens. Verification is pinned to RS256 and checks issuer,
 * audience and expiry (configured under {@code mp.jwt.verify.*}).
 */
@ApplicationScoped
public class AccessTokens {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(AccessTokens.class);

    private final ThroughlineConfig config;
    private final JWTParser parser;

    AccessTokens(ThroughlineConfig config, JWTParser parser) {
        this.config = config;
        this.parser = parser;
    }

    public String issue(User user) {
        return Jwt.issuer(config.jwt().issuer())
                .audience(config.jwt().audience())
                .subject(user.id.toString())
                .upn(user.email)
                .expiresIn(config.jwt().accessTokenTtl())
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign();
    }

    public long lifetimeSeconds() {
        return config.jwt().accessTokenTtl().toSeconds();
    }

    /** The user id of a valid token, or empty for anything forged, expired or foreign. */
    public Optional<UUID> verify(String token) {
        try {
            JsonWebToken jwt = parser.parse(token);
            return Optional.of(UUID.fromString(jwt.getSubject()));
        } catch (ParseException | RuntimeException e) {
            LOG.debugf(
                    "Access token refused: %s",
                    e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
            return Optional.empty();
        }
    }
}
