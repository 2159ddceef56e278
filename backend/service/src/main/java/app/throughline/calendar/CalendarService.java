package app.throughline.calendar;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.Changes;
import app.throughline.api.Conflict;
import app.throughline.api.Cursor;
import app.throughline.api.Etags;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.ResourceNotFound;
import app.throughline.api.Versioned;
import app.throughline.calendar.CalendarDtos.CalendarException;
import app.throughline.calendar.CalendarDtos.CalendarPatch;
import app.throughline.calendar.CalendarDtos.CalendarView;
import app.throughline.calendar.CalendarDtos.CreateCalendar;
import app.throughline.calendar.CalendarDtos.WorkWeek;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import app.throughline.workspace.WorkspaceService.WorkspaceCreated;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Working calendars: viewers read, admins manage. Every workspace gets a default calendar when it
 * is created; other features read calendars as {@link CalendarDefinition} values.
 */
@ApplicationScoped
public class CalendarService {

    static final String ENTITY = "calendar";
    public static final String DEFAULT_NAME = "Standard";
    private static final TypeReference<List<CalendarException>> EXCEPTIONS = new TypeReference<>() {};

    private final CalendarRepository calendars;
    private final TenantGuard guard;
    private final ActivityLog activity;
    private final ObjectMapper json;
    private final Instance<CalendarReferences> references;
    private final Event<CalendarChanged> changed;

    CalendarService(
            CalendarRepository calendars,
            TenantGuard guard,
            ActivityLog activity,
            ObjectMapper json,
            Instance<CalendarReferences> references,
            Event<CalendarChanged> changed) {
        this.calendars = calendars;
        this.guard = guard;
        this.activity = activity;
        this.json = json;
        this.references = references;
        this.changed = changed;
    }

    // --- for other features --------------------------------------------------------------------

    /** The id of the workspace's default calendar (every workspace has exactly one). */
    public UUID defaultCalendarFor(UUID workspaceId) {
        return calendars
                .findDefault(workspaceId)
                .orElseThrow(() -> new IllegalStateException("Workspace " + workspaceId + " has no default calendar"))
                .id;
    }

    /** A calendar of the workspace as a plain value; empty when it does not exist there. */
    public Optional<CalendarDefinition> definition(UUID workspaceId, UUID calendarId) {
        return calendars.findInWorkspace(workspaceId, calendarId).map(this::definition);
    }

    /** Every calendar of the workspace as plain values, by name. */
    public List<CalendarDefinition> definitionsOf(UUID workspaceId) {
        return calendars.findByWorkspace(workspaceId).stream()
                .map(this::definition)
                .toList();
    }

    /** The calendar if it belongs to the workspace, else 404 naming the request field that referred to it. */
    public Calendar requireInWorkspace(UUID workspaceId, UUID calendarId, String field) {
        return calendars
                .findInWorkspace(workspaceId, calendarId)
                .orElseThrow(() ->
                        new ResourceNotFound(field + ": Calendar " + calendarId + " does not exist in this workspace"));
    }

    public CalendarDefinition definition(Calendar calendar) {
        return CalendarRules.definition(calendar, workWeek(calendar), exceptions(calendar));
    }

    // --- the API -------------------------------------------------------------------------------

