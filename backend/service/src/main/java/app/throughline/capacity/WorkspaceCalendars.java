package app.throughline.capacity;

import app.throughline.calendar.CalendarDefinition;
import app.throughline.calendar.CalendarService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A workspace's calendars laid out day by day over a window, for workload and levelling. */
@ApplicationScoped
public class WorkspaceCalendars {

    /** The workspace's calendars day by day over a window, and which one each project uses. */
    public record Calendars(Map<UUID, CalendarDays> byId, UUID defaultId, Map<UUID, UUID> projectCalendar) {

        public CalendarDays of(UUID calendarId) {
            CalendarDays days = calendarId == null ? null : byId.get(calendarId);
            return days != null ? days : byId.get(defaultId);
        }

        public CalendarDays ofProject(UUID projectId) {
            return of(projectCalendar.get(projectId));
        }
    }

    private final CalendarService calendarService;
    private final CapacityRepository repository;

    WorkspaceCalendars(CalendarService calendarService, CapacityRepository repository) {
        this.calendarService = calendarService;
        this.repository = repository;
    }

    /** Every calendar of the workspace, laid out over {@code days} days from {@code first}. */
    public Calendars over(UUID workspaceId, LocalDate first, int days) {
        Map<UUID, CalendarDays> byId = new HashMap<>();
        UUID defaultId = null;
        for (CalendarDefinition definition : calendarService.definitionsOf(workspaceId)) {
            byId.put(definition.id(), CalendarDays.of(definition, first, days));
            if (definition.isDefault()) {
                defaultId = definition.id();
            }
        }
        return new Calendars(byId, defaultId, repository.projectCalendars(workspaceId));
    }
}
