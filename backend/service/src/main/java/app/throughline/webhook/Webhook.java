package app.throughline.webhook;

import app.throughline.workspace.VersionedTenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A receiver of a workspace's events. The secret signs every delivery and is never shown again. */
@Entity
@Table(name = "webhooks")
public class Webhook extends VersionedTenantEntity {

    public String url;

    /** Event types delivered; empty = all. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] events;

    public String format;

    public boolean active;

    public String secret;

    public int consecutiveFailures;

    public Instant disabledAt;

    public UUID createdBy;

    public Instant updatedAt;
}
