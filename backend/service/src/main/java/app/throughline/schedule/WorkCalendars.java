package app.throughline.schedule;

import app.throughline.calendar.CalendarDefinition;
import app.throughline.calendar.CalendarDefinition.ExceptionRange;
import app.throughline.calendar.CalendarDefinition.WorkingTime;
import app.throughline.schedule.engine.WorkCalendar;
import app.throughline.schedule.engine.WorkCalendarBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Turns a stored calendar into the engine's calendar. */
public final class WorkCalendars {

    private WorkCalendars() {}

    public static WorkCalendar of(CalendarDefinition definition, LocalDate around) {
        WorkCalendarBuilder builder = WorkCalendar.builder(definition.name())
                .window(
                        around.minusYears(2).withDayOfYear(1),
                        around.plusYears(8).withDayOfYear(1));
        for (DayOfWeek day : DayOfWeek.values()) {
            builder.workingTimes(day, times(definition.workWeek().get(day)));
        }
        for (ExceptionRange exception : definition.exceptions()) {
            if (exception.nonWorking()) {
                builder.nonWorking(exception.startDate(), exception.endDate());
            } else {
                builder.workingTimes(exception.startDate(), exception.endDate(), times(exception.workingTimes()));
            }
        }
        return builder.minutesPerDay(typicalDayMinutes(definition)).build();
    }

    /** One "day" of duration: the most common length of a working weekday (480 on the default calendar). */
    static int typicalDayMinutes(CalendarDefinition definition) {
        java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            int minutes = definition.workWeek().get(day).stream()
                    .mapToInt(WorkingTime::minutes)
                    .sum();
            if (minutes > 0) {
                counts.merge(minutes, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey)
                .orElse(480);
    }

    private static LocalTime[] times(List<WorkingTime> intervals) {
        LocalTime[] pairs = new LocalTime[intervals.size() * 2];
        for (int i = 0; i < intervals.size(); i++) {
            pairs[2 * i] = intervals.get(i).from();
            pairs[2 * i + 1] = intervals.get(i).to();
        }
        return pairs;
    }
}
