package app.throughline.project;

import app.throughline.workspace.VersionedTenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "projects")
public class Project extends VersionedTenantEntity {

    public String key;

    public String name;

    public String description;

    public UUID ownerId;

    @Enumerated(EnumType.STRING)
    public ProjectStatus status;

    public LocalDate startDate;

    public LocalDate targetFinishDate;

    public UUID calendarId;

    public LocalDate statusDate;

    public UUID workflowId;

    /**
     * Owned by {@link ProjectRepository#reserveTaskNumbers}'s atomic UPDATE: never written back from
     * a loaded entity, whose copy may be stale by the time another change to the project is flushed.
     */
    @Column(updatable = false)
    public int nextTaskNumber;

    public UUID createdBy;

    public Instant updatedAt;
}
