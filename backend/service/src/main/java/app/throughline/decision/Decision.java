package app.throughline.decision;

import app.throughline.workspace.TenantEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A recorded decision. Never edited: only {@code supersededById} is set, once, when a newer decision
 * replaces it.
 */
@Entity
@Table(name = "decisions")
public class Decision extends TenantEntity {

    public UUID projectId;

    public String title;

    public String context;

    public String decision;

    public String optionsConsidered;

    public String decidedBy;

    public LocalDate decidedOn;

    public UUID supersedesId;

    public UUID supersededById;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "decision_tasks", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "task_id")
    public Set<UUID> taskIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "decision_risks", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "risk_id")
    public Set<UUID> riskIds = new LinkedHashSet<>();

    public UUID createdBy;

    @Version
    public long version;
}
