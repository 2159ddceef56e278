package app.throughline.schedule.engine;

import static app.throughline.schedule.engine.Dates.MONDAY;
import static app.throughline.schedule.engine.Dates.june;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Elapsed lags (MS Project's "edays"): calendar time counted around the clock from the
 * predecessor's date. Hand-checked on the default calendar (Mon-Fri 08:00-12:00, 13:00-17:00); the
 * project starts Monday 2 June 2025 08:00.
 */
class ElapsedLagRulesTest {

    private static final int DAY = 480;
    private static final int EDAY = 1440;

    @Test
    void shouldCountElapsedFinishToStartLagThroughTheWeekend() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(5 * DAY); // Mon..Fri 17:00
        int s = b.addTask(DAY);
        int d = b.addDependencyWithElapsedLag(a, s, DependencyType.FS, 3 * EDAY); // to Monday 17:00
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(10, 8), r.earlyStart(s)); // Tuesday: the next working minute
        assertEquals(june(10, 17), r.earlyFinish(s));
        assertTrue(b.build().isLagElapsed(d));
    }

    @Test
    void shouldStartAtNextWorkingMinuteAfterAnOvernightElapsedLag() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(DAY); // Monday 17:00
        int s = b.addTask(DAY);
        b.addDependencyWithElapsedLag(a, s, DependencyType.FS, 12 * 60); // Tuesday 05:00
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(3, 8), r.earlyStart(s));
    }

    @Test
    void shouldCountElapsedStartToStartLagFromThePredecessorsStart() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(3 * DAY);
        int s = b.addTask(DAY);
        b.addDependencyWithElapsedLag(a, s, DependencyType.SS, 26 * 60); // Monday 08:00 + 26 h = Tuesday 10:00
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(3, 10), r.earlyStart(s));
        assertEquals(june(4, 10), r.earlyFinish(s)); // 2 h Tue morning, 4 h afternoon, 2 h Wed
    }

    @Test
    void shouldCountElapsedFinishToFinishLagFromThePredecessorsFinish() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(DAY); // Monday 17:00
        int s = b.addTask(DAY);
        b.addDependencyWithElapsedLag(a, s, DependencyType.FF, EDAY); // finish no earlier than Tuesday 17:00
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(3, 17), r.earlyFinish(s));
        assertEquals(june(3, 8), r.earlyStart(s));
    }

    @Test
    void shouldGiveLateDatesAndFloatThroughAnElapsedLag() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(DAY); // Monday
        int s = b.addTask(DAY); // after Tuesday 17:00: Wednesday
        int c = b.addTask(5 * DAY); // Mon..Fri: sets the project finish
        b.addDependencyWithElapsedLag(a, s, DependencyType.FS, EDAY);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(4, 8), r.earlyStart(s));
        assertEquals(june(6, 17), r.lateFinish(s));
        assertEquals(2 * DAY, r.totalFloat(s));
        // S may start Friday 08:00 at the latest; 24 h before is Thursday 08:00, so A may finish Wednesday 17:00
        assertEquals(june(4, 17), r.lateFinish(a));
        assertEquals(2 * DAY, r.totalFloat(a));
        assertEquals(0, r.freeFloat(a)); // S starts Wednesday 08:00 = A's finish + 24 h at the next working minute
        assertFalse(r.isCritical(a));
        assertTrue(r.isCritical(c));
    }

    @Test
    void shouldCountLagInWorkingTimeAgainAfterItIsChanged() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(5 * DAY);
        int s = b.addTask(DAY);
        int d = b.addDependencyWithElapsedLag(a, s, DependencyType.FS, 3 * EDAY);
        b.lag(d, 3 * DAY); // three working days: Mon, Tue, Wed
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(12, 8), r.earlyStart(s));
        assertFalse(b.build().isLagElapsed(d));
    }
}
