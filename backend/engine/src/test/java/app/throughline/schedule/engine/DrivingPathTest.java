package app.throughline.schedule.engine;

import static app.throughline.schedule.engine.Dates.MONDAY;
import static app.throughline.schedule.engine.Dates.june;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The driving path explains the finish; negative float elsewhere only flags those tasks. */
class DrivingPathTest {

    private static final int DAY = 480;

    @Test
    void shouldFollowTheChainThatSetsTheFinishNotTheChainMadeNegativeByADeadline() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a1 = b.addTask(3 * DAY); // Mon 2 .. Wed 4
        int a2 = b.addTask(4 * DAY); // Thu 5 .. Tue 10: the finish
        b.addDependency(a1, a2, DependencyType.FS, 0);
        int b1 = b.addTask(2 * DAY); // Mon 2 .. Tue 3
        int b2 = b.addTask(2 * DAY); // Wed 4 .. Thu 5, due Tue 3: two days late
        b.addDependency(b1, b2, DependencyType.FS, 0);
        b.deadline(b2, LocalDate.of(2025, 6, 3));

        ScheduleResult r = CriticalPathScheduler.schedule(b.build());

        assertEquals(june(10, 17), r.projectFinish());
        assertArrayEquals(new int[] {a1, a2}, r.drivingPath());
        assertArrayEquals(new int[] {a1, a2}, r.criticalPath());
        assertEquals(-2 * DAY, r.totalFloat(b2));
        assertEquals(-2 * DAY, r.totalFloat(b1));
        assertTrue(r.isCritical(b1) && r.isCritical(b2), "late against the deadline: still flagged");
        assertEquals(0, r.totalFloat(a1));
    }

    @Test
    void shouldIncludeEveryChainThatFinishesLastLeastFloatFirst() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a1 = b.addTask(2 * DAY);
        int a2 = b.addTask(3 * DAY); // Wed 4 .. Fri 6
        b.addDependency(a1, a2, DependencyType.FS, 0);
        int c1 = b.addTask(DAY);
        int c2 = b.addTask(4 * DAY); // Tue 3 .. Fri 6, due Thu 5
        b.addDependency(c1, c2, DependencyType.FS, 0);
        b.deadline(c2, LocalDate.of(2025, 6, 5));

        ScheduleResult r = CriticalPathScheduler.schedule(b.build());

        assertArrayEquals(new int[] {c1, c2, a1, a2}, r.drivingPath());
        assertArrayEquals(new int[] {c1, c2}, r.criticalPath(), "the classic path is the first chain");
    }

    @Test
    void shouldWalkIntoTheSummaryChildThatDrivesTheSuccessor() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int phase = b.addTask(0);
        int early = b.addTask(DAY);
        int late = b.addTask(3 * DAY);
        b.parent(early, phase);
        b.parent(late, phase);
        int launch = b.addTask(DAY);
        b.addDependency(phase, launch, DependencyType.FS, 0);

        ScheduleResult r = CriticalPathScheduler.schedule(b.build());

        assertArrayEquals(new int[] {late, launch}, r.drivingPath());
    }
}
