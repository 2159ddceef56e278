package app.throughline.person;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.Changes;
import app.throughline.api.Conflict;
import app.throughline.api.Cursor;
import app.throughline.api.Etags;
import app.throughline.api.InvalidRequest;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.ResourceNotFound;
import app.throughline.api.Versioned;
import app.throughline.calendar.CalendarService;
import app.throughline.person.PersonDtos.CreatePerson;
import app.throughline.person.PersonDtos.PersonPatch;
import app.throughline.person.PersonDtos.PersonView;
import app.throughline.team.TeamRepository;
import app.throughline.team.TeamService.TeamDeleting;
import app.throughline.workspace.MembershipRepository;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** People (resources): viewers read, admins manage. */
@ApplicationScoped
public class PersonService {

    static final String ENTITY = "person";

    private final PersonRepository people;
    private final TimeOffRepository timeOff;
    private final TeamRepository teams;
    private final CalendarService calendars;
    private final MembershipRepository memberships;
    private final TenantGuard guard;
    private final ActivityLog activity;
    private final Event<PersonDeleting> deleting;

    PersonService(
            PersonRepository people,
            TimeOffRepository timeOff,
            TeamRepository teams,
            CalendarService calendars,
            MembershipRepository memberships,
            TenantGuard guard,
            ActivityLog activity,
            Event<PersonDeleting> deleting) {
        this.people = people;
        this.timeOff = timeOff;
        this.teams = teams;
        this.calendars = calendars;
        this.memberships = memberships;
        this.guard = guard;
        this.activity = activity;
        this.deleting = deleting;
    }

