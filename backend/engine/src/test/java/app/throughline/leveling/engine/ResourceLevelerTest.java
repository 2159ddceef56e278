package app.throughline.leveling.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-checked examples, one per rule of the levelling core. */
class ResourceLevelerTest {
    private static final SearchBudget BUDGET = SearchBudget.ofSchedules(2_000, 7);

    @Test
    void shouldRunTwoTasksCompetingForOnePersonOneAfterTheOther() {
        LevelingProblemBuilder b = LevelingProblem.builder();
        int person = b.addResource(ResourceCapacity.constant(1));
        int design = b.addActivity(3);
        int copy = b.addActivity(2);
        b.setDemand(design, person, 1).setDemand(copy, person, 1);
        LevelingProblem problem = b.build();

        Schedule schedule = ResourceLeveler.minimiseMakespan(problem, BUDGET);

        assertEquals(5, schedule.makespan());
        boolean designFirst = schedule.start(design) == 0 && schedule.start(copy) == 3;
        boolean copyFirst = schedule.start(copy) == 0 && schedule.start(design) == 2;
        assertTrue(designFirst || copyFirst, schedule.toString());
        assertTrue(FeasibilityCheck.check(problem, schedule).isFeasible());
    }

    /** A(4) and B(3) share one person; C(5) needs nobody and fixes the finish at 5. */
    private static LevelingProblem tightFloatProject() {
        LevelingProblemBuilder b = LevelingProblem.builder();
        int person = b.addResource(ResourceCapacity.constant(1));
        int a = b.addActivity(4);
        int bTask = b.addActivity(3);
        b.addActivity(5);
        b.setDemand(a, person, 1).setDemand(bTask, person, 1);
        return b.build();
    }

    @Test
    void withinFloatShouldRefuseADelayThatWouldMoveTheFinish() {
        LevelingProblem problem = tightFloatProject();

        LevelingResult result = ResourceLeveler.level(problem, LevelingPolicy.WITHIN_FLOAT, BUDGET);

        assertEquals(5, result.originalFinish());
        assertEquals(5, result.finish());
        assertEquals(0, result.slip());
        // A has less float (1 against 2) so it gets the person; B would have to start at 4 > 2
        assertEquals(0, result.schedule().start(0));
        assertEquals(0, result.schedule().start(1));
        assertEquals(List.of(1), result.refusedDelays());
        assertEquals(List.of(new Overallocation(0, 0, 3, 1, List.of(0, 1))), result.overallocations());
        assertTrue(FeasibilityCheck.check(problem, result.schedule()).respectsTime());
    }

    @Test
    void withinFloatShouldDelayWorkThatFitsInItsFloat() {
        LevelingProblemBuilder b = LevelingProblem.builder();
        int person = b.addResource(ResourceCapacity.constant(1));
        int a = b.addActivity(4);
        int c = b.addActivity(2);
        b.addActivity(6);
        b.setDemand(a, person, 1).setDemand(c, person, 1);
        LevelingProblem problem = b.build();

        LevelingResult result = ResourceLeveler.level(problem, LevelingPolicy.WITHIN_FLOAT, BUDGET);

        assertEquals(6, result.finish());
        assertEquals(4, result.schedule().start(c));
        assertEquals(4, result.levelingDelay(c));
        assertTrue(result.isFullyLeveled());
        assertTrue(result.refusedDelays().isEmpty());
    }

    @Test
    void allowSlipShouldMoveTheFinishByTheSmallestAmount() {
        LevelingProblem problem = tightFloatProject();

        LevelingResult result = ResourceLeveler.level(problem, LevelingPolicy.ALLOW_SLIP, BUDGET);

        // A and B need 7 person-periods in sequence, against a finish of 5
        assertEquals(7, result.finish());
        assertEquals(2, result.slip());
        assertTrue(result.isFullyLeveled());
        assertTrue(FeasibilityCheck.check(problem, result.schedule()).isFeasible());
    }

