package app.throughline.schedule.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the scheduler on random layered networks (mixed types, lags and leads). */
class ScheduleProperties {

    private static ScheduleInputBuilder network(long seed, int size, boolean mixed) {
        return RandomNetworks.layered(seed, size, 3, mixed, true);
    }

    @Property(tries = 150)
    void everyDependencyIsHonouredByTheEarlyDates(@ForAll long seed, @ForAll @IntRange(min = 1, max = 120) int size) {
        ScheduleInput in = network(seed, size, true).build();
        ScheduleResult r = CriticalPathScheduler.schedule(in);
        WorkCalendar cal = in.projectCalendar();
        for (int d = 0; d < in.dependencyCount(); d++) {
            int p = in.predecessor(d);
            int s = in.successor(d);
            int lag = lagOf(in, d);
            int predecessorDate = switch (in.dependencyType(d)) {
                case FS, FF -> cal.ordinalAt(r.earlyFinish(p));
                case SS, SF -> cal.ordinalAt(r.earlyStart(p));
            };
            int successorDate = switch (in.dependencyType(d)) {
                case FS, SS -> cal.ordinalAt(r.earlyStart(s));
                case FF, SF -> cal.ordinalAt(r.earlyFinish(s));
            };
            assertTrue(successorDate >= predecessorDate + lag, "dependency " + d + " violated");
        }
        for (int t = 0; t < in.taskCount(); t++) {
            assertTrue(!r.earlyStart(t).isBefore(in.projectStart()), "task " + t + " starts before the project");
        }
    }

