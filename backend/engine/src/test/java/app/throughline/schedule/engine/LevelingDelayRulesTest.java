package app.throughline.schedule.engine;

import static app.throughline.schedule.engine.Dates.MONDAY;
import static app.throughline.schedule.engine.Dates.june;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A levelling delay moves a task after what drives it, like extra lag, and can be taken away. */
class LevelingDelayRulesTest {

    private static final int DAY = 480;

    @Test
    void shouldAddTheDelayAfterTheDrivingPredecessorAndNameIt() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int design = b.addTask(2 * DAY); // Mon 2 .. Tue 3
        int build = b.addTask(2 * DAY);
        int link = b.addDependency(design, build, DependencyType.FS, 0);
        b.levelingDelay(build, DAY); // Thu 5 .. Fri 6 instead of Wed 4 .. Thu 5

        ScheduleResult r = CriticalPathScheduler.schedule(b.build());

        assertEquals(june(5, 8), r.earlyStart(build));
        assertEquals(june(6, 17), r.earlyFinish(build));
        assertEquals(new Driver(DriverKind.LEVELING_DELAY, link, -1), r.driver(build));
        assertEquals(DAY, r.appliedLevelingDelay(build));
        assertEquals(0, r.totalFloat(design), "the delay holds the predecessor back like lag");
        assertEquals(0, r.freeFloat(design));
        assertArrayEquals(new int[] {design, build}, r.drivingPath());
    }

    @Test
    void shouldTakeTheDelayFromFloatOfAParallelTask() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int side = b.addTask(2 * DAY);
        b.addTask(5 * DAY); // Mon 2 .. Fri 6
        b.levelingDelay(side, DAY);

        ScheduleResult r = CriticalPathScheduler.schedule(b.build());

        assertEquals(june(3, 8), r.earlyStart(side));
        assertEquals(new Driver(DriverKind.LEVELING_DELAY, -1, -1), r.driver(side));
        assertEquals(2 * DAY, r.totalFloat(side)); // 3 days without the delay
    }

    @Test
    void shouldCountTheDelayFromTheStatusDateForUnstartedWork() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        b.statusDate(june(4, 0)); // Wednesday
        int task = b.addTask(DAY);
        b.levelingDelay(task, DAY);

        ScheduleResult r = CriticalPathScheduler.schedule(b.build());

        assertEquals(june(5, 8), r.earlyStart(task));
    }

    @Test
    void shouldIgnoreTheDelayOnceTheTaskHasStarted() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int task = b.addTask(2 * DAY);
        b.actualStart(task, MONDAY);
        b.levelingDelay(task, 3 * DAY);

        ScheduleResult r = CriticalPathScheduler.schedule(b.build());

        assertEquals(MONDAY, r.earlyStart(task));
        assertEquals(0, r.appliedLevelingDelay(task));
        assertEquals(DriverKind.ACTUAL, r.driver(task).kind());
    }

    @Test
    void shouldAddTheDelayAfterAStartNoEarlierThanConstraint() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int task = b.addTask(DAY);
        b.levelingDelay(task, DAY);
        b.constraint(task, ConstraintType.SNET, june(4, 8));

        ScheduleResult r = CriticalPathScheduler.schedule(b.build());

        assertEquals(june(5, 8), r.earlyStart(task));
        assertEquals(new Driver(DriverKind.LEVELING_DELAY, -1, -1), r.driver(task));
    }

    @Test
    void shouldKeepAMustStartOnDate() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int task = b.addTask(DAY);
        b.levelingDelay(task, DAY);
        b.constraint(task, ConstraintType.MSO, june(4, 8));

        ScheduleResult r = CriticalPathScheduler.schedule(b.build());

        assertEquals(june(4, 8), r.earlyStart(task));
        assertEquals(DriverKind.CONSTRAINT, r.driver(task).kind());
    }

    @Test
    void shouldRestoreTheScheduleExactlyWhenTheDelayIsCleared() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(2 * DAY);
        int c = b.addTask(3 * DAY);
        b.addDependency(a, c, DependencyType.FS, 0);
        ScheduleInput plain = b.build();
        ScheduleResult before = CriticalPathScheduler.schedule(plain);

        ScheduleInputBuilder delayed = plain.toBuilder();
        delayed.levelingDelay(c, 2 * DAY);
        ScheduleInput withDelay = delayed.build();
        ScheduleResult levelled = CriticalPathScheduler.schedule(withDelay);
        ScheduleResult cleared = CriticalPathScheduler.schedule(
                withDelay.toBuilder().levelingDelay(c, 0).build());

        assertEquals(june(10, 17), levelled.earlyFinish(c)); // Fri 6, Mon 9, Tue 10
        for (int t = 0; t < 2; t++) {
            assertEquals(before.earlyStart(t), cleared.earlyStart(t));
            assertEquals(before.lateFinish(t), cleared.lateFinish(t));
            assertEquals(before.totalFloat(t), cleared.totalFloat(t));
            assertEquals(before.driver(t), cleared.driver(t));
        }
    }
}
