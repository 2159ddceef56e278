package app.throughline.workflow;

import app.throughline.workspace.Role;
import app.throughline.workspace.WorkspaceOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One approval round: opened when a task enters a status with an approval step, decided by its
 * approvers. The approvers are copied from the workflow when the round opens.
 */
@Entity
@Table(name = "approvals")
public class Approval extends PanacheEntityBase implements WorkspaceOwned {

    public enum State {
        pending,
        approved,
        rejected,
        withdrawn
    }

    @Id
    public UUID id;

    public UUID workspaceId;

    public UUID projectId;

    public UUID taskId;

    public String statusKey;

    public int required;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public UUID[] approverPersonIds;

    @Enumerated(EnumType.STRING)
    public Role approverRole;

    public String rejectTo;

    @Enumerated(EnumType.STRING)
    public State state;

    public UUID requestedBy;

    public Instant requestedAt;

    public Instant decidedAt;

    @Version
    public long version;

    @Override
    public UUID workspaceId() {
        return workspaceId;
    }
}
