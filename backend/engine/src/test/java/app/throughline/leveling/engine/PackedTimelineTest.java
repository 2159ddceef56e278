package app.throughline.leveling.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The packed timeline (four resources in one long per period) is only a faster way to the same
 * schedules: forward and backward passes give exactly the starts of the plain timeline.
 */
class PackedTimelineTest {

    @Property(tries = 300)
    void packedAndPlainTimelinesShouldGiveTheSameSchedules(
            @ForAll @IntRange(min = 1, max = 40) int activities, @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LevelingProblem problem = RandomProblems.feasible(activities, random);
        SerialScheduleGenerator packed = new SerialScheduleGenerator(problem);
        SerialScheduleGenerator plain = new SerialScheduleGenerator(problem, false);
        assertTrue(packed.isPacked(), "random problems have at most 3 small resources");
        long[] key = new long[activities];
        for (int a = 0; a < activities; a++) {
            key[a] = random.nextInt(100);
        }
        int[] list = new int[activities];
        new ActivityOrderer(problem).forward(key, list);

        int[] fromPacked = new int[activities];
        int[] fromPlain = new int[activities];
        assertEquals(plain.schedule(list, fromPlain), packed.schedule(list, fromPacked));
        assertArrayEquals(fromPlain, fromPacked);

        int[] reverse = new int[activities];
        new ActivityOrderer(problem).backward(key, reverse);
        int deadline = Schedule.makespanOf(problem, fromPlain) + random.nextInt(5);
        int[] backPacked = fromPacked.clone();
        int[] backPlain = fromPlain.clone();
        assertEquals(
                plain.scheduleBackward(reverse, deadline, backPlain),
                packed.scheduleBackward(reverse, deadline, backPacked));
        assertArrayEquals(backPlain, backPacked);
    }

    @Test
    void problemsThatDoNotFitSixteenBitLanesShouldUseThePlainTimeline() {
        LevelingProblemBuilder five = LevelingProblem.builder();
        for (int r = 0; r < 5; r++) {
            five.addResource(ResourceCapacity.constant(2));
        }
        five.addActivity(1);
        LevelingProblemBuilder big = LevelingProblem.builder();
        big.addResource(ResourceCapacity.constant(40_000));
        big.addActivity(1);
        LevelingProblemBuilder tooMuch = LevelingProblem.builder();
        tooMuch.addResource(ResourceCapacity.constant(1));
        tooMuch.setDemand(tooMuch.addActivity(1), 0, 2);

        assertFalse(new SerialScheduleGenerator(five.build()).isPacked());
        assertFalse(new SerialScheduleGenerator(big.build()).isPacked());
        assertFalse(new SerialScheduleGenerator(tooMuch.build()).isPacked());
    }
}
