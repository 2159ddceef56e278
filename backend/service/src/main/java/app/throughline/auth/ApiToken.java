package app.throughline.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A personal API token; only its hash is stored, the secret is shown once at creation. */
@Entity
@Table(name = "api_tokens")
public class ApiToken extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID userId;

    public String name;

    public String tokenPrefix;

    public String tokenHash;

    public Instant createdAt;

    public Instant expiresAt;

    public Instant lastUsedAt;

    public Instant revokedAt;

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
