package app.throughline.risk;

import app.throughline.workspace.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of a risk up or down the escalation ladder; never changed once written. */
@Entity
@Table(name = "risk_escalations")
public class RiskEscalation extends TenantEntity {

    public UUID projectId;

    public UUID riskId;

    public String direction;

    public int fromLevel;

    public int level;

    public String reason;

    /** The automatic rule that raised it; null for a person's escalation. */
    public String rule;

    public UUID byUserId;

    public Instant at;
}
