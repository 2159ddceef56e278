package app.throughline.workspace;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * What every row a workspace owns carries: its own id, the workspace it belongs to and when it was
 * created. Tables that can be edited add a version ({@link VersionedTenantEntity}); comments cannot,
 * so they have none.
 */
@MappedSuperclass
public abstract class TenantEntity extends PanacheEntityBase implements WorkspaceOwned {

    @Id
    public UUID id;

    public UUID workspaceId;

    public Instant createdAt;

    @Override
    public UUID workspaceId() {
        return workspaceId;
    }
}
