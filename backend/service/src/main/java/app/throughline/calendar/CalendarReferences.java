package app.throughline.calendar;

import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by features whose objects use calendars (people, projects), so a calendar in use is
 * refused deletion with 409 naming what uses it, instead of failing on a foreign key.
 */
public interface CalendarReferences {

    /** What uses the calendar, e.g. "3 people", or empty when nothing of this kind does. */
    Optional<String> usage(UUID calendarId);
}
