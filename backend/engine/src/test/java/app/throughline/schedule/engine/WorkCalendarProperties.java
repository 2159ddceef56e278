package app.throughline.schedule.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The calendar's tables against a naive minute-by-minute walk, on random calendars. */
class WorkCalendarProperties {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);

    /** Random weekly hours (0–3 periods a day) and random holidays and special days in 2025. */
    private static WorkCalendar randomCalendar(long seed, boolean[][] minutesByDay) {
        Random random = new Random(seed);
        WorkCalendarBuilder b = WorkCalendar.builder("random");
        boolean[][] week = new boolean[7][];
        for (DayOfWeek day : DayOfWeek.values()) {
            LocalTime[] hours = randomHours(random);
            b.workingTimes(day, hours);
            week[day.getValue() - 1] = mask(hours);
        }
        for (int d = 0; d < minutesByDay.length; d++) {
            minutesByDay[d] = week[FROM.plusDays(d).getDayOfWeek().getValue() - 1];
        }
        for (int x = 0; x < 6; x++) {
            int d = random.nextInt(minutesByDay.length - 5);
            int length = 1 + random.nextInt(4);
            LocalTime[] hours = random.nextBoolean() ? new LocalTime[0] : randomHours(random);
            b.workingTimes(FROM.plusDays(d), FROM.plusDays(d + length - 1), hours);
            for (int k = d; k < d + length; k++) {
                minutesByDay[k] = mask(hours);
            }
        }
        return b.build();
    }

    private static LocalTime[] randomHours(Random random) {
        int periods = random.nextInt(4);
        LocalTime[] hours = new LocalTime[periods * 2];
        int minute = random.nextInt(300);
        for (int p = 0; p < periods; p++) {
            int start = minute + random.nextInt(120);
            int end = Math.min(1440, start + 1 + random.nextInt(300));
            if (start >= 1439) {
                return java.util.Arrays.copyOf(hours, p * 2);
            }
            hours[2 * p] = LocalTime.MIN.plusMinutes(start);
            hours[2 * p + 1] = end == 1440 ? LocalTime.MIDNIGHT : LocalTime.MIN.plusMinutes(end);
            minute = end;
            if (end == 1440) {
                return java.util.Arrays.copyOf(hours, p * 2 + 2);
            }
        }
        return hours;
    }

    private static boolean[] mask(LocalTime[] hours) {
        boolean[] working = new boolean[1440];
        for (int k = 0; k < hours.length; k += 2) {
            int from = hours[k].toSecondOfDay() / 60;
            int to = hours[k + 1].equals(LocalTime.MIDNIGHT) ? 1440 : hours[k + 1].toSecondOfDay() / 60;
            for (int m = from; m < to; m++) {
                working[m] = true;
            }
        }
        return working;
    }

    @Property(tries = 60)
    void ordinalsCountWorkingMinutesAndMapBackToWorkingTime(
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int firstDay) {
        boolean[][] minutes = new boolean[60][];
        WorkCalendar c = randomCalendar(seed, minutes);
        LocalDateTime origin = FROM.atStartOfDay();
        int base = c.ordinalAt(origin);
        int counted = 0;
        for (int d = 0; d < firstDay + 10; d++) {
            for (int m = 0; m < 1440; m++) {
                if (d >= firstDay && m % 7 == 0) {
                    LocalDateTime t = origin.plusDays(d).plusMinutes(m);
                    assertEquals(base + counted, c.ordinalAt(t), "ordinal at " + t);
                }
                if (minutes[d][m]) {
                    counted++;
                    int o = base + counted - 1; // the working minute that begins here
                    if (d >= firstDay && o % 5 == 0) {
                        LocalDateTime begin = origin.plusDays(d).plusMinutes(m);
                        assertEquals(begin, c.startDateTime(o));
                        assertEquals(begin.plusMinutes(1), c.finishDateTime(o + 1));
                        assertTrue(c.isWorking(begin));
                    }
                }
            }
        }
    }
}
