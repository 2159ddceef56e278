package app.throughline.schedule.engine;

import static app.throughline.schedule.engine.ScheduleState.COMPLETE;
import static app.throughline.schedule.engine.ScheduleState.IN_PROGRESS;
import static app.throughline.schedule.engine.ScheduleState.NEG;
import static app.throughline.schedule.engine.ScheduleState.POS;

import java.util.Arrays;

/**
 * Early dates, in topological order: each task starts at the latest of the project start, what
 * its dependencies and its summary ancestors allow, its constraint and the status date; actuals
 * override all of that. Constraints win over dependencies (the task is flagged).
 */
final class ForwardPass {

    private static final ConstraintType[] CONSTRAINTS = ConstraintType.values();

    private final ScheduleState s;
    private final ScheduleNetwork net;
    private final ScheduleInput in;

    ForwardPass(ScheduleState s) {
        this.s = s;
        this.net = s.net;
        this.in = s.in;
    }

    void run() {
        int[] order = net.order;
        int n = s.taskCount;
        for (int k = 0; k < order.length; k++) {
            int v = order[k];
            if (v >= n) {
                bound(v);
            } else if (net.summary[v]) {
                rollup(v);
            } else {
                leaf(v);
            }
        }
        // the latest finish per calendar first, so that only the last tasks need a calendar lookup
        int[] latest = s.latestFinish;
        Arrays.fill(latest, NEG);
        for (int t = 0; t < n; t++) {
            int c = s.nodeCalendar[t];
            if (!net.summary[t] && s.ef[t] > latest[c]) {
                latest[c] = s.ef[t];
            }
        }
        long finish = Long.MIN_VALUE;
        for (int t = 0; t < n; t++) {
            if (!net.summary[t] && s.ef[t] == latest[s.nodeCalendar[t]]) {
                finish = Math.max(finish, s.finishInstant(t));
            }
        }
        s.projectFinishInstant = n == 0 ? in.projectStart : finish;
        for (int c = 0; c < s.calendars.length; c++) {
            s.projectFinish[c] = s.calendars[c].ordinalAt(s.projectFinishInstant);
            s.projectFinishAtStartEdge[c] = s.calendars[c].finishInstant(s.projectFinish[c]) != s.projectFinishInstant;
        }
    }

