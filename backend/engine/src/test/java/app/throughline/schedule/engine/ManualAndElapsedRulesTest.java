package app.throughline.schedule.engine;

import static app.throughline.schedule.engine.Dates.MONDAY;
import static app.throughline.schedule.engine.Dates.june;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Manually scheduled tasks, elapsed (24/7) durations and minute-exact durations, each checked by
 * hand on the default calendar (Mon-Fri 08:00-12:00, 13:00-17:00); the project starts Monday 2
 * June 2025 08:00.
 */
class ManualAndElapsedRulesTest {

    private static final int DAY = 480;

    @Test
    void shouldKeepManualStartEvenWhenPredecessorFinishesLater() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(3 * DAY); // Mon..Wed
        int m = b.addTask(DAY);
        b.addDependency(a, m, DependencyType.FS, 0);
        b.manuallyScheduled(m, june(3, 8)); // Tuesday, although A ends on Wednesday
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(3, 8), r.earlyStart(m));
        assertEquals(june(3, 17), r.earlyFinish(m));
        assertTrue(b.build().isManuallyScheduled(m));
    }

    @Test
    void shouldKeepManualStartLaterThanPredecessorsAllow() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int m = b.addTask(2 * DAY);
        b.manuallyScheduled(m, june(11, 13)); // Wednesday afternoon
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(11, 13), r.earlyStart(m));
        assertEquals(june(13, 12), r.earlyFinish(m)); // 4 h Wed + 8 h Thu + 4 h Fri
    }

    @Test
    void shouldMakeSuccessorsFollowManualTask() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int m = b.addTask(DAY);
        int s = b.addTask(DAY);
        b.addDependency(m, s, DependencyType.FS, 0);
        b.manuallyScheduled(m, june(5, 8)); // Thursday
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(6, 8), r.earlyStart(s));
        assertEquals(june(6, 17), r.earlyFinish(s));
    }

    @Test
    void shouldIgnoreConstraintOfManualTask() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int m = b.addTask(DAY);
        b.constraint(m, ConstraintType.SNET, june(10, 8));
        b.manuallyScheduled(m, june(4, 8));
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(4, 8), r.earlyStart(m));
    }

    @Test
    void shouldMakeTaskAutomaticAgainWhenManualStartIsCleared() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int m = b.addTask(DAY);
        b.manuallyScheduled(m, june(4, 8)).manuallyScheduled(m, null);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(2, 8), r.earlyStart(m));
        assertFalse(b.build().isManuallyScheduled(m));
    }

    @Test
    void shouldRunElapsedDurationThroughNightsAndWeekend() {
        ScheduleInputBuilder b = ScheduleInput.builder(june(6, 8)); // Friday 08:00
        int e = b.addTask(0);
        b.elapsedDuration(e, 2 * 1440); // 2 edays: to Sunday 08:00
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(6, 8), r.earlyStart(e));
        assertEquals(june(8, 8), r.earlyFinish(e));
    }

    @Test
    void shouldStartWorkingSuccessorOfElapsedTaskAtNextWorkingMinute() {
        ScheduleInputBuilder b = ScheduleInput.builder(june(6, 8)); // Friday 08:00
        int e = b.addTask(0);
        b.elapsedDuration(e, 1440); // to Saturday 08:00
        int s = b.addTask(DAY);
        b.addDependency(e, s, DependencyType.FS, 0);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(7, 8), r.earlyFinish(e));
        assertEquals(june(9, 8), r.earlyStart(s)); // Monday
        assertEquals(june(9, 17), r.earlyFinish(s));
    }

    @Test
    void shouldShareOneElapsedCalendarBetweenTasks() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int x = b.addTask(0);
        int y = b.addTask(0);
        b.elapsedDuration(x, 60).elapsedDuration(y, 90);
        ScheduleInput in = b.build();
        assertEquals(WorkCalendar.elapsed(), in.calendarOf(x));
        assertEquals(in.calendarOf(x), in.calendarOf(y));
        assertEquals(1440, WorkCalendar.elapsed().minutesPerDay());
    }

    @Test
    void shouldScheduleThirtyMinuteTaskToTheMinute() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(30);
        int s = b.addTask(45);
        b.addDependency(a, s, DependencyType.FS, 15);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(2, 8, 30), r.earlyFinish(a));
        assertEquals(june(2, 8, 45), r.earlyStart(s));
        assertEquals(june(2, 9, 30), r.earlyFinish(s));
    }

    @Test
    void shouldFinishFullDayTaskAtFiveInTheAfternoonOfItsLastDay() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(5 * DAY);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(6, 17), r.earlyFinish(a)); // Friday 17:00, not Monday 08:00
        assertEquals(june(6, 17), r.finish(a));
    }
}
