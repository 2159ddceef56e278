package app.throughline.leveling.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Forward-backward improvement (double justification) on random activity lists: it never lengthens
 * a schedule, keeps it feasible, and hands back an activity list that rebuilds exactly the
 * improved schedule (the genes the genetic search writes back).
 */
class JustificationTest {

    @Property(tries = 300)
    void justificationShouldNeverLengthenAScheduleAndKeepItFeasible(
            @ForAll @IntRange(min = 1, max = 40) int activities, @ForAll long seed, @ForAll boolean finishToStartOnly) {
        SplittableRandom random = new SplittableRandom(seed);
        LevelingProblem problem = RandomProblems.feasible(activities, random, finishToStartOnly);
        int[] list = randomList(problem, random);
        SerialScheduleGenerator generator = new SerialScheduleGenerator(problem);
        int[] starts = new int[activities];
        int before = generator.schedule(list, starts);

        int after = new Justification(problem, generator).improve(starts, before, list);

        assertTrue(after <= before, "justification lengthened " + before + " to " + after);
        assertEquals(after, Schedule.makespanOf(problem, starts));
        assertTrue(FeasibilityCheck.check(problem, starts).isFeasible());
        assertPrecedenceFeasible(problem, list);
        int[] rebuilt = new int[activities];
        assertEquals(after, new SerialScheduleGenerator(problem).schedule(list, rebuilt));
        assertArrayEquals(starts, rebuilt, "the returned list must rebuild the improved schedule");
    }

    @Test
    void justificationShouldShortenSomeSchedules() {
        int shortened = 0;
        for (long seed = 0; seed < 200; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            LevelingProblem problem = RandomProblems.feasible(30, random, true);
            int[] list = randomList(problem, random);
            SerialScheduleGenerator generator = new SerialScheduleGenerator(problem);
            int[] starts = new int[problem.activityCount];
            int before = generator.schedule(list, starts);
            int after = new Justification(problem, generator).improve(starts, before, list);
            shortened += after < before ? 1 : 0;
        }
        assertTrue(shortened > 20, "only " + shortened + " of 200 random schedules got shorter");
    }

    /** A random precedence-feasible activity list: random keys, predecessors first. */
    private static int[] randomList(LevelingProblem problem, SplittableRandom random) {
        long[] key = new long[problem.activityCount];
        for (int a = 0; a < key.length; a++) {
            key[a] = random.nextInt(1000);
        }
        int[] list = new int[problem.activityCount];
        new ActivityOrderer(problem).forward(key, list);
        return list;
    }

    private static void assertPrecedenceFeasible(LevelingProblem problem, int[] list) {
        int[] position = new int[list.length];
        for (int i = 0; i < list.length; i++) {
            position[list[i]] = i;
        }
        for (int a = 0; a < problem.activityCount; a++) {
            for (int k = problem.successorOffsets[a]; k < problem.successorOffsets[a + 1]; k++) {
                assertTrue(position[a] < position[problem.successors[k]], "successor listed before " + a);
            }
        }
    }
}