    private void leaf(int t) {
        int[] es = s.es;
        int[] ef = s.ef;
        int c = s.nodeCalendar[t];
        int d = s.duration[t];
        int start = s.projectStart[c];
        int driver = Drivers.PROJECT_START;
        boolean one = s.oneCalendar;
        int[] from = net.inFrom;
        byte[] types = net.inType;
        int[] lags = net.inLag;
        int driving = -1;
        boolean[] elapsed = net.inElapsed;
        for (int k = net.inStart[t], end = net.inStart[t + 1]; k < end; k++) {
            int u = from[k];
            byte type = types[k];
            int candidate;
            if (elapsed != null && elapsed[k]) { // the lag runs around the clock
                int cu = s.nodeCalendar[u];
                candidate = type == 0 || type == 2
                        ? s.finishElapsed(ef[u], cu, c, lags[k])
                        : s.startElapsed(es[u], cu, c, lags[k]);
                if (type >= 2) { // FF, SF bound the finish
                    candidate -= d;
                }
            } else if (type == 0) { // FS
                candidate = (one ? ef[u] : s.finishTo(ef[u], s.nodeCalendar[u], c)) + lags[k];
            } else if (type == 1) { // SS
                candidate = (one ? es[u] : s.startTo(es[u], s.nodeCalendar[u], c)) + lags[k];
            } else if (type == 2) { // FF
                candidate = (one ? ef[u] : s.finishTo(ef[u], s.nodeCalendar[u], c)) + lags[k] - d;
            } else if (type == 3) { // SF
                candidate = (one ? es[u] : s.startTo(es[u], s.nodeCalendar[u], c)) + lags[k] - d;
            } else { // DOWN from the parent's bound node
                int cu = s.nodeCalendar[u];
                int fromStart = es[u] <= NEG ? NEG : s.startTo(es[u], cu, c);
                int fromFinish = ef[u] <= NEG ? NEG : s.finishTo(ef[u], cu, c) - d;
                if (fromStart > start && fromStart >= fromFinish) {
                    start = fromStart;
                    driving = -1;
                    driver = Drivers.inheritedStart(u);
                } else if (fromFinish > start) {
                    start = fromFinish;
                    driving = -1;
                    driver = Drivers.inheritedFinish(u);
                }
                continue;
            }
            if (candidate > start) {
                start = candidate;
                driving = k;
            }
        }
        if (driving >= 0) {
            driver = Drivers.row(driving);
        }
        byte special = net.special[t];

        boolean manual = (special & ScheduleNetwork.MANUAL) != 0;
        if (manual) { // dates as given: predecessors, constraint, delay and status date do not move it
            start = s.ordinal(in.manualStart[t], t);
            driver = Drivers.CONSTRAINT;
        } else if ((special & ScheduleNetwork.CONSTRAINED) != 0) {
            int type = in.constraintType[t];
            int date = s.ordinal(in.constraintDate[t], t);
            int constrained = start;
            switch (type) {
                case 2: // SNET
                    constrained = Math.max(start, date);
                    break;
                case 3: // SNLT
                    constrained = Math.min(start, date);
                    break;
                case 4: // FNET
                    constrained = Math.max(start, date - d);
                    break;
                case 5: // FNLT
                    constrained = Math.min(start, date - d);
                    break;
                case 6: // MSO
                    constrained = date;
                    break;
                default: // MFO
                    constrained = date - d;
                    break;
            }
            if (constrained < start) {
                s.conflict[t] = true;
            }
            if (constrained != start) {
                start = constrained;
                driver = Drivers.CONSTRAINT;
            }
        }
        // the delay follows whatever placed the task (MS Project's Leveling Delay); a must-start/finish-on keeps its
        // date
        int delay = in.levelingDelay[t];
        boolean delayed = false;
        if (delay > 0 && !manual && !hasProgress(t, special) && !pinnedOnDate(t, special)) {
            if (s.floorAtStatusDate && s.statusDate[c] > NEG && start < s.statusDate[c]) {
                start = s.statusDate[c];
                driver = Drivers.STATUS_DATE;
            }
            start += delay;
            s.appliedDelay[t] = delay;
            delayed = true;
        }
        boolean floorAtStatus = s.floorAtStatusDate && s.statusDate[c] > NEG;
        long actualStart = ScheduleInput.NO_DATE;
        long actualFinish = ScheduleInput.NO_DATE;
        double percent = 0;
        if ((special & ScheduleNetwork.PROGRESS) != 0) {
            actualStart = in.actualStart[t];
            actualFinish = in.actualFinish[t];
            percent = in.percentComplete[t];
        }
        if (actualStart != ScheduleInput.NO_DATE || percent > 0 && actualFinish == ScheduleInput.NO_DATE) {
            // progress without an actual start: the work began where it was planned to
            if (actualStart != ScheduleInput.NO_DATE) {
                start = s.ordinal(actualStart, t);
                driver = Drivers.ACTUAL;
            }
            if (actualFinish != ScheduleInput.NO_DATE) {
                s.progress[t] = COMPLETE;
                ef[t] = Math.max(start, s.ordinal(actualFinish, t));
            } else if (percent >= 100) {
                s.progress[t] = COMPLETE;
                ef[t] = start + d;
            } else {
                s.progress[t] = IN_PROGRESS;
                int done = (int) Math.round(d * percent / 100.0);
                int rest = d - done;
                int restStart = start + done;
                if (floorAtStatus && rest > 0 && restStart < s.statusDate[c]) {
                    restStart = s.statusDate[c];
                }
                s.remaining[t] = rest;
                ef[t] = restStart + rest;
            }
        } else if (actualFinish != ScheduleInput.NO_DATE) {
            s.progress[t] = COMPLETE;
            ef[t] = s.ordinal(actualFinish, t);
            start = ef[t] - d;
            driver = Drivers.ACTUAL;
        } else {
            if (floorAtStatus && !manual && start < s.statusDate[c]) {
                start = s.statusDate[c];
                driver = Drivers.STATUS_DATE;
                delayed = false;
            }
            ef[t] = start + d;
        }
        es[t] = start;
        s.drivers.start[t] = driver;
        s.drivers.delayed[t] = delayed;
    }

    private boolean pinnedOnDate(int t, byte special) {
        int type = in.constraintType[t];
        return (special & ScheduleNetwork.CONSTRAINED) != 0 && (type == 6 || type == 7); // MSO, MFO
    }

