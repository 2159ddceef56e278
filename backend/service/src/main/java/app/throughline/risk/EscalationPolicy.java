package app.throughline.risk;

import app.throughline.workspace.WorkspaceOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A workspace's escalation ladder (levels as JSON, read and written whole) and its automatic rules. */
@Entity
@Table(name = "escalation_policies")
public class EscalationPolicy extends PanacheEntityBase implements WorkspaceOwned {

    @Id
    public UUID workspaceId;

    public String levels;

    public Integer scoreAtLeast;

    public Integer overdueDays;

    public boolean milestoneAtRisk;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;

    @Override
    public UUID workspaceId() {
        return workspaceId;
    }
}
