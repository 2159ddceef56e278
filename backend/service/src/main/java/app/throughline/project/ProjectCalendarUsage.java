package app.throughline.project;

import app.throughline.calendar.CalendarReferences;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** A calendar that projects schedule on cannot be deleted. */
@ApplicationScoped
public class ProjectCalendarUsage implements CalendarReferences {

    private final ProjectRepository projects;

    ProjectCalendarUsage(ProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    public Optional<String> usage(UUID calendarId) {
        long count = projects.countUsingCalendar(calendarId);
        return count == 0 ? Optional.empty() : Optional.of(count + (count == 1 ? " project" : " projects"));
    }
}
