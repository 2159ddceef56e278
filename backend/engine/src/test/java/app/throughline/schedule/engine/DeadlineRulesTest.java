package app.throughline.schedule.engine;

import static app.throughline.schedule.engine.Dates.MONDAY;
import static app.throughline.schedule.engine.Dates.june;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlineRulesTest {

    private static final int DAY = 480;

    @Test
    void shouldReportNegativeFloatWithoutMovingWorkWhenDeadlineIsMissed() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(3 * DAY); // ends Wednesday
        b.deadline(a, LocalDate.of(2025, 6, 3));
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(4, 17), r.earlyFinish(a));
        assertEquals(-DAY, r.totalFloat(a));
        assertTrue(r.isCritical(a));
    }

    @Test
    void shouldPassNegativeFloatOfMissedDeadlineToPredecessors() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int p = b.addTask(2 * DAY);
        int a = b.addTask(2 * DAY);
        b.addDependency(p, a, DependencyType.FS, 0);
        b.deadline(a, june(4, 17));
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(-DAY, r.totalFloat(p));
        assertEquals(-DAY, r.totalFloat(a));
    }

    @Test
    void shouldReduceFloatOfNonCriticalTaskToItsDeadline() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(DAY);
        b.addTask(5 * DAY);
        b.deadline(a, june(3, 17));
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(DAY, r.totalFloat(a));
        assertEquals(june(3, 17), r.lateFinish(a));
    }

    @Test
    void shouldNotGiveMoreFloatThanTheProjectFinishForALaterDeadline() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(2 * DAY);
        b.deadline(a, june(20, 17));
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(0, r.totalFloat(a));
    }

    @Test
    void shouldApplyDeadlineOfSummaryToItsChildren() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int s = b.addTask(0);
        int a = b.addTask(2 * DAY);
        b.parent(a, s);
        b.deadline(s, june(2, 17));
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(-DAY, r.totalFloat(a));
        assertEquals(-DAY, r.totalFloat(s));
    }
}
