package app.throughline.workspace;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A workspace-owned row that changes after creation: the version guards concurrent edits and is
 * the ETag clients send back in {@code If-Match}.
 */
@MappedSuperclass
public abstract class VersionedTenantEntity extends TenantEntity {

    @Version
    public long version;
}
