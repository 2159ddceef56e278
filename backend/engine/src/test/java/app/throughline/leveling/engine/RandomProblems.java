package app.throughline.leveling.engine;

import java.util.SplittableRandom;

/** Random levelling problems for property tests. */
final class RandomProblems {
    private RandomProblems() {}

    /**
     * A random problem with a feasible answer: an acyclic mix of all dependency types with leads and
     * lags, release dates, priorities, and resources whose profile may dip (time off) but whose
     * steady capacity covers every demand.
     */
    static LevelingProblem feasible(int activities, SplittableRandom random) {
        return feasible(activities, random, false);
    }

    /**
     * As {@link #feasible(int, SplittableRandom)}; with {@code finishToStartOnly} every dependency is
     * finish-to-start with a non-negative lag, the PSPLIB case with its own fast paths.
     */
    static LevelingProblem feasible(int activities, SplittableRandom random, boolean finishToStartOnly) {
        LevelingProblemBuilder b = LevelingProblem.builder();
        int resources = 1 + random.nextInt(3);
        int[] steady = new int[resources];
        for (int r = 0; r < resources; r++) {
            steady[r] = 1 + random.nextInt(4);
            if (random.nextInt(3) == 0) {
                int[] profile = new int[1 + random.nextInt(20)];
                for (int t = 0; t < profile.length; t++) {
                    profile[t] = random.nextInt(4) == 0 ? random.nextInt(steady[r] + 1) : steady[r];
                }
                b.addResource(ResourceCapacity.of(profile, steady[r]));
            } else {
                b.addResource(ResourceCapacity.constant(steady[r]));
            }
        }
        DependencyType[] types = DependencyType.values();
        for (int a = 0; a < activities; a++) {
            b.addActivity(random.nextInt(6));
            for (int r = 0; r < resources; r++) {
                if (random.nextInt(2) == 0) {
                    b.setDemand(a, r, 1 + random.nextInt(steady[r]));
                }
            }
            if (random.nextInt(4) == 0) {
                b.setReleaseDate(a, random.nextInt(6));
            }
            b.setPriority(a, random.nextInt(3) * 100);
            // only edges from earlier to later activities, so the graph stays acyclic
            for (int p = 0; p < a; p++) {
                if (random.nextInt(5) == 0) {
                    if (finishToStartOnly) {
                        b.addDependency(p, a, DependencyType.FINISH_TO_START, random.nextInt(3));
                    } else {
                        b.addDependency(p, a, types[random.nextInt(types.length)], random.nextInt(6) - 2);
                    }
                }
            }
        }
        return b.build();
    }
}
