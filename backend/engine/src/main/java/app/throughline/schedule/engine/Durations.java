package app.throughline.schedule.engine;

/**
 * Converts between working days (as the API and database speak them) and the engine's working
 * minutes. One day is the calendar's {@link WorkCalendar#minutesPerDay()} (480 on the default).
 */
public final class Durations {

    private Durations() {}

    /** Working minutes in {@code days} (fractional allowed; negative for leads), rounded. */
    public static int toMinutes(double days, WorkCalendar calendar) {
        return toMinutes(days, calendar.minutesPerDay());
    }

    /** Working minutes in {@code days} days of {@code minutesPerDay} minutes, rounded. */
    public static int toMinutes(double days, int minutesPerDay) {
        return Math.toIntExact(Math.round(days * minutesPerDay));
    }

    /** Working days in {@code minutes} on the calendar (fractional). */
    public static double toDays(int minutes, WorkCalendar calendar) {
        return (double) minutes / calendar.minutesPerDay();
    }
}
