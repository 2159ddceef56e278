package app.throughline.dependency;

import app.throughline.workspace.WorkspaceOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The successor's start or finish is tied to the predecessor's, with a lag (negative = lead) in working days. */
@Entity
@Table(name = "dependencies")
public class Dependency extends PanacheEntityBase implements WorkspaceOwned {

    @Id
    public UUID id;

    @Column(name = "workspace_id")
    public UUID workspaceId;

    @Column(name = "predecessor_id")
    public UUID predecessorId;

    @Column(name = "successor_id")
    public UUID successorId;

    @Enumerated(EnumType.STRING)
    public DependencyType type;

    @Column(name = "lag_days")
    public BigDecimal lagDays;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    @Override
    public UUID workspaceId() {
        return workspaceId;
    }
}
