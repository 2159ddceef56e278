package app.throughline.leveling.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Checks a schedule independently of how it was built: recomputes every precedence and the load
 * of every resource in every period. Used by tests as the oracle and by the levelling policies to
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
        found.add(new Overallocation(r, from, t, peak, usersOf(problem, starts, r, from, t)));
      }
    }
    return found;
  }

  private static List<Integer> usersOf(
      LevelingProblem problem, int[] starts, int resource, int from, int to) {
    TreeSet<Integer> users = new TreeSet<>();
    for (int a = 0; a < problem.activityCount; a++) {
      boolean overlaps = starts[a] < to && starts[a] + problem.durations[a] > from;
      if (overlaps && problem.demand(a, resource) > 0) {
        users.add(a);
      }
    }
    return new ArrayList<>(users);
  }
}
