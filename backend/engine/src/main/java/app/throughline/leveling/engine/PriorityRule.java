package app.throughline.leveling.engine;

/**
 * Priority rules for the schedule generation schemes. Each turns the problem into one key per
 * activity; the scheme picks the eligible activity with the smallest key, ties by lowest id.
 */
public enum PriorityRule {
    /** Latest finish time first: the classic best single rule for the serial scheme. */
    LATEST_FINISH_TIME,
    /** Latest start time first. */
    LATEST_START_TIME,
    /** Most total (transitive) successors first. */
    MOST_TOTAL_SUCCESSORS,
    /** Greatest rank positional weight first: own duration plus immediate successors' durations. */
    GREATEST_RANK_POSITIONAL_WEIGHT,
    /** Shortest processing time first. */
    SHORTEST_PROCESSING_TIME,
    /** Earliest start time first. */
    EARLIEST_START_TIME,
    /** Least total float first. */
    MINIMUM_SLACK,
    /**
     * The product's levelling order: highest task priority first, then least total float, then lowest
     * id. Deterministic and explainable to users.
     */
    PRIORITY_THEN_FLOAT;

    /** Computes the key of every activity (smaller keys are scheduled first). */
    public long[] keys(LevelingProblem problem) {
        return keys(problem, TimeWindows.of(problem));
    }

    /** Computes keys using precomputed time windows. */
    public long[] keys(LevelingProblem problem, TimeWindows windows) {
        int n = problem.activityCount;
        long[] key = new long[n];
        switch (this) {
            case LATEST_FINISH_TIME -> {
                for (int a = 0; a < n; a++) {
                    key[a] = windows.latestStart(a) + problem.durations[a];
                }
            }
            case LATEST_START_TIME -> {
                for (int a = 0; a < n; a++) {
                    key[a] = windows.latestStart(a);
                }
            }
            case MOST_TOTAL_SUCCESSORS -> {
                int[] counts = totalSuccessorCounts(problem);
                for (int a = 0; a < n; a++) {
                    key[a] = -counts[a];
                }
            }
            case GREATEST_RANK_POSITIONAL_WEIGHT -> {
                for (int a = 0; a < n; a++) {
                    long weight = problem.durations[a];
                    for (int k = problem.successorOffsets[a]; k < problem.successorOffsets[a + 1]; k++) {
                        weight += problem.durations[problem.successors[k]];
                    }
                    key[a] = -weight;
                }
            }
            case SHORTEST_PROCESSING_TIME -> {
                for (int a = 0; a < n; a++) {
                    key[a] = problem.durations[a];
                }
            }
            case EARLIEST_START_TIME -> {
                for (int a = 0; a < n; a++) {
                    key[a] = windows.earliestStart(a);
                }
            }
            case MINIMUM_SLACK -> {
                for (int a = 0; a < n; a++) {
                    key[a] = windows.totalFloat(a);
                }
            }
            case PRIORITY_THEN_FLOAT -> {
                for (int a = 0; a < n; a++) {
                    // priority in the high half, float in the low half: floats fit easily in 32 bits
                    key[a] = -((long) problem.priorities[a] << 32) + windows.totalFloat(a);
                }
            }
            default -> throw new IllegalStateException(name());
        }
        return key;
    }

    /** Transitive successor counts, with one bit set per activity (n^2/64 words of memory). */
    private static int[] totalSuccessorCounts(LevelingProblem problem) {
        int n = problem.activityCount;
        int words = (n + 63) >>> 6;
        long[][] reach = new long[n][words];
        int[] counts = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            int a = problem.topologicalOrder[i];
            for (int k = problem.successorOffsets[a]; k < problem.successorOffsets[a + 1]; k++) {
                int s = problem.successors[k];
                reach[a][s >>> 6] |= 1L << (s & 63);
                long[] below = reach[s];
                for (int w = 0; w < words; w++) {
                    reach[a][w] |= below[w];
                }
            }
            for (long word : reach[a]) {
                counts[a] += Long.bitCount(word);
            }
        }
        return counts;
    }
}
