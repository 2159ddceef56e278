package app.throughline.leveling.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a schedule independently of how it was built: recomputes every precedence and the load of
 * every resource in every period. Used by tests as the oracle and by the levelling policies to
 * report the over-allocations that remain.
 */
public final class FeasibilityCheck {
    private FeasibilityCheck() {}

    /** Checks start periods (indexed by activity) against the problem. */
    public static FeasibilityReport check(LevelingProblem problem, int[] starts) {
        if (starts.length != problem.activityCount) {
            throw new IllegalArgumentException("need one start per activity");
        }
        List<PrecedenceViolation> broken = new ArrayList<>();
        List<Integer> early = new ArrayList<>();
        for (int a = 0; a < problem.activityCount; a++) {
            if (starts[a] < problem.releaseDates[a] || starts[a] < 0) {
                early.add(a);
            }
            for (int k = problem.successorOffsets[a]; k < problem.successorOffsets[a + 1]; k++) {
                int s = problem.successors[k];
                int shortfall = starts[a] + problem.successorDistances[k] - starts[s];
                if (shortfall > 0) {
                    broken.add(new PrecedenceViolation(a, s, shortfall));
                }
            }
        }
        return new FeasibilityReport(broken, early, overallocations(problem, starts));
    }

    /** Checks a schedule against the problem. */
    public static FeasibilityReport check(LevelingProblem problem, Schedule schedule) {
        return check(problem, schedule.starts());
    }

    /** The stretches where some resource is loaded beyond its capacity, by resource then time. */
    public static List<Overallocation> overallocations(LevelingProblem problem, int[] starts) {
        int horizon = Math.max(0, Schedule.makespanOf(problem, starts));
        int resources = problem.capacities.length;
        int[][] load = new int[resources][horizon + 1];
        for (int a = 0; a < problem.activityCount; a++) {
            int from = Math.max(0, starts[a]);
            int to = starts[a] + problem.durations[a];
            for (int k = problem.demandOffsets[a]; k < problem.demandOffsets[a + 1]; k++) {
                int[] row = load[problem.demandResources[k]];
                for (int t = from; t < to; t++) {
                    row[t] += problem.demandAmounts[k];
                }
            }
        }
        int[][] users = usersByResource(problem);
        List<Overallocation> found = new ArrayList<>();
        for (int r = 0; r < resources; r++) {
            int t = 0;
            while (t < horizon) {
                if (load[r][t] <= problem.capacities[r].at(t)) {
                    t++;
                    continue;
                }
                int from = t;
                int peak = 0;
                while (t < horizon && load[r][t] > problem.capacities[r].at(t)) {
                    peak = Math.max(peak, load[r][t] - problem.capacities[r].at(t));
                    t++;
                }
                found.add(new Overallocation(r, from, t, peak, usersDuring(problem, starts, users[r], from, t)));
            }
        }
        return found;
    }

    /** Activities with a demand on each resource, ascending: one scan instead of one per stretch. */
    private static int[][] usersByResource(LevelingProblem problem) {
        int[] counts = new int[problem.capacities.length];
        for (int k = 0; k < problem.demandResources.length; k++) {
            counts[problem.demandResources[k]] += problem.demandAmounts[k] > 0 ? 1 : 0;
        }
        int[][] users = new int[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            users[r] = new int[counts[r]];
            counts[r] = 0;
        }
        for (int a = 0; a < problem.activityCount; a++) {
            for (int k = problem.demandOffsets[a]; k < problem.demandOffsets[a + 1]; k++) {
                int r = problem.demandResources[k];
                if (problem.demandAmounts[k] > 0) {
                    users[r][counts[r]++] = a;
                }
            }
        }
        return users;
    }

    private static List<Integer> usersDuring(LevelingProblem problem, int[] starts, int[] users, int from, int to) {
        List<Integer> during = new ArrayList<>();
        for (int a : users) {
            if (starts[a] < to && starts[a] + problem.durations[a] > from) {
                during.add(a);
            }
        }
        return during;
    }
}
