package app.throughline.schedule.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a {@link WorkCalendar}: working times per weekday, then exceptions for date ranges
 * (non-working, or with their own working times). Later exceptions win over earlier ones.
 *
 * <p>Working times are given as pairs of LocalTime (from, to); a {@code to} of
 * {@link LocalTime#MIDNIGHT} means the end of the day. Not thread-safe; {@link #build()} copies.
 */
public final class WorkCalendarBuilder {

    private static final int[] NON_WORKING = new int[0];

    private final String name;
    private final int[][] week = new int[7][];
    private final List<LocalDate[]> exceptionRanges = new ArrayList<>();
    private final List<int[]> exceptionHours = new ArrayList<>();
    private int minutesPerDay = 480;
    private LocalDate windowStart = LocalDate.of(1980, 1, 1);
    private LocalDate windowEnd = LocalDate.of(2150, 1, 1);

    WorkCalendarBuilder(String name) {
        this.name = name;
        Arrays.fill(week, NON_WORKING);
    }

    /** Sets the working times of a weekday, replacing earlier ones; no times = non-working. */
    public WorkCalendarBuilder workingTimes(DayOfWeek day, LocalTime... fromToPairs) {
        week[day.getValue() - 1] = intervals(fromToPairs);
        return this;
    }

    /** Makes the days {@code from}..{@code to} (inclusive) non-working. */
    public WorkCalendarBuilder nonWorking(LocalDate from, LocalDate to) {
        return exception(from, to, NON_WORKING);
    }

    /** Gives the days {@code from}..{@code to} (inclusive) their own working times. */
    public WorkCalendarBuilder workingTimes(LocalDate from, LocalDate to, LocalTime... fromToPairs) {
        return exception(from, to, intervals(fromToPairs));
    }

    /** Working minutes in one day of duration (for converting days to minutes); default 480. */
    public WorkCalendarBuilder minutesPerDay(int minutes) {
        if (minutes <= 0) {
            throw new IllegalArgumentException("minutesPerDay must be positive");
        }
        this.minutesPerDay = minutes;
        return this;
    }

    /**
     * The range of days the calendar precomputes (default 1980-01-01 to 2150-01-01). Outside it
     * there is no working time, so schedules must stay inside.
     */
    public WorkCalendarBuilder window(LocalDate start, LocalDate endExclusive) {
        if (!endExclusive.isAfter(start)) {
            throw new IllegalArgumentException("empty calendar window");
        }
        this.windowStart = start;
        this.windowEnd = endExclusive;
        return this;
    }

    /** Builds the immutable calendar. */
    public WorkCalendar build() {
        long first = windowStart.toEpochDay();
        int days = Math.toIntExact(windowEnd.toEpochDay() - first);
        List<int[]> shapes = new ArrayList<>();
        short[] weekShape = new short[7];
        for (int d = 0; d < 7; d++) {
            weekShape[d] = shapeIndex(shapes, week[d]);
        }
        short[] dayShape = new short[days];
        int dow = windowStart.getDayOfWeek().getValue() - 1;
        for (int d = 0; d < days; d++) {
            dayShape[d] = weekShape[dow];
            dow = dow == 6 ? 0 : dow + 1;
        }
        for (int x = 0; x < exceptionRanges.size(); x++) {
            LocalDate[] range = exceptionRanges.get(x);
            short shape = shapeIndex(shapes, exceptionHours.get(x));
            long from = Math.max(range[0].toEpochDay(), first) - first;
            long to = Math.min(range[1].toEpochDay(), first + days - 1) - first;
            for (long d = from; d <= to; d++) {
                dayShape[(int) d] = shape;
            }
        }
        return new WorkCalendar(name, minutesPerDay, first, dayShape, shapes.toArray(new int[0][]));
    }

    private WorkCalendarBuilder exception(LocalDate from, LocalDate to, int[] hours) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("exception ends before it starts: " + from + ".." + to);
        }
        exceptionRanges.add(new LocalDate[] {from, to});
        exceptionHours.add(hours);
        return this;
    }

    private static short shapeIndex(List<int[]> shapes, int[] intervals) {
        for (int s = 0; s < shapes.size(); s++) {
            if (Arrays.equals(shapes.get(s), intervals)) {
                return (short) s;
            }
        }
        if (shapes.size() >= Short.MAX_VALUE) {
            throw new IllegalArgumentException("too many distinct working-time patterns");
        }
        shapes.add(intervals);
        return (short) (shapes.size() - 1);
    }

    private static int[] intervals(LocalTime... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("working times come in from/to pairs");
        }
        int[] result = new int[pairs.length];
        int previousEnd = -1;
        for (int k = 0; k < pairs.length; k += 2) {
            int from = pairs[k].toSecondOfDay() / 60;
            int to = pairs[k + 1].equals(LocalTime.MIDNIGHT) ? WorkCalendar.DAY : pairs[k + 1].toSecondOfDay() / 60;
            if (to <= from || from < previousEnd) {
                throw new IllegalArgumentException(
                        "working times must be increasing and non-empty: " + Arrays.toString(pairs));
            }
            result[k] = from;
            result[k + 1] = to;
            previousEnd = to;
        }
        return result;
    }
}
