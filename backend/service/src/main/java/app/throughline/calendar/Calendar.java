package app.throughline.calendar;

import app.throughline.workspace.VersionedTenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
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
public class Calendar extends VersionedTenantEntity {

    public String name;

    public boolean isDefault;

    @JdbcTypeCode(SqlTypes.JSON)
    public String workWeek;

    @JdbcTypeCode(SqlTypes.JSON)
    public String exceptions;

    public Instant updatedAt;

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
}
