package app.throughline.schedule.engine;

/**
 * Package-level access for {@link app.throughline.schedule.engine.bench.ScheduleBenchmark}: builds
 * the network arrays and runs the "floor", a bare forward and backward sweep over the very same
 * CSR arrays with plain integer durations (no calendars, types, lags or constraints).
 */
public final class BenchmarkHooks {

    private BenchmarkHooks() {}

    /** Builds the CSR network and topological order of an input from scratch; returns the node count. */
    public static int buildNetwork(ScheduleInput in) {
        return new ScheduleNetwork(in).nodeCount;
    }

    /** Makes sure the input's cached network exists (so schedule() times the passes only). */
    public static void prepare(ScheduleInput in) {
        in.network();
    }

    /** The floor: longest-path forward sweep and backward sweep in topological order; returns a checksum. */
    public static long bareSweep(ScheduleInput in, int[] early, int[] late) {
        ScheduleNetwork net = in.network();
        int[] order = net.order;
        int[] duration = in.duration;
        int[] inStart = net.inStart;
        int[] outStart = net.outStart;
        int[] from = net.inFrom;
        int[] to = net.outTo;
        int n = in.taskCount;
        int finish = 0;
        for (int v : order) {
            int start = 0;
            for (int k = inStart[v], end = inStart[v + 1]; k < end; k++) {
                int u = from[k];
                start = Math.max(start, early[u] + (u < n ? duration[u] : 0));
            }
            early[v] = start;
            finish = Math.max(finish, start + (v < n ? duration[v] : 0));
        }
        for (int i = order.length - 1; i >= 0; i--) {
            int v = order[i];
            int latest = finish;
            for (int k = outStart[v], end = outStart[v + 1]; k < end; k++) {
                latest = Math.min(latest, late[to[k]]);
            }
            late[v] = latest - (v < n ? duration[v] : 0);
        }
        return finish + late[order[0]];
    }

    /** The node count of the input's network (array size for {@link #bareSweep}). */
    public static int nodeCount(ScheduleInput in) {
        return in.network().nodeCount;
    }
}
