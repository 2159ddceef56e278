package app.throughline.schedule.engine.bench;

import app.throughline.schedule.engine.BenchmarkHooks;
import app.throughline.schedule.engine.CriticalPathScheduler;
import app.throughline.schedule.engine.RandomNetworks;
import app.throughline.schedule.engine.ScheduleInput;
import app.throughline.schedule.engine.ScheduleResult;
import java.util.Arrays;

/**
 * Times the scheduler on random layered networks (about 3 dependencies per task, all four types,
 * lags and leads, default calendar) against two floors over the same CSR arrays: a bare forward
 * and backward sweep in the precomputed topological order, and Kahn's topological traversal.
 * Prints medians after warm-up. Single-threaded.
 *
 * <ul>
 *   <li>network: building the CSR arrays and the topological order from the input (once per input;
 *       the input caches it)
 *   <li>passes: {@code CriticalPathScheduler.schedule} on that network: forward pass, backward pass,
 *       floats, critical path and the result object
 *   <li>sweep: forward + backward longest-path sweep, plain int durations, no calendars or types
 *   <li>kahn: Kahn's algorithm (in-degrees, queue, every edge) with a forward longest-path sum
 * </ul>
 *
 * Arguments: task counts (default 1000 10000 100000). Run from the repository root with
 *
 * <pre>
 * mvn -q -B -f backend/engine/pom.xml test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.classpathScope=test "-Dexec.args=-Xms1g -Xmx1g -cp %classpath app.throughline.schedule.engine.bench.ScheduleBenchmark"
 * </pre>
 *
 * (prefix {@code -Dexec.executable=taskset} and {@code -c 0 java} in the arguments to pin one core).
 */
public final class ScheduleBenchmark {

    private ScheduleBenchmark() {}

    public static void main(String[] args) {
        int[] sizes = args.length == 0
                ? new int[] {1_000, 10_000, 100_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf(
                "%8s %8s | %8s %8s %8s | %8s %8s | %13s %13s%n",
                "tasks", "deps", "network", "passes", "total", "sweep", "kahn", "passes/sweep", "total/(k+s)");
        for (int size : sizes) {
            run(size);
        }
        System.out.println("(milliseconds, medians; ratios are how many times the floor)");
    }

    private static void run(int size) {
        ScheduleInput in =
                RandomNetworks.layered(42L + size, size, 3, true, true).build();
        BenchmarkHooks.prepare(in);
        int nodes = BenchmarkHooks.nodeCount(in);
        int[] early = new int[nodes];
        int[] late = new int[nodes];
        int[] queue = new int[nodes];
        // enough warm-up for the JIT to compile the passes, whatever the size (about 2 M tasks' worth)
        int warmup = Math.max(10, 2_000_000 / size);
        int runs = Math.max(15, 200_000 / size);
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += BenchmarkHooks.buildNetwork(in);
            sink += CriticalPathScheduler.schedule(in).criticalPath().length;
            sink += BenchmarkHooks.bareSweep(in, early, late);
            sink += BenchmarkHooks.kahnTraversal(in, early, late, queue);
        }
        long[] network = new long[runs];
        long[] passes = new long[runs];
        long[] sweep = new long[runs];
        long[] kahn = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink += BenchmarkHooks.buildNetwork(in);
            long t1 = System.nanoTime();
            ScheduleResult r = CriticalPathScheduler.schedule(in);
            long t2 = System.nanoTime();
            sink += BenchmarkHooks.bareSweep(in, early, late);
            long t3 = System.nanoTime();
            sink += BenchmarkHooks.kahnTraversal(in, early, late, queue);
            long t4 = System.nanoTime();
            sink += r.totalFloat(size - 1);
            network[i] = t1 - t0;
            passes[i] = t2 - t1;
            sweep[i] = t3 - t2;
            kahn[i] = t4 - t3;
        }
        double networkMs = median(network);
        double passesMs = median(passes);
        double sweepMs = median(sweep);
        double kahnMs = median(kahn);
        System.out.printf(
                "%8d %8d | %8.2f %8.2f %8.2f | %8.2f %8.2f | %13.1f %13.1f%n",
                size,
                in.dependencyCount(),
                networkMs,
                passesMs,
                networkMs + passesMs,
                sweepMs,
                kahnMs,
                passesMs / sweepMs,
                (networkMs + passesMs) / (kahnMs + sweepMs));
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
