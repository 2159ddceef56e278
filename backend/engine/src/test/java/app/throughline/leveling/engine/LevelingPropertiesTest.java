package app.throughline.leveling.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants on random problems: whenever every demand fits its resource's steady capacity (so a
 * feasible schedule exists), levelling breaks no precedence, starts nothing before its release date
 * and overloads no resource; and the same seed gives the same answer.
 */
class LevelingPropertiesTest {
    private static final SearchBudget BUDGET = SearchBudget.ofSchedules(300, 11);

    @Property(tries = 200)
    void searchShouldReturnAFeasibleScheduleNoShorterThanTheLowerBound(
            @ForAll @IntRange(min = 1, max = 16) int activities, @ForAll long seed, @ForAll boolean finishToStartOnly) {
        LevelingProblem problem = RandomProblems.feasible(activities, new SplittableRandom(seed), finishToStartOnly);

        Schedule schedule = ResourceLeveler.minimiseMakespan(problem, BUDGET);

        assertTrue(FeasibilityCheck.check(problem, schedule).isFeasible(), schedule.toString());
        assertTrue(schedule.makespan() >= ResourceLeveler.lowerBound(problem));
    }

    @Property(tries = 200)
    void everyPriorityRuleAndSchemeShouldGiveAFeasibleSchedule(
            @ForAll @IntRange(min = 1, max = 16) int activities,
            @ForAll long seed,
            @ForAll PriorityRule rule,
            @ForAll GenerationScheme scheme) {
        LevelingProblem problem = RandomProblems.feasible(activities, new SplittableRandom(seed));

        Schedule schedule = ResourceLeveler.schedule(problem, rule, scheme);

        assertTrue(FeasibilityCheck.check(problem, schedule).isFeasible(), schedule.toString());
    }

    @Property(tries = 150)
    void allowSlipShouldRemoveEveryOverallocationAndOnlyDelayWork(
            @ForAll @IntRange(min = 1, max = 16) int activities, @ForAll long seed) {
        LevelingProblem problem = RandomProblems.feasible(activities, new SplittableRandom(seed));

        LevelingResult result = ResourceLeveler.level(problem, LevelingPolicy.ALLOW_SLIP, BUDGET);

        assertTrue(FeasibilityCheck.check(problem, result.schedule()).isFeasible());
        assertTrue(result.isFullyLeveled() && result.refusedDelays().isEmpty());
        assertTrue(result.finish() >= result.originalFinish());
    }

    @Property(tries = 150)
    void withinFloatShouldNeverMoveTheFinishNorBreakAPrecedence(
            @ForAll @IntRange(min = 1, max = 16) int activities, @ForAll long seed) {
        LevelingProblem problem = RandomProblems.feasible(activities, new SplittableRandom(seed));

        LevelingResult result = ResourceLeveler.level(problem, LevelingPolicy.WITHIN_FLOAT, BUDGET);

        FeasibilityReport report = FeasibilityCheck.check(problem, result.schedule());
        assertTrue(report.respectsTime());
        assertEquals(result.originalFinish(), result.finish());
        assertEquals(report.overallocations(), result.overallocations());
        assertEquals(result.refusedDelays().isEmpty(), result.overallocations().isEmpty());
    }

    @Property(tries = 60)
    void theSameSeedShouldGiveTheSameSchedule(@ForAll @IntRange(min = 1, max = 24) int activities, @ForAll long seed) {
        LevelingProblem problem = RandomProblems.feasible(activities, new SplittableRandom(seed));

        Schedule first = ResourceLeveler.minimiseMakespan(problem, BUDGET);
        Schedule second = ResourceLeveler.minimiseMakespan(problem, BUDGET);
        LevelingResult slipFirst = ResourceLeveler.level(problem, LevelingPolicy.ALLOW_SLIP, BUDGET);
        LevelingResult slipSecond = ResourceLeveler.level(problem, LevelingPolicy.ALLOW_SLIP, BUDGET);

        assertEquals(first, second);
        assertEquals(slipFirst.schedule(), slipSecond.schedule());
    }
}
