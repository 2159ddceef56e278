package app.throughline.schedule.engine;

import static app.throughline.schedule.engine.Dates.june;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {

    private final WorkCalendar standard = WorkCalendar.standard();

    @Test
    void shouldCountEightWorkingHoursPerWeekdayOnTheDefaultCalendar() {
        assertEquals(480, standard.workingMinutesBetween(june(2, 8), june(3, 8)));
        assertEquals(5 * 480, standard.workingMinutesBetween(june(2, 0), june(9, 0)));
        assertEquals(480, standard.minutesPerDay());
    }

    @Test
    void shouldSkipLunchBreakWhenAddingWorkingTime() {
        assertEquals(june(2, 14), standard.addWorkingMinutes(june(2, 11), 120));
        assertEquals(june(2, 12), standard.addWorkingMinutes(june(2, 8), 240));
    }

    @Test
    void shouldSkipWeekendWhenAddingWorkingTime() {
        assertEquals(june(9, 9), standard.addWorkingMinutes(june(6, 16), 120));
    }

    @Test
    void shouldGoBackAcrossWeekendWhenSubtractingWorkingTime() {
        assertEquals(june(6, 16), standard.addWorkingMinutes(june(9, 9), -120));
    }

    @Test
    void shouldShowStartsAfterAndFinishesBeforeANonWorkingGap() {
        int noon = standard.ordinalAt(june(2, 12));
        assertEquals(june(2, 13), standard.startDateTime(noon));
        assertEquals(june(2, 12), standard.finishDateTime(noon));
        int weekend = standard.ordinalAt(june(6, 17));
        assertEquals(june(9, 8), standard.startDateTime(weekend));
        assertEquals(june(6, 17), standard.finishDateTime(weekend));
    }

    @Test
    void shouldTreatHolidayAsNonWorking() {
        WorkCalendar c = WorkCalendar.standardBuilder("with holiday")
                .nonWorking(LocalDate.of(2025, 6, 6), LocalDate.of(2025, 6, 6))
                .build();
        assertEquals(june(9, 17), c.addWorkingMinutes(june(5, 17), 480));
        assertFalse(c.isWorking(june(6, 9)));
        assertTrue(c.isWorking(june(5, 9)));
    }

    @Test
    void shouldUseOwnWorkingTimesOfAnException() {
        WorkCalendar c = WorkCalendar.standardBuilder("working saturday")
                .workingTimes(
                        LocalDate.of(2025, 6, 7), LocalDate.of(2025, 6, 7), LocalTime.of(9, 0), LocalTime.of(13, 0))
                .build();
        assertEquals(june(7, 11), c.addWorkingMinutes(june(6, 16), 180));
        assertEquals(4 * 60, c.workingMinutesBetween(june(7, 0), june(8, 0)));
    }

    @Test
    void shouldSupportWorkUntilMidnight() {
        WorkCalendar c = WorkCalendar.builder("nights")
                .workingTimes(DayOfWeek.MONDAY, LocalTime.of(20, 0), LocalTime.MIDNIGHT)
                .build();
        assertEquals(240, c.workingMinutesBetween(june(2, 0), june(3, 0)));
        assertEquals(june(3, 0), c.addWorkingMinutes(june(2, 20), 240));
    }

    @Test
    void shouldConvertFractionalDaysToMinutesOfTheCalendarDay() {
        assertEquals(720, Durations.toMinutes(1.5, standard));
        assertEquals(-240, Durations.toMinutes(-0.5, standard));
        assertEquals(2.0, Durations.toDays(960, standard));
    }
}
