package app.throughline.schedule.engine;

import static app.throughline.schedule.engine.ScheduleState.COMPLETE;
import static app.throughline.schedule.engine.ScheduleState.IN_PROGRESS;
import static app.throughline.schedule.engine.ScheduleState.NEG;
import static app.throughline.schedule.engine.ScheduleState.POS;

/**
 * Late dates, in reverse topological order: each task finishes by the earliest of the project
 * finish, what its successors and its summary ancestors' successors allow, its finish-side
 * constraint and its deadline. Deadlines and constraints never move work; they show as negative
 * float. Work in progress holds its predecessors back by its remaining duration only.
 */
final class BackwardPass {

    private final ScheduleState s;
    private final ScheduleNetwork net;
    private final ScheduleInput in;

    BackwardPass(ScheduleState s) {
        this.s = s;
        this.net = s.net;
        this.in = s.in;
    }

    void run() {
        int[] order = net.order;
        int n = s.taskCount;
        for (int k = order.length - 1; k >= 0; k--) {
            int v = order[k];
            if (v >= n) {
                summaryLateDates(v);
            } else if (net.summary[v]) {
                rollupBounds(v);
            } else {
                leaf(v);
            }
        }
    }

    private void leaf(int t) {
        int[] ls = s.ls;
        int[] lf = s.lf;
        int[] lsEffective = s.lsEffective;
        int c = s.nodeCalendar[t];
        int d = s.duration[t];
        int finish = s.projectFinish[c];
        boolean atStart = s.projectFinishAtStartEdge[c];
        int startBound = POS;
        boolean one = s.oneCalendar;
        boolean skipComplete = s.anyComplete;
        int[] to = net.outTo;
        byte[] types = net.outType;
        int[] lags = net.outLag;
        for (int k = net.outStart[t], end = net.outStart[t + 1]; k < end; k++) {
            int w = to[k];
            byte type = types[k];
            int cw = one ? c : s.nodeCalendar[w];
            if (type == ScheduleNetwork.UP) { // the parent rollup's bounds
                startBound = Math.min(startBound, s.startTo(ls[w], cw, c));
                int bound = s.finishTo(lf[w], cw, c);
                if (bound < finish || bound == finish && s.lateAtStartEdge[w]) {
                    finish = bound;
                    atStart = s.lateAtStartEdge[w];
                }
                continue;
            }
            if (skipComplete && w < s.taskCount && s.progress[w] == COMPLETE) {
                continue; // finished work holds nothing back
            }
            if (type == 0) { // FS
                int bound = s.startTo(lsEffective[w] - lags[k], cw, c);
                if (bound <= finish) {
                    finish = bound;
                    atStart = true;
                }
            } else if (type == 1) { // SS
                startBound = Math.min(startBound, s.startTo(lsEffective[w] - lags[k], cw, c));
            } else if (type == 2) { // FF
                int bound = s.finishTo(lf[w] - lags[k], cw, c);
                if (bound < finish) {
                    finish = bound;
                    atStart = false;
                }
            } else { // SF
                startBound = Math.min(startBound, s.finishTo(lf[w] - lags[k], cw, c));
            }
        }
        int type = in.constraintType[t];
        if (type > 1) {
            int date = s.ordinal(in.constraintDate[t], t);
            if (type == 3 || type == 6) { // SNLT, MSO
                startBound = Math.min(startBound, date);
            } else if ((type == 5 || type == 7) && date < finish) { // FNLT, MFO
                finish = date;
                atStart = false;
            }
        }
        if (in.deadline[t] != ScheduleInput.NO_DATE) {
            int date = s.ordinal(in.deadline[t], t);
            if (date < finish) {
                finish = date;
                atStart = false;
            }
        }
        if (startBound + d < finish) {
            atStart = true;
        }
        s.lateAtStartEdge[t] = atStart && d == 0;
        byte progress = s.progress[t];
        if (progress == COMPLETE) {
            ls[t] = s.es[t];
            lf[t] = s.ef[t];
            lsEffective[t] = s.es[t];
        } else if (progress == IN_PROGRESS) {
            finish = Math.min(finish, startBound + d);
            lf[t] = finish;
            ls[t] = s.es[t];
            lsEffective[t] = finish - s.remaining[t];
        } else {
            finish = Math.min(finish, startBound + d);
            lf[t] = finish;
            ls[t] = finish - d;
            lsEffective[t] = finish - d;
        }
    }

