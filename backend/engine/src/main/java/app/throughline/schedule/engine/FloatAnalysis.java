package app.throughline.schedule.engine;

import static app.throughline.schedule.engine.ScheduleState.COMPLETE;

/**
 * Total and free float, the critical flag and the critical path, from the early and late dates.
 */
final class FloatAnalysis {

    final int[] totalFloat;
    final int[] freeFloat;
    final boolean[] critical;
    final int[] criticalPath;

    FloatAnalysis(ScheduleState s) {
        int n = s.taskCount;
        ScheduleNetwork net = s.net;
        totalFloat = s.totalFloat; // leaves: filled by the backward pass
        freeFloat = s.freeFloat;
        critical = new boolean[n];
        int limit = s.in.criticalFloatLimit;
        for (int t = 0; t < n; t++) {
            if (net.summary[t]) {
                int total = s.progress[t] != 0 // started: its late start is its actual start
                        ? s.lf[t] - s.ef[t]
                        : Math.min(s.ls[t] - s.es[t], s.lf[t] - s.ef[t]);
                totalFloat[t] = total;
                freeFloat[t] = summaryFreeFloat(s, t, total);
            }
            critical[t] = totalFloat[t] <= limit && s.progress[t] != COMPLETE;
        }
        criticalPath = drivingPath(s);
    }

    /** Room before the summary delays any of its own successors (never more than its total float). */
    private static int summaryFreeFloat(ScheduleState s, int t, int total) {
        ScheduleNetwork net = s.net;
        int c = s.nodeCalendar[t];
        int free = total;
        for (int k = net.outStart[t], end = net.outStart[t + 1]; k < end; k++) {
            byte type = net.outType[k];
            if (type == ScheduleNetwork.UP) {
                continue;
            }
            int w = net.nodeTask[net.outTo[k]];
            int cw = s.nodeCalendar[w];
            int lag = net.outLag[k];
            int slack = type <= 1
                    ? s.startTo(s.es[w], cw, c) - lag - (type == 0 ? s.ef[t] : s.es[t])
                    : s.finishTo(s.ef[w], cw, c) - lag - (type == 2 ? s.ef[t] : s.es[t]);
            free = Math.min(free, slack);
        }
        return free;
    }

    /**
     * The chain of leaf tasks that drives the project finish: from the last-finishing task back
     * through each task's driving dependency (into a summary: to the child that drives its
     * start or finish) until a task is driven by something other than a dependency.
     */
    private static int[] drivingPath(ScheduleState s) {
        int n = s.taskCount;
        ScheduleNetwork net = s.net;
        int last = -1;
        long lastFinish = Long.MIN_VALUE;
        for (int v : net.order) { // ties go to the later task in dependency order
            if (v < n && !net.summary[v] && s.ef[v] == s.latestFinish[s.nodeCalendar[v]]) {
                long f = s.finishInstant(v);
                if (f > lastFinish || f == lastFinish && s.lf[v] - s.ef[v] <= s.lf[last] - s.ef[last]) {
                    last = v;
                    lastFinish = f;
                }
            }
        }
        if (last < 0) {
            return new int[0];
        }
        int[] path = new int[n];
        int length = 0;
        int t = last;
        while (t >= 0 && length < n) {
            path[length++] = t;
            int d = s.drivers.dependency(t);
            if (d < 0) {
                break;
            }
            int p = s.in.predecessor[d];
            boolean fromFinish = (s.in.dependencyType[d] & 1) == 0;
            while (net.summary[p]) {
                p = fromFinish ? s.lastChild[p] : s.firstChild[p];
            }
            t = p;
        }
        int[] result = new int[length];
        for (int k = 0; k < length; k++) {
            result[k] = path[length - 1 - k];
        }
        return result;
    }
}
