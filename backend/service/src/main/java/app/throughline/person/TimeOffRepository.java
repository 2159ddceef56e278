package app.throughline.person;

import app.throughline.api.Cursor;
import app.throughline.api.InvalidRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Time off of people, always scoped by workspace or person. */
@ApplicationScoped
public class TimeOffRepository implements PanacheRepositoryBase<TimeOff, UUID> {

    /** A person's time off, by start date. */
    public List<TimeOff> findByPerson(UUID personId) {
        return find("personId = ?1 order by startDate, id", personId).list();
    }

    /** All time off in a workspace that overlaps {@code from}..{@code to} (inclusive), by person and date. */
    public List<TimeOff> findByWorkspaceOverlapping(UUID workspaceId, LocalDate from, LocalDate to) {
        return find(
                        "workspaceId = ?1 and startDate <= ?3 and endDate >= ?2 order by personId, startDate, id",
                        workspaceId,
                        from,
                        to)
                .list();
    }

    /** A page of a person's time off sorted by start date, then id, after the cursor. */
    public List<TimeOff> page(UUID personId, Cursor after, int limitPlusOne) {
        if (after == null) {
            return find("personId = :person order by startDate, id", Parameters.with("person", personId))
                    .page(0, limitPlusOne)
                    .list();
        }
        return find(
                        "personId = :person and (startDate > :start or (startDate = :start and id > :id)) order by startDate, id",
                        Parameters.with("person", personId)
                                .and("start", date(after.text(0)))
                                .and("id", after.uuid(1)))
                .page(0, limitPlusOne)
                .list();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidRequest.parameter("cursor", "is not a cursor this list handed out");
        }
    }
}
