package app.throughline.schedule.engine;

import java.time.LocalDateTime;
import java.util.Random;

/**
 * Random layered networks on the default calendar, for property tests and the benchmark: tasks
 * in layers, each task (beyond the first layer) depending on a few tasks of earlier layers, so
 * the network is acyclic.
 */
public final class RandomNetworks {

    /** Monday 6 January 2025, 08:00. */
    public static final LocalDateTime START = LocalDateTime.of(2025, 1, 6, 8, 0);

    private RandomNetworks() {}

    /**
     * @param tasks number of tasks
     * @param dependenciesPerTask dependencies into each task outside the first layer
     * @param mixedTypes all four types (else finish-to-start only)
     * @param lags random lags and leads (-1 to +2 days) on about a third of the dependencies
     */
    public static ScheduleInputBuilder layered(
            long seed, int tasks, int dependenciesPerTask, boolean mixedTypes, boolean lags) {
        Random random = new Random(seed);
        ScheduleInputBuilder b = ScheduleInput.builder(START);
        int layers = Math.max(1, (int) Math.round(Math.sqrt(tasks) / 2));
        int perLayer = Math.max(1, (tasks + layers - 1) / layers);
        for (int i = 0; i < tasks; i++) {
            int duration = random.nextInt(20) == 0 ? 0 : 60 * (1 + random.nextInt(40));
            b.addTask(duration);
        }
        DependencyType[] types = DependencyType.values();
        for (int i = perLayer; i < tasks; i++) {
            int layerStart = (i / perLayer) * perLayer;
            for (int k = 0; k < dependenciesPerTask; k++) {
                // mostly from the previous layer, sometimes from further back
                int from = random.nextInt(4) == 0
                        ? random.nextInt(layerStart)
                        : Math.max(0, layerStart - perLayer) + random.nextInt(Math.min(perLayer, layerStart));
                DependencyType type =
                        mixedTypes && random.nextInt(3) == 0 ? types[random.nextInt(4)] : DependencyType.FS;
                int lag = lags && random.nextInt(3) == 0 ? 60 * (random.nextInt(25) - 8) : 0;
                b.addDependency(from, i, type, lag);
            }
        }
        return b;
    }

    /**
     * A layered network (mixed types, lags) whose layers are summary tasks, each split into two
     * nested summaries; some dependencies start or end at a summary. Dependencies only run from
     * earlier to later layers, so there is no cycle.
     */
    public static ScheduleInputBuilder hierarchical(long seed, int leaves, int dependenciesPerTask) {
        Random random = new Random(seed);
        ScheduleInputBuilder b = ScheduleInput.builder(START);
        int layers = Math.max(1, (int) Math.round(Math.sqrt(leaves) / 2));
        int perLayer = Math.max(1, (leaves + layers - 1) / layers);
        int[] layerOf = new int[leaves];
        for (int i = 0; i < leaves; i++) {
            b.addTask(random.nextInt(20) == 0 ? 0 : 60 * (1 + random.nextInt(40)));
            layerOf[i] = i / perLayer;
        }
        int layerCount = (leaves + perLayer - 1) / perLayer;
        int[] layerSummary = new int[layerCount];
        int[][] halves = new int[layerCount][2];
        for (int l = 0; l < layerCount; l++) {
            layerSummary[l] = b.addTask(0);
            for (int h = 0; h < 2; h++) {
                halves[l][h] = b.addTask(0);
                b.parent(halves[l][h], layerSummary[l]);
            }
        }
        for (int i = 0; i < leaves; i++) {
            int l = layerOf[i];
            boolean firstHalf = i - l * perLayer < perLayer / 2;
            b.parent(i, halves[l][firstHalf ? 0 : 1]);
        }
        // a half without children would be a leaf; give it a milestone
        boolean[] hasChild = new boolean[b.taskCount];
        for (int i = 0; i < b.taskCount; i++) {
            if (b.parent[i] >= 0) {
                hasChild[b.parent[i]] = true;
            }
        }
        for (int l = 0; l < layerCount; l++) {
            for (int h = 0; h < 2; h++) {
                if (!hasChild[halves[l][h]]) {
                    int m = b.addTask(0);
                    b.parent(m, halves[l][h]);
                }
            }
        }
        DependencyType[] types = DependencyType.values();
        for (int i = perLayer; i < leaves; i++) {
            int l = layerOf[i];
            for (int k = 0; k < dependenciesPerTask; k++) {
                int fromLayer = random.nextInt(l);
                int from = Math.min(leaves - 1, fromLayer * perLayer + random.nextInt(perLayer));
                int to = i;
                int pick = random.nextInt(6);
                if (pick == 0) {
                    from = random.nextBoolean() ? layerSummary[fromLayer] : halves[fromLayer][random.nextInt(2)];
                } else if (pick == 1) {
                    to = random.nextBoolean() ? layerSummary[l] : halves[l][random.nextInt(2)];
                }
                DependencyType type = random.nextInt(3) == 0 ? types[random.nextInt(4)] : DependencyType.FS;
                int lag = random.nextInt(3) == 0 ? 60 * (random.nextInt(25) - 8) : 0;
                b.addDependency(from, to, type, lag);
            }
        }
        return b;
    }
}
