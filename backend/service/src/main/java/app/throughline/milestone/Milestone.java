package app.throughline.milestone;

import app.throughline.workspace.VersionedTenantEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A checkpoint with one owner and a due date, gated by tasks. */
@Entity
@Table(name = "milestones")
public class Milestone extends VersionedTenantEntity {

    public UUID projectId;

    public String name;

    public LocalDate dueDate;

    public UUID ownerId;

    public boolean committed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "milestone_gates", joinColumns = @JoinColumn(name = "milestone_id"))
    @Column(name = "task_id")
    public Set<UUID> gatingTaskIds = new LinkedHashSet<>();

    public UUID createdBy;

    public Instant updatedAt;
}
