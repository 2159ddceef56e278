package app.throughline.dependency;

import app.throughline.workspace.VersionedTenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** The successor's start or finish is tied to the predecessor's, with a lag (negative = lead) in working days. */
@Entity
@Table(name = "dependencies")
public class Dependency extends VersionedTenantEntity {

    public UUID predecessorId;

    public UUID successorId;

    @Enumerated(EnumType.STRING)
    public DependencyType type;

    public BigDecimal lagDays;

    /** The exact lag in working minutes when it was given so; null when lagDays is exact. */
    public Integer lagMinutes;

    public UUID createdBy;
}
