package app.throughline.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days of the demo's standard calendar (Monday to Friday, the Christmas break off), to turn
 * the plan's "+3 working days" into dates and to estimate progress. Scheduling is not done here.
 */
final class DemoWorkdays {

    private DemoWorkdays() {}

    static boolean isWorkday(LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean holiday = !day.isBefore(DemoPeople.HOLIDAY_START) && !day.isAfter(DemoPeople.HOLIDAY_END);
        return !weekend && !holiday;
    }

    /** The working day {@code days} working days after (or before, when negative) {@code from}. */
    static LocalDate plus(LocalDate from, int days) {
        int step = days < 0 ? -1 : 1;
        LocalDate day = from;
        for (int left = Math.abs(days); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkday(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days from {@code from} (inclusive) to {@code to} (exclusive); 0 when {@code to} is not later. */
    static int between(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            if (isWorkday(day)) {
                days++;
            }
        }
        return days;
    }
}
