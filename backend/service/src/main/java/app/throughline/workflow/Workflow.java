package app.throughline.workflow;

import app.throughline.workspace.VersionedTenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A workflow row. Statuses and transitions are stored as JSON in their wire shape, validated by
 * {@link WorkflowService}; {@link WorkflowDefinition} is their value.
 */
@Entity
@Table(name = "workflows")
public class Workflow extends VersionedTenantEntity {

    public String name;

    public boolean isDefault;

    @JdbcTypeCode(SqlTypes.JSON)
    public String statuses;

    @JdbcTypeCode(SqlTypes.JSON)
    public String transitions;

    public Instant updatedAt;
}
