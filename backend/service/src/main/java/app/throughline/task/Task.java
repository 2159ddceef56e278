package app.throughline.task;

import app.throughline.task.TaskEnums.ConstraintType;
import app.throughline.task.TaskEnums.Priority;
import app.throughline.task.TaskEnums.TaskStatus;
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
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "tasks")
public class Task extends PanacheEntityBase implements WorkspaceOwned {

    @Id
    public UUID id;

    @Column(name = "workspace_id")
    public UUID workspaceId;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "parent_id")
    public UUID parentId;

    public int number;

    public int position;

    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    public TaskStatus status;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Column(name = "duration_days")
    public BigDecimal durationDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "constraint_type")
    public ConstraintType constraintType;

    @Column(name = "constraint_date")
    public LocalDate constraintDate;

    public LocalDate deadline;

    @Column(name = "percent_complete")
    public BigDecimal percentComplete;

    @Column(name = "actual_start")
    public LocalDate actualStart;

    @Column(name = "actual_finish")
    public LocalDate actualFinish;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] tags;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    @Override
    public UUID workspaceId() {
        return workspaceId;
    }
}
