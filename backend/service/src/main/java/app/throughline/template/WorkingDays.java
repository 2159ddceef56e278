package app.throughline.template;

import app.throughline.calendar.CalendarDefinition;
import java.time.LocalDate;

/** Counting in working days of a calendar (a day with any working time counts). */
final class WorkingDays {

    private WorkingDays() {}

    static boolean working(CalendarDefinition calendar, LocalDate date) {
        return calendar.workingMinutesOn(date) > 0;
    }

    /** The date itself when it is a working day, else the next working day. */
    static LocalDate firstWorking(CalendarDefinition calendar, LocalDate date) {
        LocalDate d = date;
        for (int guard = 0; guard < 3660 && !working(calendar, d); guard++) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** {@code days} working days after (negative: before) {@code from}, landing on a working day. */
    static LocalDate add(CalendarDefinition calendar, LocalDate from, int days) {
        LocalDate d = from;
        int step = days >= 0 ? 1 : -1;
        int left = Math.abs(days);
        int guard = 0;
        while (left > 0 && guard++ < 40_000) {
            d = d.plusDays(step);
            if (working(calendar, d)) {
                left--;
            }
        }
        return d;
    }

    /** Working days from {@code from} to {@code to}: how many {@link #add} needs to go from one to the other. */
    static int between(CalendarDefinition calendar, LocalDate from, LocalDate to) {
        int sign = to.isBefore(from) ? -1 : 1;
        LocalDate a = sign > 0 ? from : to;
        LocalDate b = sign > 0 ? to : from;
        int count = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (working(calendar, d)) {
                count++;
            }
        }
        return sign * count;
    }
}
