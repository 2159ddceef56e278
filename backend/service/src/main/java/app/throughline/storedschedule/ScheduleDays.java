package app.throughline.storedschedule;

/** Working minutes shown as working days of the project's calendar, to three decimals. */
public final class ScheduleDays {

    private ScheduleDays() {}

    public static double of(int minutes, int minutesPerDay) {
        return Math.round(minutes * 1000.0 / minutesPerDay) / 1000.0;
    }
}
