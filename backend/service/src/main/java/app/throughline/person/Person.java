package app.throughline.person;

import app.throughline.activity.Changes;
import app.throughline.workspace.VersionedTenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A person who does the work (a resource): may or may not be a user, may belong to a team, works
 * on a calendar (the workspace's default unless they have their own) up to {@code maxUnits}
 * (1.0 = full time).
 */
@Entity
@Table(name = "people")
public class Person extends VersionedTenantEntity {

    public String name;

    public String email;

    public UUID userId;

    public UUID teamId;

    /** Never null: the workspace's default calendar unless the person has their own. */
    public UUID calendarId;

    public BigDecimal maxUnits;

    public Instant updatedAt;

    static Person create(UUID workspaceId, String name) {
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.workspaceId = workspaceId;
        person.name = name;
        person.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        person.updatedAt = person.createdAt;
        return person;
    }

    /** Every field with its value, for the activity log of a create or delete. */
    Changes snapshot(boolean created) {
        return new Changes()
                .snapshot("name", name, created)
                .snapshot("email", email, created)
                .snapshot("userId", userId, created)
                .snapshot("teamId", teamId, created)
                .snapshot("calendarId", calendarId, created)
                .snapshot("maxUnits", maxUnits, created);
    }
}
