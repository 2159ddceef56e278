package app.throughline.schedule.engine;

import static app.throughline.schedule.engine.Dates.MONDAY;
import static app.throughline.schedule.engine.Dates.june;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ProgressRulesTest {

    private static final int DAY = 480;

    @Test
    void shouldFixStartedTaskAtItsActualStart() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int p = b.addTask(2 * DAY);
        int t = b.addTask(4 * DAY);
        b.addDependency(p, t, DependencyType.FS, 0);
        b.actualStart(t, june(2, 10)).percentComplete(t, 25);
        b.remainingWorkFromStatusDate(false);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(2, 10), r.earlyStart(t));
        assertEquals(june(6, 10), r.earlyFinish(t));
        assertEquals(DriverKind.ACTUAL, r.driver(t).kind());
    }

    @Test
    void shouldScheduleRemainingWorkFromStatusDate() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int t = b.addTask(4 * DAY);
        b.actualStart(t, MONDAY).percentComplete(t, 25);
        b.statusDate(june(4, 8));
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(MONDAY, r.earlyStart(t));
        assertEquals(june(6, 17), r.earlyFinish(t)); // 3 days left, from Wednesday
    }

    @Test
    void shouldNotScheduleUnstartedWorkBeforeStatusDate() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int t = b.addTask(DAY);
        b.statusDate(june(4, 8));
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(4, 8), r.earlyStart(t));
        assertEquals(DriverKind.STATUS_DATE, r.driver(t).kind());
    }

    @Test
    void shouldLetSuccessorFollowActualFinishOfCompletedTask() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(2 * DAY);
        int s = b.addTask(DAY);
        b.addDependency(a, s, DependencyType.FS, 0);
        b.actualStart(a, MONDAY).actualFinish(a, june(2, 12)).percentComplete(a, 100);
        b.statusDate(june(2, 12));
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(2, 12), r.earlyFinish(a));
        assertEquals(june(2, 13), r.earlyStart(s));
        assertFalse(r.isCritical(a));
        assertEquals(0, r.totalFloat(a));
    }

    @Test
    void shouldHoldPredecessorsBackOnlyByRemainingWorkOfTaskInProgress() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int p = b.addTask(DAY);
        int t = b.addTask(2 * DAY);
        b.addDependency(p, t, DependencyType.FS, 0);
        b.actualStart(t, MONDAY).percentComplete(t, 50);
        b.remainingWorkFromStatusDate(false);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(3, 17), r.earlyFinish(t));
        assertEquals(june(2, 17), r.lateFinish(p)); // by the time t's remaining day begins
        assertEquals(MONDAY, r.lateStart(t)); // shown as its actual start
        assertEquals(0, r.totalFloat(p));
    }

    @Test
    void shouldTreatProgressWithoutActualStartAsStartedWhenPlanned() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int t = b.addTask(4 * DAY);
        b.percentComplete(t, 50);
        b.statusDate(june(4, 8));
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(MONDAY, r.earlyStart(t));
        assertEquals(june(5, 17), r.earlyFinish(t)); // 2 days done, 2 days left from the status date
    }

    @Test
    void shouldRefuseProjectStartOutsideTheCalendarWindow() {
        ScheduleInputBuilder b = ScheduleInput.builder(java.time.LocalDateTime.of(1900, 1, 1, 8, 0));
        b.addTask(DAY);
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> CriticalPathScheduler.schedule(b.build()));
    }
}
