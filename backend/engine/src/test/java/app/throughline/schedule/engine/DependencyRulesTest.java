package app.throughline.schedule.engine;

import static app.throughline.schedule.engine.Dates.MONDAY;
import static app.throughline.schedule.engine.Dates.june;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One rule per test, on the default calendar; the project starts Monday 2 June 2025 08:00. */
class DependencyRulesTest {

    private static final int HOUR = 60;
    private static final int DAY = 480;

    @Test
    void shouldStartSuccessorWhenPredecessorFinishesForFinishToStart() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(2 * DAY);
        int s = b.addTask(DAY);
        int d = b.addDependency(a, s, DependencyType.FS, 0);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(3, 17), r.earlyFinish(a));
        assertEquals(june(4, 8), r.earlyStart(s));
        assertEquals(new Driver(DriverKind.DEPENDENCY, d, -1), r.driver(s));
    }

    @Test
    void shouldDelaySuccessorByLagAcrossWeekendForFinishToStart() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(4 * DAY); // Mon..Thu
        int s = b.addTask(DAY);
        b.addDependency(a, s, DependencyType.FS, 2 * DAY); // Fri and Mon
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(10, 8), r.earlyStart(s));
    }

    @Test
    void shouldOverlapSuccessorByLeadForFinishToStart() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(4 * DAY);
        int s = b.addTask(DAY);
        b.addDependency(a, s, DependencyType.FS, -DAY);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(5, 8), r.earlyStart(s));
    }

    @Test
    void shouldSkipHolidayInLagForFinishToStart() {
        WorkCalendar withHoliday = WorkCalendar.standardBuilder("holiday on Friday")
                .nonWorking(LocalDate.of(2025, 6, 6), LocalDate.of(2025, 6, 6))
                .build();
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY, withHoliday);
        int a = b.addTask(4 * DAY);
        int s = b.addTask(DAY);
        b.addDependency(a, s, DependencyType.FS, DAY);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(10, 8), r.earlyStart(s));
    }

    @Test
    void shouldStartAfterLunchWhenLagEndsAtNoonForStartToStart() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(2 * DAY);
        int s = b.addTask(DAY);
        b.addDependency(a, s, DependencyType.SS, 4 * HOUR);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(2, 13), r.earlyStart(s));
        assertEquals(june(3, 12), r.earlyFinish(s));
    }

    @Test
    void shouldStartSuccessorBeforePredecessorWithLeadForStartToStart() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(DAY);
        b.constraint(a, ConstraintType.SNET, june(4, 8));
        int s = b.addTask(DAY);
        b.addDependency(a, s, DependencyType.SS, -DAY);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(3, 8), r.earlyStart(s));
    }

    @Test
    void shouldFinishSuccessorAfterPredecessorFinishPlusLagForFinishToFinish() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(2 * DAY); // ends Tue 17:00
        int s = b.addTask(DAY);
        b.addDependency(a, s, DependencyType.FF, DAY);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(4, 17), r.earlyFinish(s));
        assertEquals(june(4, 8), r.earlyStart(s));
    }

    @Test
    void shouldFinishSuccessorBeforePredecessorWithLeadForFinishToFinish() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(3 * DAY); // ends Wed 17:00
        int s = b.addTask(DAY);
        b.addDependency(a, s, DependencyType.FF, -4 * HOUR);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(4, 12), r.earlyFinish(s));
        assertEquals(june(3, 13), r.earlyStart(s));
    }

    @Test
    void shouldFinishSuccessorWhenPredecessorStartsForStartToFinish() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(DAY);
        b.constraint(a, ConstraintType.SNET, june(4, 8));
        int s = b.addTask(DAY);
        b.addDependency(a, s, DependencyType.SF, 0);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(3, 17), r.earlyFinish(s));
        assertEquals(june(3, 8), r.earlyStart(s));
    }

    @Test
    void shouldShiftFinishByLagForStartToFinish() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(DAY);
        b.constraint(a, ConstraintType.SNET, june(4, 8));
        int s = b.addTask(DAY);
        b.addDependency(a, s, DependencyType.SF, 2 * HOUR);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(4, 10), r.earlyFinish(s));
        assertEquals(june(3, 10), r.earlyStart(s));
    }

    @Test
    void shouldNotStartBeforeProjectStartWhenLeadReachesBackForStartToFinish() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(DAY);
        int s = b.addTask(DAY);
        b.addDependency(a, s, DependencyType.SF, -DAY);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(MONDAY, r.earlyStart(s));
        assertEquals(DriverKind.PROJECT_START, r.driver(s).kind());
    }

    @Test
    void shouldTakeLatestOfSeveralPredecessors() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int shortOne = b.addTask(DAY);
        int longOne = b.addTask(3 * DAY);
        int s = b.addTask(DAY);
        b.addDependency(shortOne, s, DependencyType.FS, 0);
        int driving = b.addDependency(longOne, s, DependencyType.FS, 0);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(5, 8), r.earlyStart(s));
        assertEquals(driving, r.driver(s).dependency());
        assertEquals(2 * DAY, r.freeFloat(shortOne));
        assertEquals(2 * DAY, r.totalFloat(shortOne));
    }

    @Test
    void shouldComputePercentLagFromPredecessorDuration() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(4 * DAY);
        int s = b.addTask(DAY);
        b.addDependencyWithPercentLag(a, s, DependencyType.FS, -50);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(4, 8), r.earlyStart(s));
    }

    @Test
    void shouldApplyLagOnSuccessorCalendar() {
        WorkCalendar sixDays = WorkCalendar.standardBuilder("six days")
                .workingTimes(
                        java.time.DayOfWeek.SATURDAY,
                        java.time.LocalTime.of(8, 0),
                        java.time.LocalTime.of(12, 0),
                        java.time.LocalTime.of(13, 0),
                        java.time.LocalTime.of(17, 0))
                .build();
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int saturdays = b.addCalendar(sixDays);
        int a = b.addTask(4 * DAY); // Mon..Thu on the default calendar
        int s = b.addTask(DAY);
        b.calendar(s, saturdays);
        b.addDependency(a, s, DependencyType.FS, 2 * DAY); // Fri and Sat of the successor's calendar
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(9, 8), r.earlyStart(s));
    }
}
