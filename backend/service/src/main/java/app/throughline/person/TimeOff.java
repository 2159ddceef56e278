package app.throughline.person;

import app.throughline.activity.Changes;
import app.throughline.workspace.WorkspaceOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Days a person does not work (vacation, leave), {@code startDate}..{@code endDate} inclusive. */
@Entity
@Table(name = "time_off")
public class TimeOff extends PanacheEntityBase implements WorkspaceOwned {

    @Id
    public UUID id;

    @Column(name = "workspace_id")
    public UUID workspaceId;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public String reason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

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

    @Override
    public UUID workspaceId() {
        return workspaceId;
    }
}
