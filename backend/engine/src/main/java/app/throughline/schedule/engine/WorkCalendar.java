package app.throughline.schedule.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * An immutable working calendar that converts between wall-clock time and <em>working-minute
 * ordinals</em>.
 *
 * <p>The ordinal of an instant is the number of working minutes between the start of the
 * calendar's window and that instant. Adding working time is then plain integer addition on
 * ordinals; converting back is a binary search over a per-day table of cumulative working minutes
 * (precomputed once, with a block index from ordinals back to days, so {@link #ordinalAt(long)},
 * {@link #startInstant(int)} and {@link #finishInstant(int)} are all O(1) but for long non-working
 * stretches).
 *
 * <p>An ordinal at the boundary of two working periods names two wall-clock instants (e.g. 12:00
 * and 13:00 around a lunch break, or Friday 17:00 and Monday 08:00). Starts are shown at the
 * later one ({@link #startInstant(int)}), finishes at the earlier one ({@link
 * #finishInstant(int)}), which is what MS Project does.
 *
 * <p>Instants are given as LocalDateTime or as "epoch minutes" (minutes since 1970-01-01T00:00,
 * no time zone). Build one with {@link #builder(String)} or take {@link #standard()}.
 */
public final class WorkCalendar {

    /** Minutes in a calendar day. */
    static final int DAY = 1440;

    private final String name;
    private final int minutesPerDay;
    private final long firstDay; // epoch day of the first day of the window
    private final int dayCount;
    private final short[] dayShape; // per day: index into shapes
    private final int[] cumulative; // per day: working minutes before that day; length dayCount + 1
    private final int[][] shapes; // per shape: [start0, end0, start1, end1, ...] minutes of day
    private final int[] blockDay; // per block of 2^BLOCK_SHIFT ordinals: the day its first minute is on
    private static final int BLOCK_SHIFT = 9;

    WorkCalendar(String name, int minutesPerDay, long firstDay, short[] dayShape, int[][] shapes) {
        this.name = name;
        this.minutesPerDay = minutesPerDay;
        this.firstDay = firstDay;
        this.dayCount = dayShape.length;
        this.dayShape = dayShape;
        this.shapes = shapes;
        this.cumulative = new int[dayCount + 1];
        int[] shapeTotal = new int[shapes.length];
        for (int s = 0; s < shapes.length; s++) {
            for (int k = 0; k < shapes[s].length; k += 2) {
                shapeTotal[s] += shapes[s][k + 1] - shapes[s][k];
            }
        }
        long total = 0;
        for (int d = 0; d < dayCount; d++) {
            cumulative[d] = (int) total;
            total += shapeTotal[dayShape[d]];
        }
        if (total > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("calendar window holds too many working minutes");
        }
        cumulative[dayCount] = (int) total;
        blockDay = new int[(int) (total >> BLOCK_SHIFT) + 1];
        int d = 0;
        for (int b = 0; b < blockDay.length; b++) {
            int ordinal = b << BLOCK_SHIFT;
            while (d < dayCount && cumulative[d + 1] <= ordinal) {
                d++;
            }
            blockDay[b] = d;
        }
    }

    /**
     * The workspace default calendar: Monday to Friday 08:00–12:00 and 13:00–17:00, no holidays,
     * 480 working minutes per day.
     */
    public static WorkCalendar standard() {
        return StandardHolder.STANDARD;
    }

    /**
     * Calendar time: every minute of every day works (for elapsed durations, MS Project's "edays").
     * A day of duration is 1440 minutes.
     */
    public static WorkCalendar elapsed() {
        return ElapsedHolder.ELAPSED;
    }

    private static final class ElapsedHolder {
        static final WorkCalendar ELAPSED = elapsedCalendar();

        private static WorkCalendar elapsedCalendar() {
            WorkCalendarBuilder b = new WorkCalendarBuilder("Elapsed (24/7)");
            for (DayOfWeek d : DayOfWeek.values()) {
                b.workingTimes(d, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
            }
            return b.minutesPerDay(DAY).build();
        }
    }

    /** Starts a calendar with no working time at all; add weekly hours and exceptions. */
    public static WorkCalendarBuilder builder(String name) {
        return new WorkCalendarBuilder(name);
    }

    /** Starts a calendar with the workspace default week (see {@link #standard()}). */
    public static WorkCalendarBuilder standardBuilder(String name) {
        WorkCalendarBuilder b = new WorkCalendarBuilder(name);
        LocalTime[] hours = {LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(13, 0), LocalTime.of(17, 0)};
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
                b.workingTimes(d, hours);
            }
        }
        return b.minutesPerDay(480);
    }

    private static final class StandardHolder {
        static final WorkCalendar STANDARD = standardBuilder("Standard").build();
    }

    /** The calendar's name. */
    public String name() {
        return name;
    }

    /** Working minutes in one "day" of duration on this calendar (480 on the default). */
    public int minutesPerDay() {
        return minutesPerDay;
    }

    /** Converts a LocalDateTime to epoch minutes (minutes since 1970-01-01T00:00). */
    public static long epochMinute(LocalDateTime t) {
        return Math.floorDiv(t.toEpochSecond(ZoneOffset.UTC), 60);
    }

    /** Converts epoch minutes back to a LocalDateTime. */
    public static LocalDateTime dateTime(long epochMinute) {
        return LocalDateTime.ofEpochSecond(epochMinute * 60, 0, ZoneOffset.UTC);
    }

    /**
     * Working minutes of this calendar between the start of its window and {@code epochMinute}.
     * Instants before the window give 0, after it the total.
     */
    public int ordinalAt(long epochMinute) {
        long day = Math.floorDiv(epochMinute, DAY) - firstDay;
        if (day < 0) {
            return 0;
        }
        if (day >= dayCount) {
            return cumulative[dayCount];
        }
        int d = (int) day;
        int minuteOfDay = (int) (epochMinute - (firstDay + d) * DAY);
        int ordinal = cumulative[d];
        int[] shape = shapes[dayShape[d]];
        for (int k = 0; k < shape.length; k += 2) {
            if (minuteOfDay >= shape[k + 1]) {
                ordinal += shape[k + 1] - shape[k];
            } else {
                if (minuteOfDay > shape[k]) {
                    ordinal += minuteOfDay - shape[k];
                }
                break;
            }
        }
        return ordinal;
    }

    /** {@link #ordinalAt(long)} for a LocalDateTime. */
    public int ordinalAt(LocalDateTime t) {
        return ordinalAt(epochMinute(t));
    }

    /**
     * The instant at which working minute number {@code ordinal} begins: where a task that starts
     * at this ordinal starts on the wall clock.
     */
    public long startInstant(int ordinal) {
        int o = clamp(ordinal);
        if (o >= cumulative[dayCount]) {
            return finishInstant(o);
        }
        int d = upperBound(o) - 1; // last day with cumulative[d] <= o, and it has work left
        int rest = o - cumulative[d];
        int[] shape = shapes[dayShape[d]];
        for (int k = 0; k < shape.length; k += 2) {
            int length = shape[k + 1] - shape[k];
            if (rest < length) {
                return (firstDay + d) * DAY + shape[k] + rest;
            }
            rest -= length;
        }
        throw new IllegalStateException("calendar table inconsistent at ordinal " + ordinal);
    }

    /**
     * The instant at which {@code ordinal} working minutes have elapsed, at the end of the last
     * one: where a task that finishes at this ordinal finishes on the wall clock.
     */
    public long finishInstant(int ordinal) {
        int o = clamp(ordinal);
        if (o == 0) {
            return startInstant(0);
        }
        int d = lowerBound(o) - 1; // last day with cumulative[d] < o
        int rest = o - cumulative[d];
        int[] shape = shapes[dayShape[d]];
        for (int k = 0; k < shape.length; k += 2) {
            int length = shape[k + 1] - shape[k];
            if (rest <= length) {
                return (firstDay + d) * DAY + shape[k] + rest;
            }
            rest -= length;
        }
        throw new IllegalStateException("calendar table inconsistent at ordinal " + ordinal);
    }

    /** {@link #startInstant(int)} as a LocalDateTime. */
    public LocalDateTime startDateTime(int ordinal) {
        return dateTime(startInstant(ordinal));
    }

    /** {@link #finishInstant(int)} as a LocalDateTime. */
    public LocalDateTime finishDateTime(int ordinal) {
        return dateTime(finishInstant(ordinal));
    }

    /**
     * The finish of work of {@code workingMinutes} starting at {@code start}; a negative amount
     * goes back in time and returns the start of that work.
     */
    public LocalDateTime addWorkingMinutes(LocalDateTime start, int workingMinutes) {
        int o = ordinalAt(start) + workingMinutes;
        return workingMinutes >= 0 ? finishDateTime(o) : startDateTime(o);
    }

    /** Working minutes between two instants (negative when {@code to} is before {@code from}). */
    public int workingMinutesBetween(LocalDateTime from, LocalDateTime to) {
        return ordinalAt(to) - ordinalAt(from);
    }

    /** Whether the minute starting at {@code t} is working time. */
    public boolean isWorking(LocalDateTime t) {
        long m = epochMinute(t);
        return ordinalAt(m + 1) > ordinalAt(m);
    }

    /** First day of the precomputed window. */
    public LocalDate windowStart() {
        return LocalDate.ofEpochDay(firstDay);
    }

    /** Day after the last day of the precomputed window. */
    public LocalDate windowEnd() {
        return LocalDate.ofEpochDay(firstDay + dayCount);
    }

    private int clamp(int ordinal) {
        if (ordinal < 0) {
            return 0;
        }
        return Math.min(ordinal, cumulative[dayCount]);
    }

    /** First index i with cumulative[i] > value: a jump through the block index, then a short walk. */
    private int upperBound(int value) {
        int d = blockDay[value >> BLOCK_SHIFT];
        while (d < dayCount && cumulative[d + 1] <= value) {
            d++;
        }
        return d + 1;
    }

    /** First index i with cumulative[i] >= value (value > 0). */
    private int lowerBound(int value) {
        return upperBound(value - 1);
    }

    @Override
    public String toString() {
        return "WorkCalendar[" + name + ", " + minutesPerDay + " min/day, shapes=" + Arrays.deepToString(shapes) + "]";
    }
}