    public Page<CalendarView> list(UUID workspaceId, PageRequest page) {
        guard.require(workspaceId, Role.viewer);
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 2);
        List<Calendar> rows = calendars.page(workspaceId, after, page.limit + 1);
        return Page.from(rows, page.limit, this::view, c -> Cursor.of(c.name, c.id));
    }

    public Versioned<CalendarView> get(UUID id) {
        Calendar calendar = guard.readable(calendars.findByIdOptional(id), "Calendar", id);
        return versioned(calendar);
    }

    @Transactional
    public Versioned<CalendarView> create(UUID workspaceId, CreateCalendar request) {
        guard.require(workspaceId, Role.admin);
        return versioned(create(workspaceId, request, false));
    }

    /**
     * Creates a calendar without a permission check, for callers that did their own (the default
     * calendar, demo seeding). The week defaults to the standard one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Calendar create(UUID workspaceId, CreateCalendar request, boolean isDefault) {
        WorkWeek week = request.workWeek() == null ? CalendarRules.STANDARD_WEEK : request.workWeek();
        List<CalendarException> exceptions = request.exceptions() == null ? List.of() : request.exceptions();
        CalendarRules.check(week, exceptions);
        String name = request.name().trim();
        requireUniqueName(workspaceId, name, null);
        Calendar calendar = Calendar.create(workspaceId, name, isDefault);
        WorkWeek normalWeek = CalendarRules.normalise(week);
        List<CalendarException> normalExceptions = CalendarRules.normalise(exceptions);
        calendar.workWeek = write(normalWeek);
        calendar.exceptions = write(normalExceptions);
        calendars.persist(calendar);
        activity.record(
                workspaceId,
                null,
                ENTITY,
                calendar.id,
                ActivityLog.Action.created,
                new Changes()
                        .snapshot("name", calendar.name, true)
                        .snapshot("isDefault", isDefault, true)
                        .snapshot("workWeek", normalWeek, true)
                        .snapshot("exceptions", normalExceptions, true));
        return calendar;
    }

    @Transactional
    public Versioned<CalendarView> update(UUID id, CalendarPatch patch, String ifMatch) {
        Calendar calendar = guard.accessible(calendars.findByIdOptional(id), "Calendar", id, Role.admin);
        Etags.requireCurrent(ifMatch, calendar.version);
        update(calendar, patch);
        calendars.flush();
        return versioned(calendar);
    }

    /** Applies a patch without a permission check (demo seeding); records the changes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void update(Calendar calendar, CalendarPatch patch) {
        CalendarRules.check(patch.workWeek(), patch.exceptions());
        Changes changes = new Changes();
        if (patch.name() != null) {
            String name = patch.name().trim();
            if (!name.equalsIgnoreCase(calendar.name)) {
                requireUniqueName(calendar.workspaceId, name, calendar.id);
            }
            calendar.name = changes.set("name", calendar.name, name);
        }
        if (patch.workWeek() != null) {
            WorkWeek week = changes.set("workWeek", workWeek(calendar), CalendarRules.normalise(patch.workWeek()));
            calendar.workWeek = write(week);
        }
        if (patch.exceptions() != null) {
            List<CalendarException> exceptions =
                    changes.set("exceptions", exceptions(calendar), CalendarRules.normalise(patch.exceptions()));
            calendar.exceptions = write(exceptions);
        }
        if (!changes.isEmpty()) {
            calendar.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            activity.record(calendar.workspaceId, null, ENTITY, calendar.id, ActivityLog.Action.updated, changes);
            changed.fire(new CalendarChanged(calendar.workspaceId, calendar.id));
        }
    }

    /** Deletes a calendar unless it is the default or something uses it (409). */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Calendar calendar = guard.accessible(calendars.findByIdOptional(id), "Calendar", id, Role.admin);
        Etags.requireCurrent(ifMatch, calendar.version);
        if (calendar.isDefault) {
            throw new Conflict("The default calendar of a workspace cannot be deleted");
        }
        List<String> uses = references.stream()
                .map(r -> r.usage(calendar.id))
                .flatMap(Optional::stream)
                .toList();
        if (!uses.isEmpty()) {
            throw new Conflict("The calendar \"" + calendar.name + "\" is in use by " + String.join(" and ", uses)
                    + "; give them another calendar first");
        }
        activity.record(
                calendar.workspaceId,
                null,
                ENTITY,
                calendar.id,
                ActivityLog.Action.deleted,
                new Changes()
                        .snapshot("name", calendar.name, false)
                        .snapshot("workWeek", workWeek(calendar), false)
                        .snapshot("exceptions", exceptions(calendar), false));
        calendars.delete(calendar);
    }

    /** Gives every new workspace its default calendar, inside the creating transaction. */
    void onWorkspaceCreated(@Observes WorkspaceCreated event) {
        create(event.workspaceId(), new CreateCalendar(DEFAULT_NAME, CalendarRules.STANDARD_WEEK, List.of()), true);
    }

    // --- helpers -------------------------------------------------------------------------------

    private void requireUniqueName(UUID workspaceId, String name, UUID exceptId) {
        if (calendars.nameTaken(workspaceId, name, exceptId)) {
            throw new Conflict("A calendar named \"" + name + "\" exists already in this workspace");
        }
    }

    private Versioned<CalendarView> versioned(Calendar calendar) {
        return new Versioned<>(view(calendar), calendar.version);
    }

    private CalendarView view(Calendar calendar) {
        return new CalendarView(
                calendar.id,
                calendar.workspaceId,
                calendar.name,
                calendar.isDefault,
                workWeek(calendar),
                exceptions(calendar),
                calendar.createdAt,
                calendar.updatedAt);
    }

    WorkWeek workWeek(Calendar calendar) {
        return CalendarRules.normalise(read(calendar.workWeek, WorkWeek.class));
    }

    List<CalendarException> exceptions(Calendar calendar) {
        try {
            return CalendarRules.normalise(json.readValue(calendar.exceptions, EXCEPTIONS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored exceptions of calendar " + calendar.id + " are not readable", e);
        }
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored calendar value is not readable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fired inside the transaction that changes a calendar's name, work week or exceptions. */
    public record CalendarChanged(UUID workspaceId, UUID calendarId) {}
}