    @Test
    void levellingShouldServeTheHigherPriorityTaskFirst() {
        LevelingProblemBuilder b = LevelingProblem.builder();
        int person = b.addResource(ResourceCapacity.constant(1));
        int low = b.addActivity(2);
        int high = b.addActivity(2);
        b.addActivity(4);
        b.setDemand(low, person, 1).setDemand(high, person, 1).setPriority(high, 900);
        LevelingProblem problem = b.build();

        LevelingResult result = ResourceLeveler.level(problem, LevelingPolicy.WITHIN_FLOAT, BUDGET);

        assertEquals(0, result.schedule().start(high));
        assertEquals(2, result.schedule().start(low));
    }

    @Test
    void levellingShouldOnlyDelayWorkFromItsEarlyStart() {
        LevelingProblemBuilder b = LevelingProblem.builder();
        int person = b.addResource(ResourceCapacity.constant(1));
        int first = b.addActivity(2);
        int second = b.addActivity(2);
        b.setDemand(first, person, 1).setDemand(second, person, 1);
        b.setReleaseDate(first, 3).setReleaseDate(second, 3);
        LevelingProblem problem = b.build();

        LevelingResult result = ResourceLeveler.level(problem, LevelingPolicy.ALLOW_SLIP, BUDGET);

        assertEquals(5, result.originalFinish());
        assertEquals(7, result.finish());
        assertTrue(result.schedule().start(first) >= 3 && result.schedule().start(second) >= 3);
    }

    @Test
    void shouldWorkAroundTimeOffInTheCapacityProfile() {
        LevelingProblemBuilder b = LevelingProblem.builder();
        // away in periods 2 and 3
        int person = b.addResource(ResourceCapacity.of(new int[] {1, 1, 0, 0}, 1));
        int task = b.addActivity(3);
        b.setDemand(task, person, 1);
        LevelingProblem problem = b.build();

        for (GenerationScheme scheme : GenerationScheme.values()) {
            Schedule schedule = ResourceLeveler.schedule(problem, PriorityRule.LATEST_FINISH_TIME, scheme);
            assertEquals(4, schedule.start(task), scheme.name());
        }
        assertEquals(7, ResourceLeveler.minimiseMakespan(problem, BUDGET).makespan());
    }

    @Test
    void shouldReportWorkThatCanNeverFitItsResourceInsteadOfLoopingForEver() {
        LevelingProblemBuilder b = LevelingProblem.builder();
        int person = b.addResource(ResourceCapacity.constant(1));
        int big = b.addActivity(2);
        b.setDemand(big, person, 2);
        LevelingProblem problem = b.build();

        LevelingResult result = ResourceLeveler.level(problem, LevelingPolicy.ALLOW_SLIP, BUDGET);

        assertEquals(0, result.schedule().start(big));
        assertEquals(List.of(big), result.refusedDelays());
        assertEquals(1, result.overallocations().size());
    }

    @Test
    void parallelSchemeShouldStartWhatFitsAtEachDecisionTime() {
        LevelingProblemBuilder b = LevelingProblem.builder();
        int crew = b.addResource(ResourceCapacity.constant(2));
        int a = b.addActivity(3);
        int c = b.addActivity(3);
        int d = b.addActivity(1);
        b.setDemand(a, crew, 1).setDemand(c, crew, 2).setDemand(d, crew, 1);
        b.addFinishToStart(a, d);
        LevelingProblem problem = b.build();

        Schedule schedule =
                ResourceLeveler.schedule(problem, PriorityRule.SHORTEST_PROCESSING_TIME, GenerationScheme.PARALLEL);

        assertTrue(FeasibilityCheck.check(problem, schedule).isFeasible());
        assertEquals(0, schedule.start(a));
        assertEquals(3, schedule.start(d));
        // at 3, d (shorter) takes one unit first, so c (two units) waits until d is done
        assertEquals(4, schedule.start(c));
    }

    @Test
    void shouldAcceptAnEmptyProject() {
        LevelingProblem empty = LevelingProblem.builder().build();
        assertEquals(0, ResourceLeveler.minimiseMakespan(empty, BUDGET).makespan());
        assertEquals(
                0,
                ResourceLeveler.level(empty, LevelingPolicy.ALLOW_SLIP, BUDGET).finish());
    }

    @Test
    void lowerBoundShouldCombineCriticalPathAndWork() {
        LevelingProblem problem = tightFloatProject();
        assertEquals(7, ResourceLeveler.lowerBound(problem));
    }
}
