package app.throughline.leveling.engine;

import java.util.SplittableRandom;

/**
 * Regret-based biased random sampling (Drexl 1991; Kolisch 1996): builds activity lists where each
 * eligible activity is drawn with probability proportional to its regret, i.e. how much better its
 * priority value is than the worst eligible one, plus one. Lists follow the priority rule closely
 * but not blindly, which gives the search a good and diverse start. The draw costs time
 * proportional to the eligible set, so big projects (whose eligible sets run into thousands)
 * instead order by the priority key plus random jitter, in n log n.
 */
final class RegretSampler {
    private final LevelingProblem problem;
    private final long[] key;
    private final int[] missing;
    private final int[] eligible;
    private final double[] weight;

    /** Above this many activities, sample by jittered keys rather than by regret. */
    private static final int REGRET_LIMIT = 500;

    private final ActivityOrderer orderer;
    private final long[] jittered;
    private final long spread;

    RegretSampler(LevelingProblem problem, long[] key) {
        this.problem = problem;
        this.key = key;
        int n = problem.activityCount;
        this.missing = new int[n];
        this.eligible = new int[n];
        this.weight = new double[n];
        this.orderer = n > REGRET_LIMIT ? new ActivityOrderer(problem) : null;
        this.jittered = n > REGRET_LIMIT ? new long[n] : null;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long k : key) {
            min = Math.min(min, k);
            max = Math.max(max, k);
        }
        this.spread = n == 0 ? 1 : Math.max(1, (max - min) / 4);
    }

    /** Fills {@code list} with a sampled precedence-feasible activity list. */
    void sample(SplittableRandom random, int[] list) {
        int n = problem.activityCount;
        if (orderer != null) {
            for (int a = 0; a < n; a++) {
                jittered[a] = key[a] + (long) (random.nextDouble() * spread);
            }
            orderer.forward(jittered, list);
            return;
        }
        int count = 0;
        for (int a = 0; a < n; a++) {
            missing[a] = problem.predecessorOffsets[a + 1] - problem.predecessorOffsets[a];
            if (missing[a] == 0) {
                eligible[count++] = a;
            }
        }
        for (int i = 0; i < n; i++) {
            long worst = Long.MIN_VALUE;
            for (int e = 0; e < count; e++) {
                worst = Math.max(worst, key[eligible[e]]);
            }
            double total = 0;
            for (int e = 0; e < count; e++) {
                double regret = (double) (worst - key[eligible[e]]) + 1;
                weight[e] = regret;
                total += regret;
            }
            double draw = random.nextDouble() * total;
            int pick = count - 1;
            for (int e = 0; e < count - 1; e++) {
                draw -= weight[e];
                if (draw < 0) {
                    pick = e;
                    break;
                }
            }
            int a = eligible[pick];
            eligible[pick] = eligible[--count];
            list[i] = a;
            for (int k = problem.successorOffsets[a]; k < problem.successorOffsets[a + 1]; k++) {
                if (--missing[problem.successors[k]] == 0) {
                    eligible[count++] = problem.successors[k];
                }
            }
        }
    }
}