    @Property(tries = 150)
    void floatIsNeverNegativeWithoutDeadlinesOrConstraints(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 120) int size) {
        ScheduleResult r =
                CriticalPathScheduler.schedule(network(seed, size, true).build());
        for (int t = 0; t < r.taskCount(); t++) {
            assertTrue(r.totalFloat(t) >= 0, "total float of " + t);
            assertTrue(r.freeFloat(t) >= 0, "free float of " + t);
            assertTrue(r.freeFloat(t) <= r.totalFloat(t), "free float above total float for " + t);
            assertTrue(!r.lateStart(t).isBefore(r.earlyStart(t)), "late start before early start for " + t);
        }
    }

    @Property(tries = 150)
    void criticalPathLengthEqualsTheProjectSpan(@ForAll long seed, @ForAll @IntRange(min = 1, max = 120) int size) {
        ScheduleInput in = network(seed, size, true).build();
        ScheduleResult r = CriticalPathScheduler.schedule(in);
        int[] path = r.criticalPath();
        assertTrue(path.length > 0);
        WorkCalendar cal = in.projectCalendar();
        assertEquals(cal.ordinalAt(in.projectStart()), cal.ordinalAt(r.earlyStart(path[0])));
        assertEquals(cal.ordinalAt(r.projectFinish()), cal.ordinalAt(r.earlyFinish(path[path.length - 1])));
        // the path's length, from the input's durations and lags alone, is the project span
        int length = in.duration(path[0]);
        for (int k = 1; k < path.length; k++) {
            Driver driver = r.driver(path[k]);
            assertEquals(DriverKind.DEPENDENCY, driver.kind());
            int d = driver.dependency();
            int p = in.predecessor(d);
            assertEquals(path[k - 1], p);
            int lag = lagOf(in, d);
            length += switch (in.dependencyType(d)) {
                case FS -> lag + in.duration(path[k]);
                case SS -> lag - in.duration(p) + in.duration(path[k]);
                case FF -> lag;
                case SF -> lag - in.duration(p);
            };
        }
        assertEquals(cal.ordinalAt(r.projectFinish()) - cal.ordinalAt(in.projectStart()), length);
        for (int t : path) {
            assertTrue(r.isCritical(t), "task " + t + " on the critical path is not critical");
        }
    }

    @Property(tries = 100)
    void addingDurationWithinFreeFloatKeepsTheFinish(
            @ForAll long seed, @ForAll @IntRange(min = 2, max = 100) int size) {
        ScheduleInputBuilder b = network(seed, size, true);
        ScheduleResult before = CriticalPathScheduler.schedule(b.build());
        for (int t = 0; t < size; t++) {
            int room = Math.min(before.freeFloat(t), before.totalFloat(t));
            if (!before.isCritical(t) && room > 0) {
                ScheduleInputBuilder changed = network(seed, size, true);
                changed.duration(t, before.input().duration(t) + room);
                ScheduleResult after = CriticalPathScheduler.schedule(changed.build());
                assertEquals(before.projectFinish(), after.projectFinish(), "growing task " + t + " by " + room);
                return;
            }
        }
    }

    @Property(tries = 100)
    void shorteningANonCriticalTaskKeepsTheFinish(@ForAll long seed, @ForAll @IntRange(min = 2, max = 100) int size) {
        ScheduleInputBuilder b = network(seed, size, false);
        ScheduleResult before = CriticalPathScheduler.schedule(b.build());
        for (int t = 0; t < size; t++) {
            if (!before.isCritical(t) && before.input().duration(t) > 0) {
                ScheduleInputBuilder changed = network(seed, size, false);
                changed.duration(t, before.input().duration(t) / 2);
                ScheduleResult after = CriticalPathScheduler.schedule(changed.build());
                assertEquals(before.projectFinish(), after.projectFinish(), "shortening task " + t);
                return;
            }
        }
    }

    @Property(tries = 100)
    void aLaterDeadlineChangesNoDateAndNoFloat(@ForAll long seed, @ForAll @IntRange(min = 1, max = 100) int size) {
        ScheduleResult before =
                CriticalPathScheduler.schedule(network(seed, size, true).build());
        ScheduleInputBuilder changed = network(seed, size, true);
        int t = Math.floorMod(seed, size);
        changed.deadline(t, before.lateFinish(t).plusDays(3));
        ScheduleResult after = CriticalPathScheduler.schedule(changed.build());
        for (int k = 0; k < size; k++) {
            assertEquals(before.earlyStart(k), after.earlyStart(k));
            assertEquals(before.totalFloat(k), after.totalFloat(k));
        }
    }

    @Property(tries = 50)
    void schedulingIsDeterministic(@ForAll long seed, @ForAll @IntRange(min = 1, max = 150) int size) {
        ScheduleInput in = network(seed, size, true).build();
        ScheduleResult a = CriticalPathScheduler.schedule(in);
        ScheduleResult b =
                CriticalPathScheduler.schedule(network(seed, size, true).build());
        for (int t = 0; t < size; t++) {
            assertEquals(a.earlyStart(t), b.earlyStart(t));
            assertEquals(a.earlyFinish(t), b.earlyFinish(t));
            assertEquals(a.lateStart(t), b.lateStart(t));
            assertEquals(a.lateFinish(t), b.lateFinish(t));
            assertEquals(a.totalFloat(t), b.totalFloat(t));
            assertEquals(a.freeFloat(t), b.freeFloat(t));
            assertEquals(a.driver(t), b.driver(t));
        }
        assertArrayEquals(a.criticalPath(), b.criticalPath());
        assertEquals(a.projectFinish(), b.projectFinish());
    }

    private static int lagOf(ScheduleInput in, int d) {
        return in.lag(d);
    }

    @Property(tries = 100)
    void summariesSpanTheirChildrenAndHonourTheirDependencies(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 120) int size) {
        ScheduleInput in = RandomNetworks.hierarchical(seed, size, 3).build();
        ScheduleResult r = CriticalPathScheduler.schedule(in);
        WorkCalendar cal = in.projectCalendar();
        int n = in.taskCount();
        int[] minStart = new int[n];
        int[] maxFinish = new int[n];
        java.util.Arrays.fill(minStart, Integer.MAX_VALUE);
        java.util.Arrays.fill(maxFinish, Integer.MIN_VALUE);
        for (int t = 0; t < n; t++) {
            int p = in.parent(t);
            if (p >= 0) {
                minStart[p] = Math.min(minStart[p], cal.ordinalAt(r.earlyStart(t)));
                maxFinish[p] = Math.max(maxFinish[p], cal.ordinalAt(r.earlyFinish(t)));
            }
            assertTrue(r.totalFloat(t) >= 0, "total float of " + t);
        }
        for (int t = 0; t < n; t++) {
            if (r.isSummary(t)) {
                assertEquals(minStart[t], cal.ordinalAt(r.earlyStart(t)), "start of summary " + t);
                assertEquals(maxFinish[t], cal.ordinalAt(r.earlyFinish(t)), "finish of summary " + t);
            }
        }
        for (int d = 0; d < in.dependencyCount(); d++) {
            int p = in.predecessor(d);
            int s = in.successor(d);
            int before = switch (in.dependencyType(d)) {
                case FS, FF -> cal.ordinalAt(r.earlyFinish(p));
                case SS, SF -> cal.ordinalAt(r.earlyStart(p));
            };
            int after = switch (in.dependencyType(d)) {
                case FS, SS -> cal.ordinalAt(r.earlyStart(s));
                case FF, SF -> cal.ordinalAt(r.earlyFinish(s));
            };
            assertTrue(after >= before + lagOf(in, d), "dependency " + d + " violated");
        }
    }

    @Property(tries = 100)
    void deadlinesNeverMoveWorkButShowAsNegativeFloat(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 100) int size,
            @ForAll @IntRange(min = 1, max = 2000) int missedBy) {
        ScheduleInput in = network(seed, size, true).build();
        ScheduleResult before = CriticalPathScheduler.schedule(in);
        int t = Math.floorMod(seed, size);
        WorkCalendar cal = in.projectCalendar();
        int deadline = cal.ordinalAt(before.earlyFinish(t)) - missedBy;
        ScheduleResult after = CriticalPathScheduler.schedule(
                in.toBuilder().deadline(t, cal.finishDateTime(deadline)).build());
        for (int k = 0; k < size; k++) {
            assertEquals(before.earlyStart(k), after.earlyStart(k));
            assertEquals(before.earlyFinish(k), after.earlyFinish(k));
        }
        assertTrue(
                after.totalFloat(t) <= -missedBy,
                "float " + after.totalFloat(t) + " for a deadline missed by " + missedBy);
        assertTrue(after.isCritical(t));
    }
}
