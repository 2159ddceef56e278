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

    /**
     * The other floor: a bare topological traversal in the literal sense, Kahn's algorithm over the
     * same CSR arrays (in-degrees, queue, every edge once) with a longest-path sum; returns a checksum.
     */
    public static long kahnTraversal(ScheduleInput in, int[] early, int[] indegree, int[] queue) {
        ScheduleNetwork net = in.network();
        int nodes = net.nodeCount;
        int n = in.taskCount;
        int[] duration = in.duration;
        int[] inStart = net.inStart;
        int[] outStart = net.outStart;
        int[] to = net.outTo;
        int tail = 0;
        for (int v = 0; v < nodes; v++) {
            indegree[v] = inStart[v + 1] - inStart[v];
            early[v] = 0;
            if (indegree[v] == 0) {
                queue[tail++] = v;
            }
        }
        int finish = 0;
        for (int head = 0; head < tail; head++) {
            int v = queue[head];
            int f = early[v] + (v < n ? duration[v] : 0);
            finish = Math.max(finish, f);
            for (int k = outStart[v], end = outStart[v + 1]; k < end; k++) {
                int w = to[k];
                early[w] = Math.max(early[w], f);
                if (--indegree[w] == 0) {
                    queue[tail++] = w;
                }
            }
        }
        return finish + tail;
    }
}
