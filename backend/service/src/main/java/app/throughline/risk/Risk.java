package app.throughline.risk;

import app.throughline.workspace.VersionedTenantEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A risk (something that may happen) or an issue (a risk that happened) of one project. */
@Entity
@Table(name = "risks")
public class Risk extends VersionedTenantEntity {

    public UUID projectId;

    @Enumerated(EnumType.STRING)
    public RiskKind kind;

    public String title;

    public String description;

    public int probability;

    public int impact;

    public UUID ownerId;

    @Enumerated(EnumType.STRING)
    public RiskStatus status;

    public String mitigation;

    public String contingency;

    public LocalDate dueDate;

    public int scheduleImpactDays;

    public int escalationLevel;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] firedRules = new String[0];

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "risk_tasks", joinColumns = @JoinColumn(name = "risk_id"))
    @Column(name = "task_id")
    public Set<UUID> taskIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "risk_milestones", joinColumns = @JoinColumn(name = "risk_id"))
    @Column(name = "milestone_id")
    public Set<UUID> milestoneIds = new LinkedHashSet<>();

    public UUID createdBy;

    public Instant updatedAt;

    public int score() {
        return RiskScore.of(probability, impact);
    }

    /** Still able to hurt the plan: not closed. */
    public boolean live() {
        return status != RiskStatus.closed;
    }
}
