package app.throughline.leveling.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The search's budget is a number of schedules, never the clock: the same problem, budget and seed
 * give the same schedule however busy the machine is, and the count of schedules stays within the
 * budget.
 */
class SearchDeterminismTest {
    private static final SearchBudget BUDGET = SearchBudget.ofSchedules(3_000, 5);

    @Test
    void theSameBudgetShouldGiveTheSameScheduleOnAnIdleAndABusyMachine() throws Exception {
        LevelingProblem problem = RandomProblems.feasible(60, new SplittableRandom(42), true);
        SearchResult alone = ResourceLeveler.search(problem, BUDGET);

        int threads = 2 * Runtime.getRuntime().availableProcessors() + 2;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 2);
        AtomicBoolean stop = new AtomicBoolean();
        List<SearchResult> busy = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                pool.submit(() -> spin(stop)); // load that competes for the cores
            }
            List<Future<SearchResult>> runs = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                runs.add(pool.submit(() -> ResourceLeveler.search(problem, BUDGET)));
            }
            for (Future<SearchResult> run : runs) {
                busy.add(run.get());
            }
        } finally {
            stop.set(true);
            pool.shutdown();
        }

        for (SearchResult result : busy) {
            assertEquals(alone.schedule(), result.schedule());
            assertEquals(alone.schedulesGenerated(), result.schedulesGenerated());
        }
    }

    @Test
    void theSearchShouldStayWithinItsScheduleBudget() {
        LevelingProblem problem = RandomProblems.feasible(60, new SplittableRandom(7), true);

        SearchResult result = ResourceLeveler.search(problem, SearchBudget.ofSchedules(1_000, 3));

        // the budget is checked before each pair of children: the last pair, each child with its
        // forward-backward passes, may end a few schedules past it
        assertTrue(result.schedulesGenerated() <= 1_000 + 6, "built " + result.schedulesGenerated());
        assertTrue(result.schedulesGenerated() >= 1_000 || result.provenOptimal());
    }

    @Test
    void aScaledBudgetShouldShrinkWithTheProblemButStayUseful() {
        int small = SearchBudget.scaledTo(RandomProblems.feasible(30, new SplittableRandom(1), true), 1)
                .maxSchedules();
        int large = SearchBudget.scaledTo(RandomProblems.feasible(120, new SplittableRandom(1), true), 1)
                .maxSchedules();
        int huge = SearchBudget.forActivities(50_000, 1).maxSchedules();

        assertTrue(small > large && large > huge, small + " " + large + " " + huge);
        assertTrue(huge >= 50, "a big project still gets a search: " + huge);
    }

    @Test
    void aScaledBudgetShouldNeverGrowPastWhatTheCpuGoalAllows() {
        for (int activities = 1; activities <= 2_000; activities++) {
            int schedules = SearchBudget.forActivities(activities, 1).maxSchedules();

            // ~65 ns of CPU per activity and pass on PSPLIB: 1.5 million activity-schedules is ~100 ms
            assertTrue(schedules <= SearchBudget.MAX_SCALED, activities + ": " + schedules);
            assertTrue(schedules == 50 || (long) schedules * activities <= 1_500_000, activities + ": " + schedules);
        }
        assertEquals(SearchBudget.MAX_SCALED, SearchBudget.forActivities(32, 1).maxSchedules());
    }

    private static void spin(AtomicBoolean stop) {
        long x = 0;
        while (!stop.get()) {
            x += Long.numberOfTrailingZeros(x + 1);
        }
        if (x == 42) {
            System.out.print("");
        }
    }
}
