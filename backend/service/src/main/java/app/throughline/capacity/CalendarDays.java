package app.throughline.capacity;

import app.throughline.calendar.CalendarDefinition;
import app.throughline.calendar.CalendarDefinition.WorkingTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A calendar's working time laid out day by day over a window, as arrays indexed by day number
 * (day 0 = {@code first}), so that workload and levelling never look a date up in a loop.
 */
public final class CalendarDays {

    private static final int DAY = 24 * 60;

    private final LocalDate first;
    private final int[] minutes;
    private final int[][] intervals;

    private CalendarDays(LocalDate first, int[] minutes, int[][] intervals) {
        this.first = first;
        this.minutes = minutes;
        this.intervals = intervals;
    }

    /** The working time of {@code definition} on the {@code days} days from {@code first}. */
    public static CalendarDays of(CalendarDefinition definition, LocalDate first, int days) {
        int[] minutes = new int[days];
        int[][] intervals = new int[days][];
        for (int d = 0; d < days; d++) {
            List<WorkingTime> times = definition.workingTimesOn(first.plusDays(d));
            int[] pairs = new int[times.size() * 2];
            for (int i = 0; i < times.size(); i++) {
                pairs[2 * i] = times.get(i).fromMinute();
                pairs[2 * i + 1] = times.get(i).toMinute();
                minutes[d] += times.get(i).minutes();
            }
            intervals[d] = pairs;
        }
        return new CalendarDays(first, minutes, intervals);
    }

    public LocalDate first() {
        return first;
    }

    public int days() {
        return minutes.length;
    }

    /** Working minutes on day {@code day}. */
    public int minutes(int day) {
        return minutes[day];
    }

    /** Working minutes on day {@code day} that fall within {@code [start, finish)}. */
    public int minutesWithin(int day, LocalDateTime start, LocalDateTime finish) {
        LocalDate date = first.plusDays(day);
        int lo = start.toLocalDate().isBefore(date) ? 0 : start.toLocalDate().isAfter(date) ? DAY : minuteOfDay(start);
        int hi = finish.toLocalDate().isAfter(date)
                ? DAY
                : finish.toLocalDate().isBefore(date) ? 0 : minuteOfDay(finish);
        if (lo >= hi) {
            return 0;
        }
        if (lo == 0 && hi == DAY) {
            return minutes[day];
        }
        int sum = 0;
        int[] pairs = intervals[day];
        for (int i = 0; i < pairs.length; i += 2) {
            sum += Math.max(0, Math.min(pairs[i + 1], hi) - Math.max(pairs[i], lo));
        }
        return sum;
    }

    /** Working minutes of the day after {@code time} (the whole day's when it starts before work). */
    public int minutesFrom(int day, LocalDateTime time) {
        return minutesWithin(day, time, first.plusDays(day + 1L).atStartOfDay());
    }

    private static int minuteOfDay(LocalDateTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
