package app.throughline.schedule.engine.bench;

import app.throughline.schedule.engine.BenchmarkHooks;
import app.throughline.schedule.engine.CriticalPathScheduler;
import app.throughline.schedule.engine.RandomNetworks;
import app.throughline.schedule.engine.ScheduleInput;
import app.throughline.schedule.engine.ScheduleResult;
import java.util.Arrays;

/**
 * Times the scheduler on random layered networks (about 3 dependencies per task, all four types,
 * lags and leads, default calendar) against the floor: a bare forward and backward sweep over the
 * same CSR arrays. Prints medians after warm-up. Single-threaded.
 *
 * <p>Arguments: task counts (default 1000 10000 100000).
 */
public final class ScheduleBenchmark {

    private ScheduleBenchmark() {}

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {1_000, 10_000, 100_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf("%8s %8s | %10s %10s %10s | %10s | %8s %8s%n",
                "tasks", "deps", "network ms", "passes ms", "total ms", "bare ms", "passes/x", "total/x");
        for (int size : sizes) {
            run(size);
        }
    }

    private static void run(int size) {
        ScheduleInput in = RandomNetworks.layered(42L + size, size, 3, true, true).build();
        BenchmarkHooks.prepare(in);
        int nodes = BenchmarkHooks.nodeCount(in);
        int[] early = new int[nodes];
        int[] late = new int[nodes];
        // enough warm-up for the JIT to compile the passes, whatever the size (about 2 M tasks' worth)
        int warmup = Math.max(10, 2_000_000 / size);
        int runs = Math.max(15, 200_000 / size);
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += BenchmarkHooks.buildNetwork(in);
            sink += CriticalPathScheduler.schedule(in).criticalPath().length;
            sink += BenchmarkHooks.bareSweep(in, early, late);
        }
        long[] network = new long[runs];
        long[] passes = new long[runs];
        long[] bare = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink += BenchmarkHooks.buildNetwork(in);
            long t1 = System.nanoTime();
            ScheduleResult r = CriticalPathScheduler.schedule(in);
            long t2 = System.nanoTime();
            sink += BenchmarkHooks.bareSweep(in, early, late);
            long t3 = System.nanoTime();
            sink += r.totalFloat(size - 1);
            network[i] = t1 - t0;
            passes[i] = t2 - t1;
            bare[i] = t3 - t2;
        }
        double networkMs = median(network);
        double passesMs = median(passes);
        double bareMs = median(bare);
        System.out.printf("%8d %8d | %10.2f %10.2f %10.2f | %10.2f | %8.1f %8.1f%n",
                size, in.dependencyCount(), networkMs, passesMs, networkMs + passesMs, bareMs,
                passesMs / bareMs, (networkMs + passesMs) / bareMs);
        if (sink == 42) {
            System.out.println();
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
