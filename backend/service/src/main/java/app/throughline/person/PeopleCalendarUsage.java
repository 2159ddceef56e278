package app.throughline.person;

import app.throughline.calendar.CalendarReferences;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** A calendar that people work on cannot be deleted. */
@ApplicationScoped
class PeopleCalendarUsage implements CalendarReferences {

    private final PersonRepository people;

    PeopleCalendarUsage(PersonRepository people) {
        this.people = people;
    }

    @Override
    public Optional<String> usage(UUID calendarId) {
        long count = people.countByCalendar(calendarId);
        return count == 0 ? Optional.empty() : Optional.of(count + (count == 1 ? " person" : " people"));
    }
}
