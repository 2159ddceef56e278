package app.throughline.task;

import app.throughline.workspace.WorkspaceOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** {@code units} of a person's time on a task (1.0 = full time). */
@Entity
@Table(name = "assignments")
public class Assignment extends PanacheEntityBase implements WorkspaceOwned {

    @Id
    public UUID id;

    @Column(name = "workspace_id")
    public UUID workspaceId;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "person_id")
    public UUID personId;

    public BigDecimal units;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    @Override
    public UUID workspaceId() {
        return workspaceId;
    }
}
