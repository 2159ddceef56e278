package app.throughline.milestone;

import app.throughline.workspace.WorkspaceOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A checkpoint with one owner and a due date, gated by tasks. */
@Entity
@Table(name = "milestones")
public class Milestone extends PanacheEntityBase implements WorkspaceOwned {

    @Id
    public UUID id;

    @Column(name = "workspace_id")
    public UUID workspaceId;

    @Column(name = "project_id")
    public UUID projectId;

    public String name;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "owner_id")
    public UUID ownerId;

    public boolean committed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "milestone_gates", joinColumns = @JoinColumn(name = "milestone_id"))
    @Column(name = "task_id")
    public Set<UUID> gatingTaskIds = new LinkedHashSet<>();

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
