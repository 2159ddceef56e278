package app.throughline.report;

import app.throughline.workspace.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A secret link to a project's published reports; only the SHA-256 hash of its token is kept. */
@Entity
@Table(name = "share_links")
public class ShareLink extends TenantEntity {

    public UUID projectId;

    public String tokenHash;

    public Instant expiresAt;

    public Instant revokedAt;

    public UUID createdBy;

    /** When the shared page was last opened or rated through the link (to the minute). */
    public Instant lastUsedAt;

    /** Whether the link answers at {@code now}. */
    public boolean live(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
