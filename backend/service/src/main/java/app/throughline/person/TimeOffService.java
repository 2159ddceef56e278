package app.throughline.person;

import app.throughline.activity.ActivityLog;
import app.throughline.api.Cursor;
import app.throughline.api.Etags;
import app.throughline.api.InvalidRequest;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Versioned;
import app.throughline.person.PersonDtos.CreateTimeOff;
import app.throughline.person.PersonDtos.TimeOffView;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Time off of people: viewers read, admins manage. */
@ApplicationScoped
public class TimeOffService {

    static final String ENTITY = "time_off";

    private final TimeOffRepository timeOff;
    private final PersonRepository people;
    private final TenantGuard guard;
    private final ActivityLog activity;

    TimeOffService(TimeOffRepository timeOff, PersonRepository people, TenantGuard guard, ActivityLog activity) {
        this.timeOff = timeOff;
        this.people = people;
        this.guard = guard;
        this.activity = activity;
    }

    public Page<TimeOffView> list(UUID personId, PageRequest page) {
        Person person = guard.readable(people.findByIdOptional(personId), "Person", personId);
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 2);
        List<TimeOff> rows = timeOff.page(person.id, after, page.limit + 1);
        return Page.from(rows, page.limit, TimeOffView::of, t -> Cursor.of(t.startDate, t.id));
    }

    public Versioned<TimeOffView> get(UUID id) {
        return versioned(guard.readable(timeOff.findByIdOptional(id), "Time off", id));
    }

    @Transactional
    public Versioned<TimeOffView> create(UUID personId, CreateTimeOff request) {
        Person person = guard.accessible(people.findByIdOptional(personId), "Person", personId, Role.admin);
        return versioned(create(person, request));
    }

    /** Adds time off without a permission check, for callers that did their own (demo seeding). */
    @Transactional(Transactional.TxType.MANDATORY)
    public TimeOff create(Person person, CreateTimeOff request) {
        if (request.endDate().isBefore(request.startDate())) {
            throw InvalidRequest.field("endDate", "must not be before startDate (" + request.startDate() + ")");
        }
        String reason = request.reason() == null || request.reason().isBlank()
                ? null
                : request.reason().trim();
        TimeOff entry = TimeOff.create(person, request.startDate(), request.endDate(), reason);
        timeOff.persist(entry);
        activity.record(entry.workspaceId, null, ENTITY, entry.id, ActivityLog.Action.created, entry.snapshot(true));
        return entry;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        TimeOff entry = guard.accessible(timeOff.findByIdOptional(id), "Time off", id, Role.admin);
        Etags.requireCurrent(ifMatch, entry.version);
        activity.record(entry.workspaceId, null, ENTITY, entry.id, ActivityLog.Action.deleted, entry.snapshot(false));
        timeOff.delete(entry);
    }

    private static Versioned<TimeOffView> versioned(TimeOff entry) {
        return new Versioned<>(TimeOffView.of(entry), entry.version);
    }
}
