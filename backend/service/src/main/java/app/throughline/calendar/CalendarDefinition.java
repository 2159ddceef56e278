package app.throughline.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A calendar as a plain, immutable value, for features that compute with working time (the
 * scheduling engine, workload). Every weekday is present in {@code workWeek} (an empty list is a
 * non-working day); intervals are sorted and do not overlap; a {@code to} of
 * {@link LocalTime#MIDNIGHT} means the end of the day, as the engine's calendar builder expects.
 * Exceptions are sorted by start date and do not overlap.
 */
public record CalendarDefinition(
        UUID id,
        UUID workspaceId,
        String name,
        boolean isDefault,
        Map<DayOfWeek, List<WorkingTime>> workWeek,
        List<ExceptionRange> exceptions) {

    public CalendarDefinition {
        EnumMap<DayOfWeek, List<WorkingTime>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.copyOf(workWeek.getOrDefault(day, List.of())));
        }
        workWeek = Collections.unmodifiableMap(week);
        exceptions = List.copyOf(exceptions);
    }

    /** Working time within one day, {@code from} before {@code to}; {@code to} = MIDNIGHT is the end of the day. */
    public record WorkingTime(LocalTime from, LocalTime to) {

        public int fromMinute() {
            return from.getHour() * 60 + from.getMinute();
        }

        public int toMinute() {
            return to.equals(LocalTime.MIDNIGHT) ? 24 * 60 : to.getHour() * 60 + to.getMinute();
        }

        public int minutes() {
            return toMinute() - fromMinute();
        }
    }

    /** Days {@code startDate}..{@code endDate} (inclusive) with their own working times; none = non-working. */
    public record ExceptionRange(LocalDate startDate, LocalDate endDate, String name, List<WorkingTime> workingTimes) {

        public ExceptionRange {
            workingTimes = List.copyOf(workingTimes);
        }

        public boolean nonWorking() {
            return workingTimes.isEmpty();
        }

        public boolean covers(LocalDate date) {
            return !date.isBefore(startDate) && !date.isAfter(endDate);
        }
    }

    /** The working times of one date, exceptions first. */
    public List<WorkingTime> workingTimesOn(LocalDate date) {
        for (ExceptionRange exception : exceptions) {
            if (exception.covers(date)) {
                return exception.workingTimes();
            }
        }
        return workWeek.get(date.getDayOfWeek());
    }

    /** Working minutes on one date (e.g. 480 on a standard weekday). */
    public int workingMinutesOn(LocalDate date) {
        return workingTimesOn(date).stream().mapToInt(WorkingTime::minutes).sum();
    }
}
