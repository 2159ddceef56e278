package app.throughline.schedule.engine;

import static app.throughline.schedule.engine.ScheduleState.COMPLETE;

import java.util.Arrays;

/**
 * Total and free float, the critical flag, the critical path and the driving path, from the early
 * and late dates.
 */
final class FloatAnalysis {

    final int[] totalFloat;
    final int[] freeFloat;
    final boolean[] critical;
    final int[] criticalPath;
    final int[] drivingPath;
    private int firstChainLength;

    FloatAnalysis(ScheduleState s) {
        int n = s.taskCount;
        ScheduleNetwork net = s.net;
        totalFloat = s.totalFloat; // leaves: filled by the backward pass
        freeFloat = s.freeFloat;
        critical = new boolean[n];
        int limit = s.in.criticalFloatLimit;
        int[] childMinimum = s.in.summaryFloatFromChildren ? unfinishedChildMinimum(s) : null;
        for (int t = 0; t < n; t++) {
            if (net.summary[t]) {
                int total;
                if (childMinimum != null && childMinimum[t] != Integer.MAX_VALUE) {
                    total = childMinimum[t];
                } else { // everything under it is finished (or MS Project's rule): its own span
                    total = s.progress[t] != 0 ? s.lf[t] - s.ef[t] : Math.min(s.ls[t] - s.es[t], s.lf[t] - s.ef[t]);
                }
                totalFloat[t] = total;
                freeFloat[t] = summaryFreeFloat(s, t, total);
            }
            critical[t] = totalFloat[t] <= limit && s.progress[t] != COMPLETE;
        }
        drivingPath = drivingPath(s);
        criticalPath = Arrays.copyOf(drivingPath, firstChainLength);
    }

    /**
     * Per summary: the least total float of its unfinished leaf descendants, in working minutes of
     * the summary's calendar (a summary is as urgent as its most urgent child); MAX_VALUE when none.
     */
    private static int[] unfinishedChildMinimum(ScheduleState s) {
        int n = s.taskCount;
        int[] minimum = new int[n];
        Arrays.fill(minimum, Integer.MAX_VALUE);
        int[] parent = s.in.parent;
        for (int t = 0; t < n; t++) {
            if (s.net.summary[t] || s.progress[t] == COMPLETE) {
                continue;
            }
            int childDay = s.calendars[s.nodeCalendar[t]].minutesPerDay();
            for (int p = parent[t]; p >= 0; p = parent[p]) {
                int day = s.calendars[s.nodeCalendar[p]].minutesPerDay();
                int value =
                        day == childDay ? s.totalFloat[t] : (int) Math.round((double) s.totalFloat[t] * day / childDay);
                minimum[p] = Math.min(minimum[p], value);
            }
        }
        return minimum;
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
            int lag = net.outLag[k] + s.appliedDelay[w];
            int slack;
            if (net.outElapsed != null && net.outElapsed[k]) { // the lag runs around the clock
                int delay = s.appliedDelay[w];
                slack = type <= 1
                        ? s.startElapsed(s.es[w] - delay, cw, c, -net.outLag[k]) - (type == 0 ? s.ef[t] : s.es[t])
                        : s.finishElapsed(s.ef[w] - delay, cw, c, -net.outLag[k]) - (type == 2 ? s.ef[t] : s.es[t]);
            } else {
                slack = type <= 1
                        ? s.startTo(s.es[w], cw, c) - lag - (type == 0 ? s.ef[t] : s.es[t])
                        : s.finishTo(s.ef[w], cw, c) - lag - (type == 2 ? s.ef[t] : s.es[t]);
            }
            free = Math.min(free, slack);
        }
        return free;
    }

    /**
     * The leaf tasks that drive the project finish: from every leaf that finishes last back
     * through each task's driving dependency (into a summary: to the child that drives its start
     * or finish; past a levelling delay: to what it was added to) until a task is driven by
     * something other than a dependency. Ordered from the first task of a chain to the last; when
     * several chains end at the finish, the one whose last task has the least float comes first.
     */
    private int[] drivingPath(ScheduleState s) {
        int n = s.taskCount;
        ScheduleNetwork net = s.net;
        long lastFinish = Long.MIN_VALUE;
        for (int v = 0; v < n; v++) {
            if (!net.summary[v] && s.ef[v] == s.latestFinish[s.nodeCalendar[v]]) {
                lastFinish = Math.max(lastFinish, s.finishInstant(v));
            }
        }
        int[] ends = new int[n];
        int endCount = 0;
        for (int v : net.order) { // dependency order: ties go to the later task
            if (v < n
                    && !net.summary[v]
                    && s.ef[v] == s.latestFinish[s.nodeCalendar[v]]
                    && s.finishInstant(v) == lastFinish) {
                ends[endCount++] = v;
            }
        }
        Integer[] sorted = new Integer[endCount];
        for (int k = 0; k < endCount; k++) {
            sorted[k] = ends[endCount - 1 - k];
        }
        Arrays.sort(sorted, (a, b) -> Integer.compare(s.lf[a] - s.ef[a], s.lf[b] - s.ef[b])); // stable
        boolean[] seen = new boolean[n];
        int[] path = new int[n];
        int length = 0;
        for (int end : sorted) {
            int chainStart = length;
            int t = end;
            while (t >= 0 && !seen[t]) {
                seen[t] = true;
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
            reverse(path, chainStart, length);
            if (chainStart == 0) {
                firstChainLength = length;
            }
        }
        return Arrays.copyOf(path, length);
    }

    private static void reverse(int[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            int x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
    }
}
