package app.throughline.report;

import app.throughline.workspace.VersionedTenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A project's status report for a period: facts generated when the draft is created, the
 * coordinator's narrative and RAG, frozen once published.
 */
@Entity
@Table(name = "status_reports")
public class StatusReport extends VersionedTenantEntity {

    public static final String DRAFT = "draft";
    public static final String PUBLISHED = "published";

    public UUID projectId;

    public LocalDate periodStart;

    public LocalDate periodEnd;

    public String state;

    /** {@link ReportFacts} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String facts;

    public String computedHealth;

    public String summary;

    public String accomplishments;

    public String nextSteps;

    public String blockers;

    public String ragOverall;

    public String ragSchedule;

    public String ragScope;

    public String ragResources;

    public String ragReason;

    public Instant publishedAt;

    public UUID publishedBy;

    public UUID createdBy;

    public Instant updatedAt;

    public boolean published() {
        return PUBLISHED.equals(state);
    }
}