    public Page<PersonView> list(UUID workspaceId, String teamId, String userId, String q, PageRequest page) {
        guard.require(workspaceId, Role.viewer);
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 2);
        PersonRepository.Filter filter =
                new PersonRepository.Filter(uuidParameter("teamId", teamId), uuidParameter("userId", userId), q);
        List<Person> rows = people.page(workspaceId, filter, after, page.limit + 1);
        return Page.from(rows, page.limit, PersonView::of, p -> Cursor.of(p.name, p.id));
    }

    public Versioned<PersonView> get(UUID id) {
        return versioned(guard.readable(people.findByIdOptional(id), "Person", id));
    }

    @Transactional
    public Versioned<PersonView> create(UUID workspaceId, CreatePerson request) {
        guard.require(workspaceId, Role.admin);
        return versioned(insert(workspaceId, request));
    }

    /** Creates a person without a permission check, for callers that did their own (demo seeding). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Person insert(UUID workspaceId, CreatePerson request) {
        Person person = Person.create(workspaceId, request.name().trim());
        person.email = requireUniqueEmail(workspaceId, blankToNull(request.email()), null);
        person.userId = requireMember(workspaceId, request.userId(), null);
        person.teamId = requireTeam(workspaceId, request.teamId());
        person.calendarId = calendarOrDefault(workspaceId, request.calendarId());
        person.maxUnits = request.maxUnits() == null ? BigDecimal.ONE : request.maxUnits();
        people.persist(person);
        activity.record(workspaceId, null, ENTITY, person.id, ActivityLog.Action.created, person.snapshot(true));
        return person;
    }

    @Transactional
    public Versioned<PersonView> update(UUID id, PersonPatch patch, String ifMatch) {
        Person person = guard.accessible(people.findByIdOptional(id), "Person", id, Role.admin);
        Etags.requireCurrent(ifMatch, person.version);
        Changes changes = new Changes();
        if (patch.name() != null) {
            person.name = changes.set("name", person.name, patch.name().trim());
        }
        if (patch.email() != null) {
            person.email = changes.set(
                    "email",
                    person.email,
                    requireUniqueEmail(
                            person.workspaceId, blankToNull(patch.email().orElse(null)), person.id));
        }
        if (patch.userId() != null) {
            UUID userId = patch.userId().orElse(null);
            if (!Objects.equals(userId, person.userId)) {
                requireMember(person.workspaceId, userId, person.id);
            }
            person.userId = changes.set("userId", person.userId, userId);
        }
        if (patch.teamId() != null) {
            person.teamId = changes.set(
                    "teamId",
                    person.teamId,
                    requireTeam(person.workspaceId, patch.teamId().orElse(null)));
        }
        if (patch.calendarId() != null) {
            person.calendarId = changes.set(
                    "calendarId",
                    person.calendarId,
                    calendarOrDefault(person.workspaceId, patch.calendarId().orElse(null)));
        }
        if (patch.maxUnits() != null) {
            person.maxUnits = changes.set("maxUnits", person.maxUnits, patch.maxUnits());
        }
        if (!changes.isEmpty()) {
            person.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            activity.record(person.workspaceId, null, ENTITY, person.id, ActivityLog.Action.updated, changes);
        }
        people.flush();
        return versioned(person);
    }

    /** Deletes a person and their time off; features holding references hear of it first. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Person person = guard.accessible(people.findByIdOptional(id), "Person", id, Role.admin);
        Etags.requireCurrent(ifMatch, person.version);
        deleting.fire(new PersonDeleting(person.workspaceId, person.id));
        for (TimeOff entry : timeOff.findByPerson(person.id)) {
            activity.record(
                    entry.workspaceId,
                    null,
                    TimeOffService.ENTITY,
                    entry.id,
                    ActivityLog.Action.deleted,
                    entry.snapshot(false));
            timeOff.delete(entry);
        }
        activity.record(
                person.workspaceId, null, ENTITY, person.id, ActivityLog.Action.deleted, person.snapshot(false));
        people.delete(person);
    }

    /** A deleted team's people stay, without a team; each change is logged. */
    void onTeamDeleting(@Observes TeamDeleting event) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (Person person : people.findByTeam(event.teamId())) {
            Changes changes = new Changes();
            person.teamId = changes.set("teamId", person.teamId, null);
            person.updatedAt = now;
            activity.record(person.workspaceId, null, ENTITY, person.id, ActivityLog.Action.updated, changes);
        }
        people.flush();
    }

    /** An e-mail address names one person of a workspace (names may repeat; the app warns about them). */
    private String requireUniqueEmail(UUID workspaceId, String email, UUID personId) {
        if (email == null) {
            return null;
        }
        people.findByEmail(workspaceId, email)
                .filter(other -> !other.id.equals(personId))
                .ifPresent(other -> {
                    throw new DuplicateEmail(email, other);
                });
        return email;
    }

    private UUID requireMember(UUID workspaceId, UUID userId, UUID personId) {
        if (userId == null) {
            return null;
        }
        if (memberships.find(workspaceId, userId).isEmpty()) {
            throw InvalidRequest.field("userId", "is not a member of this workspace");
        }
        people.findByUser(workspaceId, userId)
                .filter(other -> !other.id.equals(personId))
                .ifPresent(other -> {
                    throw new Conflict("The user " + userId + " is already the person \"" + other.name + "\" ("
                            + other.id + ") in this workspace");
                });
        return userId;
    }

    private UUID requireTeam(UUID workspaceId, UUID teamId) {
        if (teamId == null) {
            return null;
        }
        return teams.findInWorkspace(workspaceId, teamId)
                .orElseThrow(() -> new ResourceNotFound("teamId: Team " + teamId + " does not exist in this workspace"))
                .id;
    }

    private UUID calendarOrDefault(UUID workspaceId, UUID calendarId) {
        return calendarId == null
                ? calendars.defaultCalendarFor(workspaceId)
                : calendars.requireInWorkspace(workspaceId, calendarId, "calendarId").id;
    }

    private static UUID uuidParameter(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.parameter(name, "is not a UUID");
        }
    }

    private static Versioned<PersonView> versioned(Person person) {
        return new Versioned<>(PersonView.of(person), person.version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * Fired inside the transaction that deletes a person, before the row goes: features that refer
     * to people (assignments) remove their references or refuse with a {@link Conflict}.
     */
    public record PersonDeleting(UUID workspaceId, UUID personId) {}
}
