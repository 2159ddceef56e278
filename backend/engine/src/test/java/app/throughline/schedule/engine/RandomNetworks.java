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
    public static ScheduleInputBuilder layered(long seed, int tasks, int dependenciesPerTask, boolean mixedTypes, boolean lags) {
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
                DependencyType type = mixedTypes && random.nextInt(3) == 0 ? types[random.nextInt(4)] : DependencyType.FS;
                int lag = lags && random.nextInt(3) == 0 ? 60 * (random.nextInt(25) - 8) : 0;
                b.addDependency(from, i, type, lag);
            }
        }
        return b;
    }
}
