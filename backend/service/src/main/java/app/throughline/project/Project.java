package app.throughline.project;

import app.throughline.workspace.WorkspaceOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "projects")
public class Project extends PanacheEntityBase implements WorkspaceOwned {

    @Id
    public UUID id;

    @Column(name = "workspace_id")
    public UUID workspaceId;

    public String key;

    public String name;

    public String description;

    @Column(name = "owner_id")
    public UUID ownerId;

    @Enumerated(EnumType.STRING)
    public ProjectStatus status;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "target_finish_date")
    public LocalDate targetFinishDate;

    @Column(name = "calendar_id")
    public UUID calendarId;

    @Column(name = "status_date")
    public LocalDate statusDate;

    @Column(name = "next_task_number")
    public int nextTaskNumber;

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
