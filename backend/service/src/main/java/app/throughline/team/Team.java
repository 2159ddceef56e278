package app.throughline.team;

import app.throughline.activity.Changes;
import app.throughline.workspace.VersionedTenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A cross-functional team (design, engineering, marketing…) that people belong to. */
@Entity
@Table(name = "teams")
public class Team extends VersionedTenantEntity {

    public String name;

    public String description;

    public Instant updatedAt;

    public static Team create(UUID workspaceId, String name, String description) {
        Team team = new Team();
        team.id = UUID.randomUUID();
        team.workspaceId = workspaceId;
        team.name = name;
        team.description = description;
        team.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        team.updatedAt = team.createdAt;
        return team;
    }

    /** Every field with its value, for the activity log of a create or delete. */
    public Changes snapshot(boolean created) {
        return new Changes().snapshot("name", name, created).snapshot("description", description, created);
    }
}
