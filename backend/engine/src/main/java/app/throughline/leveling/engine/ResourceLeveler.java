package app.throughline.leveling.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the levelling core.
 *
 * <ul>
 *   <li>{@link #schedule} &mdash; one pass of a schedule generation scheme with a priority rule;
 *   <li>{@link #minimiseMakespan} &mdash; the resource-constrained project scheduling problem:
 *       priority rules, then a genetic search with forward-backward improvement;
 *   <li>{@link #level} &mdash; the product's levelling of a CPM schedule: release dates are the
 *       calendar's earliest starts, so work is only ever delayed.
 * </ul>
 *
 * All methods are deterministic: the same problem, {@link SearchBudget} and seed give the same
 * schedule whatever the machine's load, since a count of schedules, never the clock, ends the search.
 * They are thread-safe (they share no state).
 */
public final class ResourceLeveler {
    private static final PriorityRule[] SEED_RULES = {
        PriorityRule.LATEST_FINISH_TIME,
        PriorityRule.LATEST_START_TIME,
        PriorityRule.MOST_TOTAL_SUCCESSORS,
        PriorityRule.GREATEST_RANK_POSITIONAL_WEIGHT,
        PriorityRule.MINIMUM_SLACK
    };

    private ResourceLeveler() {}

    /** One pass of a schedule generation scheme with a priority rule. */
    public static Schedule schedule(LevelingProblem problem, PriorityRule rule, GenerationScheme scheme) {
        long[] key = rule.keys(problem);
        if (scheme == GenerationScheme.PARALLEL) {
            return new ParallelScheduleGenerator(problem).schedule(key);
        }
        int[] list = new int[problem.activityCount];
        new ActivityOrderer(problem).forward(key, list);
        int[] starts = new int[problem.activityCount];
        int makespan = new SerialScheduleGenerator(problem).schedule(list, starts);
        return Schedule.adopt(starts, makespan);
    }

    /**
     * Finds a short resource-feasible schedule: starts from the best priority rules, then runs the
     * genetic search within the budget. Stops early when the makespan meets a lower bound.
     */
    public static Schedule minimiseMakespan(LevelingProblem problem, SearchBudget budget) {
        return search(problem, budget).schedule();
    }

    /** As {@link #minimiseMakespan}, with the number of schedules it built and the lower bound. */
    public static SearchResult search(LevelingProblem problem, SearchBudget budget) {
        return runSearch(problem, budget, List.of());
    }

    /**
     * Levels an already scheduled project whose release dates are its early starts.
     *
     * <p>{@link LevelingPolicy#WITHIN_FLOAT}: activities are taken in priority order (priority, then
     * float, then id) and each is delayed to the first period where its resources have room, but
     * never past its latest start; when that is impossible it stays put and the over-allocation is
     * reported. The finish never moves and no search is needed, so the budget is unused.
     *
     * <p>{@link LevelingPolicy#ALLOW_SLIP}: the same priority order gives a first levelled schedule;
     * the genetic search then looks for a shorter one within the budget, and replaces the
     * priority-order schedule only if it finishes strictly earlier.
     */
    public static LevelingResult level(LevelingProblem problem, LevelingPolicy policy, SearchBudget budget) {
        int n = problem.activityCount;
        TimeWindows windows = TimeWindows.of(problem);
        int[] list = new int[n];
        new ActivityOrderer(problem).forward(PriorityRule.PRIORITY_THEN_FLOAT.keys(problem, windows), list);
        SerialScheduleGenerator generator = new SerialScheduleGenerator(problem);
        int[] starts = new int[n];
        boolean[] refused = new boolean[n];
        int[] latestStarts = policy == LevelingPolicy.WITHIN_FLOAT ? windows.latestStarts() : null;
        int makespan = generator.schedule(list, starts, latestStarts, refused);
        Schedule levelled = Schedule.adopt(starts, makespan);
        int schedules = 1;
        if (policy == LevelingPolicy.ALLOW_SLIP && budget.maxSchedules() > 0) {
            SearchResult searched = runSearch(problem, budget, List.of(list));
            schedules += searched.schedulesGenerated();
            if (searched.schedule().makespan() < makespan
                    && FeasibilityCheck.check(problem, searched.schedule()).isFeasible()) {
                levelled = searched.schedule();
                refused = new boolean[n];
            }
        }
        List<Integer> refusedDelays = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            if (refused[a]) {
                refusedDelays.add(a);
            }
        }
        return new LevelingResult(
                policy,
                levelled,
                windows.criticalPathLength(),
                refusedDelays,
                FeasibilityCheck.overallocations(problem, levelled.starts()),
                schedules,
                windows.earliestStarts());
    }

    /**
     * A lower bound on the makespan: the critical path, and for constant capacities the total work on
     * each resource divided by its capacity.
     */
    public static int lowerBound(LevelingProblem problem) {
        int bound = TimeWindows.of(problem).criticalPathLength();
        for (int r = 0; r < problem.capacities.length; r++) {
            ResourceCapacity capacity = problem.capacities[r];
            if (!capacity.isConstant() || capacity.steadyCapacity() == 0) {
                continue;
            }
            long work = 0;
            for (int a = 0; a < problem.activityCount; a++) {
                work += (long) problem.durations[a] * problem.demand(a, r);
            }
            long periods = (work + capacity.steadyCapacity() - 1) / capacity.steadyCapacity();
            bound = (int) Math.max(bound, Math.min(Integer.MAX_VALUE, periods));
        }
        return bound;
    }

    private static SearchResult runSearch(LevelingProblem problem, SearchBudget budget, List<int[]> extra) {
        int n = problem.activityCount;
        TimeWindows windows = TimeWindows.of(problem);
        ActivityOrderer orderer = new ActivityOrderer(problem);
        List<int[]> seeds = new ArrayList<>(extra);
        long[] lftKey = null;
        for (PriorityRule rule : SEED_RULES) {
            long[] key = rule.keys(problem, windows);
            if (rule == PriorityRule.LATEST_FINISH_TIME) {
                lftKey = key;
            }
            int[] list = new int[n];
            orderer.forward(key, list);
            seeds.add(list);
        }
        int bound = lowerBound(problem);
        GeneticSearch genetic = new GeneticSearch(problem, budget, lftKey, bound);
        Schedule best = genetic.run(seeds);
        return new SearchResult(best, genetic.schedulesBuilt(), bound);
    }
}
