package app.throughline.leveling.engine;

/**
 * Forward-backward improvement (double justification, Valls, Ballestín and Quintanilla 2005):
 * shift every activity as far right as it goes without passing the makespan, then every activity
 * as far left as it goes. Each pass keeps the schedule feasible and never lengthens it, and
 * together they often close gaps that the activity list left open. Repeated while it helps.
 */
final class Justification {
  private static final int MAX_ROUNDS = 4;
  private final LevelingProblem problem;
  private final SerialScheduleGenerator generator;
  private final ActivityOrderer orderer;
  private final long[] key;
  private final int[] order;
  private final int[] shifted;
  private final int[] rebuilt;

  Justification(LevelingProblem problem, SerialScheduleGenerator generator) {
    this.problem = problem;
    this.generator = generator;
    this.orderer = new ActivityOrderer(problem);
    int n = problem.activityCount;
    this.key = new long[n];
    this.order = new int[n];
    this.shifted = new int[n];
    this.rebuilt = new int[n];
  }

  /**
   * Improves a feasible schedule in place.
   *
   * @param starts the schedule; receives the improved one
   * @param makespan its makespan
   * @param list receives the activity list (by start) that rebuilds the improved schedule
   * @return the improved makespan
   */
  int improve(int[] starts, int makespan, int[] list) {
    int n = problem.activityCount;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      for (int a = 0; a < n; a++) {
        key[a] = -(long) (starts[a] + problem.durations[a]);
      }
      orderer.backward(key, order);
      System.arraycopy(starts, 0, shifted, 0, n);
      if (!generator.scheduleBackward(order, makespan, shifted)) {
        break;
      }
      for (int a = 0; a < n; a++) {
        key[a] = shifted[a];
      }
      orderer.forward(key, order);
      int improved = generator.schedule(order, rebuilt);
      if (improved > makespan) {
        break; // only possible with time-varying capacity; keep what we had
      }
      System.arraycopy(rebuilt, 0, starts, 0, n);
      System.arraycopy(order, 0, list, 0, n);
      boolean better = improved < makespan;
      makespan = improved;
      if (!better) {
        break;
      }
    }
    return makespan;
  }
}
