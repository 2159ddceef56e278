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
        totalFloat = new int[n];
        freeFloat = new int[n];
        critical = new boolean[n];
        for (int t = 0; t < n; t++) {
            int total;
            if (s.progress[t] == COMPLETE && !net.summary[t]) {
                total = 0;
            } else if (s.progress[t] != 0) { // started: its late start is its actual start
                total = s.lf[t] - s.ef[t];
                total = s.lf[t] - s.ef[t];
            } else {
                total = Math.min(s.ls[t] - s.es[t], s.lf[t] - s.ef[t]);
            }
            totalFloat[t] = total;
            critical[t] = total <= s.in.criticalFloatLimit && s.progress[t] != COMPLETE;
            freeFloat[t] = s.progress[t] == COMPLETE && !net.summary[t] ? 0 : freeFloat(s, t, total);
        }
        criticalPath = drivingPath(s);
    }

    /** Room before the task delays any successor (never more than its total float). */
    private static int freeFloat(ScheduleState s, int t, int total) {
        ScheduleNetwork net = s.net;
        int c = s.nodeCalendar[t];
        int free = total;
        boolean one = s.oneCalendar;
        for (int k = net.outStart[t], end = net.outStart[t + 1]; k < end; k++) {
            byte type = net.outType[k];
            if (type == ScheduleNetwork.UP) {
                continue;
            }
            int w = net.nodeTask[net.outTo[k]]; // a summary successor: its rolled-up dates
            int cw = one ? c : s.nodeCalendar[w];
            int lag = net.outLag[k];
            int slack;
            // like MS Project: the successor's date on this task's calendar, less the lag
            switch (type) {
                case 0:
                    slack = s.startTo(s.es[w], cw, c) - lag - s.ef[t];
                    break;
                case 1:
                    slack = s.startTo(s.es[w], cw, c) - lag - s.es[t];
                    break;
                case 2:
                    slack = s.finishTo(s.ef[w], cw, c) - lag - s.ef[t];
                    break;
                default:
                    slack = s.finishTo(s.ef[w], cw, c) - lag - s.es[t];
                    break;
            }
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
            if (s.driverKind[t] != DriverKind.DEPENDENCY.ordinal()) {
                break;
            }
            int d = s.driverDependency[t];
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
