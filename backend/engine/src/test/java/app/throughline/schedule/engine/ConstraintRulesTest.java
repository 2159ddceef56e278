package app.throughline.schedule.engine;

import static app.throughline.schedule.engine.Dates.MONDAY;
import static app.throughline.schedule.engine.Dates.june;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Each constraint on task T (1 day) whose predecessor P (2 days, Mon–Tue) would let it start on
 * Wednesday 4 June; a second chain (5 days) keeps the project open until Friday 6 June 17:00.
 */
class ConstraintRulesTest {

    private static final int DAY = 480;

    private record Net(ScheduleResult result, int predecessor, int task) {}

    private static Net schedule(ConstraintType type, LocalDateTime date) {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int p = b.addTask(2 * DAY);
        int t = b.addTask(DAY);
        b.addDependency(p, t, DependencyType.FS, 0);
        b.addTask(5 * DAY);
        b.constraint(t, type, date);
        return new Net(CriticalPathScheduler.schedule(b.build()), p, t);
    }

    @Test
    void shouldDelayTaskToDateForStartNoEarlierThan() {
        Net n = schedule(ConstraintType.SNET, june(6, 8));
        assertEquals(june(6, 8), n.result.earlyStart(n.task));
        assertEquals(DriverKind.CONSTRAINT, n.result.driver(n.task).kind());
        assertFalse(n.result.hasConstraintConflict(n.task));
    }

    @Test
    void shouldLetDependencyWinOverEarlierStartNoEarlierThan() {
        Net n = schedule(ConstraintType.SNET, june(3, 8));
        assertEquals(june(4, 8), n.result.earlyStart(n.task));
        assertEquals(DriverKind.DEPENDENCY, n.result.driver(n.task).kind());
    }

    @Test
    void shouldLimitLateStartForStartNoLaterThan() {
        Net n = schedule(ConstraintType.SNLT, june(5, 8));
        assertEquals(june(4, 8), n.result.earlyStart(n.task));
        assertEquals(june(5, 8), n.result.lateStart(n.task));
        assertEquals(DAY, n.result.totalFloat(n.task));
    }

    @Test
    void shouldKeepConstraintAndReportNegativeFloatWhenStartNoLaterThanContradictsDependency() {
        Net n = schedule(ConstraintType.SNLT, june(3, 8));
        assertEquals(june(3, 8), n.result.earlyStart(n.task));
        assertTrue(n.result.hasConstraintConflict(n.task));
        assertEquals(-DAY, n.result.totalFloat(n.predecessor));
        assertTrue(n.result.isCritical(n.predecessor));
    }

    @Test
    void shouldDelayFinishToDateForFinishNoEarlierThan() {
        Net n = schedule(ConstraintType.FNET, june(6, 17));
        assertEquals(june(6, 17), n.result.earlyFinish(n.task));
        assertEquals(june(6, 8), n.result.earlyStart(n.task));
    }

    @Test
    void shouldKeepConstraintWhenFinishNoLaterThanContradictsDependency() {
        Net n = schedule(ConstraintType.FNLT, june(3, 17));
        assertEquals(june(3, 17), n.result.earlyFinish(n.task));
        assertTrue(n.result.hasConstraintConflict(n.task));
        assertEquals(-DAY, n.result.totalFloat(n.predecessor));
    }

    @Test
    void shouldLimitLateFinishForFinishNoLaterThan() {
        Net n = schedule(ConstraintType.FNLT, june(5, 17));
        assertEquals(june(5, 17), n.result.lateFinish(n.task));
        assertEquals(DAY, n.result.totalFloat(n.task));
    }

    @Test
    void shouldPinStartAndMakeTaskCriticalForMustStartOn() {
        Net n = schedule(ConstraintType.MSO, june(5, 8));
        assertEquals(june(5, 8), n.result.earlyStart(n.task));
        assertEquals(june(5, 8), n.result.lateStart(n.task));
        assertEquals(0, n.result.totalFloat(n.task));
        assertTrue(n.result.isCritical(n.task));
    }

    @Test
    void shouldKeepMustStartOnEvenBeforeItsPredecessorFinishes() {
        Net n = schedule(ConstraintType.MSO, june(3, 8));
        assertEquals(june(3, 8), n.result.earlyStart(n.task));
        assertTrue(n.result.hasConstraintConflict(n.task));
        assertEquals(-DAY, n.result.totalFloat(n.predecessor));
    }

    @Test
    void shouldPinFinishForMustFinishOn() {
        Net n = schedule(ConstraintType.MFO, june(5, 17));
        assertEquals(june(5, 17), n.result.earlyFinish(n.task));
        assertEquals(june(5, 8), n.result.earlyStart(n.task));
        assertEquals(0, n.result.totalFloat(n.task));
    }

    @Test
    void shouldScheduleAsLateAsPossibleAtLateDates() {
        Net n = schedule(ConstraintType.ALAP, null);
        assertEquals(june(4, 8), n.result.earlyStart(n.task));
        assertEquals(june(6, 8), n.result.start(n.task));
        assertEquals(june(6, 17), n.result.finish(n.task));
    }

    @Test
    void shouldNotDelaySuccessorsOfAsLateAsPossibleTask() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int t = b.addTask(DAY);
        int u = b.addTask(DAY);
        int other = b.addTask(DAY);
        b.addDependency(t, u, DependencyType.FS, 0);
        b.addDependency(other, u, DependencyType.FS, 2 * DAY); // u starts Thursday
        b.addTask(5 * DAY);
        b.constraint(t, ConstraintType.ALAP, (LocalDateTime) null);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(4, 8), r.start(t)); // free float 2 days, total float 3 days
        assertEquals(june(4, 17), r.finish(t));
        assertEquals(june(5, 8), r.start(u));
    }

    @Test
    void shouldPlaceDayConstraintsAtStartAndEndOfTheDay() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int start = b.addTask(DAY);
        int finish = b.addTask(DAY);
        b.constraint(start, ConstraintType.SNET, LocalDate.of(2025, 6, 4));
        b.constraint(finish, ConstraintType.FNET, LocalDate.of(2025, 6, 4));
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(4, 8), r.earlyStart(start));
        assertEquals(june(4, 17), r.earlyFinish(finish));
    }
}
