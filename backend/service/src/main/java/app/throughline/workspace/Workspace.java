package app.throughline.workspace;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A tenant: everything a team plans lives in exactly one workspace. */
@Entity
@Table(name = "workspaces")
public class Workspace extends PanacheEntityBase implements WorkspaceOwned {

    @Id
    public UUID id;

    public String name;

    public UUID createdBy;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;

    public static Workspace create(String name, UUID createdBy) {
        Workspace workspace = new Workspace();
        workspace.id = UUID.randomUUID();
        workspace.name = name;
        workspace.createdBy = createdBy;
        workspace.createdAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        workspace.updatedAt = workspace.createdAt;
        return workspace;
    }

    @Override
    public UUID workspaceId() {
        return id;
    }
}
