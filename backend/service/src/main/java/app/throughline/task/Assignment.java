package app.throughline.task;

import app.throughline.workspace.VersionedTenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** {@code units} of a person's time on a task (1.0 = full time). */
@Entity
@Table(name = "assignments")
public class Assignment extends VersionedTenantEntity {

    public UUID taskId;

    public UUID personId;

    public BigDecimal units;
}
