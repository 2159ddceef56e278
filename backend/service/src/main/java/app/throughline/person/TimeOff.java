package app.throughline.person;

import app.throughline.activity.Changes;
import app.throughline.workspace.VersionedTenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Days a person does not work (vacation, leave), {@code startDate}..{@code endDate} inclusive. */
@Entity
@Table(name = "time_off")
public class TimeOff extends VersionedTenantEntity {

    public UUID personId;

    public LocalDate startDate;

    public LocalDate endDate;

    public String reason;

    static TimeOff create(Person person, LocalDate startDate, LocalDate endDate, String reason) {
        TimeOff timeOff = new TimeOff();
        timeOff.id = UUID.randomUUID();
        timeOff.workspaceId = person.workspaceId;
        timeOff.personId = person.id;
        timeOff.startDate = startDate;
        timeOff.endDate = endDate;
        timeOff.reason = reason;
        timeOff.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return timeOff;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    Changes snapshot(boolean created) {
        return new Changes()
                .snapshot("personId", personId, created)
                .snapshot("startDate", startDate, created)
                .snapshot("endDate", endDate, created)
                .snapshot("reason", reason, created);
    }
}