    /** What a summary's successors, constraint and deadline impose on all its children. */
    private void rollupBounds(int t) {
        int c = s.nodeCalendar[t];
        int startBound = POS;
        int finishBound = POS;
        boolean atStart = false;
        for (int k = net.outStart[t], end = net.outStart[t + 1]; k < end; k++) {
            int w = net.outTo[k];
            int cw = s.nodeCalendar[w];
            byte type = net.outType[k];
            if (type == ScheduleNetwork.UP) {
                startBound = Math.min(startBound, s.startTo(s.ls[w], cw, c));
                int bound = s.finishTo(s.lf[w], cw, c);
                if (bound < finishBound || bound == finishBound && s.lateAtStartEdge[w]) {
                    finishBound = bound;
                    atStart = s.lateAtStartEdge[w];
                }
                continue;
            }
            if (w < s.taskCount && s.progress[w] == COMPLETE) {
                continue;
            }
            boolean toStart = type == 0 || type == 1; // FS, SS: the successor's start
            int bound = toStart
                    ? s.startTo(s.lsEffective[w] - net.outLag[k], cw, c)
                    : s.finishTo(s.lf[w] - net.outLag[k], cw, c);
            if ((type & 1) == 0) { // FS, FF: bound the finish
                if (bound < finishBound || bound == finishBound && type == 0) {
                    finishBound = bound;
                    atStart = type == 0;
                }
            } else {
                startBound = Math.min(startBound, bound);
            }
        }
        int type = in.constraintType[t];
        if (type > 1) {
            int date = s.ordinal(in.constraintDate[t], t);
            if (type == 3 || type == 6) {
                startBound = Math.min(startBound, date);
            } else if ((type == 5 || type == 7) && date < finishBound) {
                finishBound = date;
                atStart = false;
            }
        }
        if (in.deadline[t] != ScheduleInput.NO_DATE) {
            int date = s.ordinal(in.deadline[t], t);
            if (date < finishBound) {
                finishBound = date;
                atStart = false;
            }
        }
        s.ls[t] = startBound;
        s.lf[t] = finishBound;
        s.lateAtStartEdge[t] = atStart;
    }

    /**
     * Runs after all children (they come after the bound node in topological order): the summary's
     * late dates span its children's, and its predecessors see the earliest late start.
     */
    private void summaryLateDates(int v) {
        int t = net.nodeTask[v];
        int c = s.nodeCalendar[v];
        int lateStart = POS;
        int lateStartEffective = POS;
        int lateFinish = NEG;
        boolean atStart = false;
        for (int k = net.outStart[v], end = net.outStart[v + 1]; k < end; k++) {
            int w = net.outTo[k]; // DOWN edges only
            int cw = s.nodeCalendar[w];
            int child = net.nodeTask[w];
            lateStart = Math.min(lateStart, s.startTo(s.ls[child], cw, c));
            lateStartEffective = Math.min(lateStartEffective, s.startTo(s.lsEffective[w], cw, c));
            int childFinish = s.finishTo(s.lf[child], cw, c);
            if (childFinish > lateFinish || childFinish == lateFinish && s.lateAtStartEdge[child]) {
                lateFinish = childFinish;
                atStart = s.lateAtStartEdge[child];
            }
        }
        s.ls[v] = lateStart;
        s.lf[v] = lateFinish;
        s.lsEffective[v] = lateStartEffective;
        // the rollup node's bounds are no longer needed: its children are done
        s.ls[t] = lateStart;
        s.lf[t] = lateFinish;
        s.lsEffective[t] = lateStartEffective;
        s.lateAtStartEdge[t] = atStart;
    }
}