    private boolean hasProgress(int t, byte special) {
        return (special & ScheduleNetwork.PROGRESS) != 0
                && (in.actualStart[t] != ScheduleInput.NO_DATE
                        || in.actualFinish[t] != ScheduleInput.NO_DATE
                        || in.percentComplete[t] > 0);
    }

    /** Collects what a summary's dependencies and constraint impose on its children. */
    private void bound(int v) {
        int t = net.nodeTask[v];
        int c = s.nodeCalendar[v];
        int startBound = NEG;
        int finishBound = NEG;
        int startDriver = Drivers.PROJECT_START;
        int finishDriver = Drivers.PROJECT_START;
        for (int k = net.inStart[v], end = net.inStart[v + 1]; k < end; k++) {
            int u = net.inFrom[k];
            int cu = s.nodeCalendar[u];
            byte type = net.inType[k];
            if (type == ScheduleNetwork.DOWN) { // inherit the parent summary's bounds
                int fromStart = s.es[u] <= NEG ? NEG : s.startTo(s.es[u], cu, c);
                if (fromStart > startBound) {
                    startBound = fromStart;
                    startDriver = Drivers.inheritedStart(u);
                }
                int fromFinish = s.ef[u] <= NEG ? NEG : s.finishTo(s.ef[u], cu, c);
                if (fromFinish > finishBound) {
                    finishBound = fromFinish;
                    finishDriver = Drivers.inheritedFinish(u);
                }
                continue;
            }
            boolean fromFinish = (type & 1) == 0;
            int candidate = net.inElapsed != null && net.inElapsed[k]
                    ? (fromFinish
                            ? s.finishElapsed(s.ef[u], cu, c, net.inLag[k])
                            : s.startElapsed(s.es[u], cu, c, net.inLag[k]))
                    : (fromFinish ? s.finishTo(s.ef[u], cu, c) : s.startTo(s.es[u], cu, c)) + net.inLag[k];
            if (type <= 1 && candidate > startBound) { // FS, SS bound the start
                startBound = candidate;
                startDriver = Drivers.row(k);
            } else if (type > 1 && candidate > finishBound) { // FF, SF bound the finish
                finishBound = candidate;
                finishDriver = Drivers.row(k);
            }
        }
        int type = in.constraintType[t];
        if (type > 1) {
            int date = s.ordinal(in.constraintDate[t], v);
            boolean finishType = CONSTRAINTS[type].isFinishConstraint();
            boolean raises = type == 2 || type == 4 || type >= 6; // SNET, FNET, MSO, MFO
            if (raises && !finishType && date > startBound) {
                startBound = date;
                startDriver = Drivers.CONSTRAINT;
            } else if (raises && finishType && date > finishBound) {
                finishBound = date;
                finishDriver = Drivers.CONSTRAINT;
            }
        }
        s.es[v] = startBound;
        s.ef[v] = finishBound;
        s.drivers.start[v] = startDriver;
        s.drivers.finish[v] = finishDriver;
    }

    /** A summary spans its children: earliest start to latest finish. */
    private void rollup(int t) {
        int c = s.nodeCalendar[t];
        int start = POS;
        int finish = NEG;
        boolean complete = true;
        boolean started = false;
        for (int k = net.inStart[t], end = net.inStart[t + 1]; k < end; k++) {
            int u = net.inFrom[k]; // UP edges only: dependencies end at the bound
            int cu = s.nodeCalendar[u];
            int childStart = s.startTo(s.es[u], cu, c);
            int childFinish = s.finishTo(s.ef[u], cu, c);
            int child = net.nodeTask[u];
            if (childStart < start) {
                start = childStart;
                s.firstChild[t] = child;
                s.drivers.start[t] = s.drivers.start[u];
            }
            if (childFinish > finish) {
                finish = childFinish;
                s.lastChild[t] = child;
            }
            complete &= s.progress[child] == COMPLETE;
            started |= s.progress[child] != 0;
        }
        s.es[t] = start;
        s.ef[t] = finish;
        started |= in.actualStart[t] != ScheduleInput.NO_DATE; // a summary's own actual start counts
        s.progress[t] = complete ? COMPLETE : started ? IN_PROGRESS : 0;
    }
}
