package app.throughline.task;

import app.throughline.task.TaskEnums.ConstraintType;
import app.throughline.task.TaskEnums.Priority;
import app.throughline.workflow.StatusCategory;
import app.throughline.workspace.VersionedTenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "tasks")
public class Task extends VersionedTenantEntity {

    public UUID projectId;

    public UUID parentId;

    public int number;

    public int position;

    public String title;

    public String description;

    /** A status key of the project's workflow. */
    public String status;

    /** The status's category, kept beside it for SQL that asks "done?" without knowing workflows. */
    @Enumerated(EnumType.STRING)
    public StatusCategory statusCategory;

    public Instant statusSince;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    public BigDecimal durationDays;

    /** The exact duration in working minutes when it was given so; null when durationDays is exact. */
    public Integer durationMinutes;

    @Enumerated(EnumType.STRING)
    public ConstraintType constraintType;

    public LocalDate constraintDate;

    public LocalDate deadline;

    public BigDecimal percentComplete;

    public LocalDate actualStart;

    public LocalDate actualFinish;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] tags;

    public UUID createdBy;

    public Instant updatedAt;
}
