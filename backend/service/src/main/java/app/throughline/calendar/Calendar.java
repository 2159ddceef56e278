package app.throughline.calendar;

import app.throughline.workspace.WorkspaceOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A working calendar. The work week and the exceptions are stored as JSON in their wire shape,
 * validated and normalised by {@link CalendarService}; {@link CalendarDefinition} is their value.
 */
@Entity
@Table(name = "calendars")
public class Calendar extends PanacheEntityBase implements WorkspaceOwned {

    @Id
    public UUID id;

    @Column(name = "workspace_id")
    public UUID workspaceId;

    public String name;

    @Column(name = "is_default")
    public boolean isDefault;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "work_week")
    public String workWeek;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "exceptions")
    public String exceptions;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    static Calendar create(UUID workspaceId, String name, boolean isDefault) {
        Calendar calendar = new Calendar();
        calendar.id = UUID.randomUUID();
        calendar.workspaceId = workspaceId;
        calendar.name = name;
        calendar.isDefault = isDefault;
        calendar.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        calendar.updatedAt = calendar.createdAt;
        return calendar;
    }

    @Override
    public UUID workspaceId() {
        return workspaceId;
    }
}
