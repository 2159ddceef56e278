package app.throughline.schedule.engine;

import static app.throughline.schedule.engine.ScheduleState.COMPLETE;
import static app.throughline.schedule.engine.ScheduleState.IN_PROGRESS;
import static app.throughline.schedule.engine.ScheduleState.NEG;
import static app.throughline.schedule.engine.ScheduleState.POS;

/**
 * Late dates, in reverse topological order: each task finishes by the earliest of the project
 * finish, what its successors and its summary ancestors' successors allow, its finish-side
 * constraint and its deadline. Deadlines and constraints never move work; they show as negative
 * float. Work in progress holds its predecessors back by its remaining duration only, so its
 * {@code ls} is the late start of what remains. Leaf tasks get their floats here too, while their
 * successor rows are at hand.
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
        int[] es = s.es;
        int[] ef = s.ef;
        int[] ls = s.ls;
        int[] lf = s.lf;
        int[] nodeTask = net.nodeTask;
        int taskCount = s.taskCount;
        int c = s.nodeCalendar[t];
        int d = s.duration[t];
        int finish = s.projectFinish[c];
        boolean atStart = s.projectFinishAtStartEdge[c];
        int startBound = POS;
        int free = POS; // room before a successor moves, on this task's calendar
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
            int lag = lags[k] + (w < taskCount ? s.appliedDelay[w] : 0); // a delay holds back like lag
            int x = w < taskCount ? w : nodeTask[w]; // a summary successor: its rolled-up early dates
            if (net.outElapsed != null && net.outElapsed[k]) { // the lag runs around the clock
                int delay = w < taskCount ? s.appliedDelay[w] : 0;
                int minutes = lags[k];
                boolean toStart = type == 0 || type == 1;
                int room = toStart
                        ? s.startElapsed(es[x] - delay, cw, c, -minutes)
                        : s.finishElapsed(ef[x] - delay, cw, c, -minutes);
                free = Math.min(free, room - (type == 0 || type == 2 ? ef[t] : es[t]));
                if (skipComplete && w < taskCount && s.progress[w] == COMPLETE) {
                    continue;
                }
                int bound = toStart
                        ? s.startElapsed(ls[w] - delay, cw, c, -minutes)
                        : s.finishElapsed(lf[w] - delay, cw, c, -minutes);
                if (type == 0) {
                    if (bound <= finish) {
                        finish = bound;
                        atStart = true;
                    }
                } else if (type == 2) {
                    if (bound < finish) {
                        finish = bound;
                        atStart = false;
                    }
                } else {
                    startBound = Math.min(startBound, bound);
                }
                continue;
            }
            if (type == 0 || type == 1) { // FS, SS: against the successor's start
                free = Math.min(free, s.startTo(es[x], cw, c) - lag - (type == 0 ? ef[t] : es[t]));
            } else { // FF, SF: against its finish
                free = Math.min(free, s.finishTo(ef[x], cw, c) - lag - (type == 2 ? ef[t] : es[t]));
            }
            if (skipComplete && w < taskCount && s.progress[w] == COMPLETE) {
                continue; // finished work holds nothing back
            }
            if (type == 0) { // FS
                int bound = s.startTo(ls[w] - lag, cw, c);
                if (bound <= finish) {
                    finish = bound;
                    atStart = true;
                }
            } else if (type == 1) { // SS
                startBound = Math.min(startBound, s.startTo(ls[w] - lag, cw, c));
            } else if (type == 2) { // FF
                int bound = s.finishTo(lf[w] - lag, cw, c);
                if (bound < finish) {
                    finish = bound;
                    atStart = false;
                }
            } else { // SF
                startBound = Math.min(startBound, s.finishTo(lf[w] - lag, cw, c));
            }
        }
        if ((net.special[t] & ScheduleNetwork.LATE_LIMITS) != 0) {
            int type = in.constraintType[t];
            if (type == 3 || type == 6) { // SNLT, MSO
                startBound = Math.min(startBound, s.ordinal(in.constraintDate[t], t));
            } else if (type == 5 || type == 7) { // FNLT, MFO
                int date = s.ordinal(in.constraintDate[t], t);
                if (date < finish) {
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
        }
        if (startBound + d < finish) {
            finish = startBound + d;
            atStart = true;
        }
        if (d == 0) {
            s.lateAtStartEdge[t] = atStart; // only a milestone shows its late dates at an edge
        }
        byte progress = s.progress[t];
        int total;
        if (progress == COMPLETE) {
            ls[t] = es[t];
            lf[t] = ef[t];
            total = 0;
            free = 0;
        } else if (progress == IN_PROGRESS) {
            lf[t] = finish;
            ls[t] = finish - s.remaining[t];
            total = finish - ef[t];
        } else {
            lf[t] = finish;
            ls[t] = finish - d;
            total = Math.min(ls[t] - es[t], finish - ef[t]);
        }
        s.totalFloat[t] = total;
        s.freeFloat[t] = Math.min(free, total);
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
            int lag = net.outLag[k] + (w < s.taskCount ? s.appliedDelay[w] : 0);
            int bound = toStart ? s.startTo(s.ls[w] - lag, cw, c) : s.finishTo(s.lf[w] - lag, cw, c);
            if (net.outElapsed != null && net.outElapsed[k]) { // the lag runs around the clock
                int delay = w < s.taskCount ? s.appliedDelay[w] : 0;
                bound = toStart
                        ? s.startElapsed(s.ls[w] - delay, cw, c, -net.outLag[k])
                        : s.finishElapsed(s.lf[w] - delay, cw, c, -net.outLag[k]);
            }
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
     * late dates span its children's. The bound node keeps the earliest late start of what remains
     * (for the summary's predecessors), the rollup node the earliest late start as reported.
     */
    private void summaryLateDates(int v) {
        int t = net.nodeTask[v];
        int c = s.nodeCalendar[v];
        int lateStart = POS;
        int lateStartRemaining = POS;
        int lateFinish = NEG;
        boolean atStart = false;
        for (int k = net.outStart[v], end = net.outStart[v + 1]; k < end; k++) {
            int w = net.outTo[k]; // DOWN edges only
            int cw = s.nodeCalendar[w];
            int child = net.nodeTask[w];
            lateStart = Math.min(lateStart, s.startTo(s.reportedLateStart(child), cw, c));
            lateStartRemaining = Math.min(lateStartRemaining, s.startTo(s.ls[w] - s.appliedDelay[child], cw, c));
            int childFinish = s.finishTo(s.lf[child], cw, c);
            if (childFinish > lateFinish || childFinish == lateFinish && s.lateAtStartEdge[child]) {
                lateFinish = childFinish;
                atStart = s.lateAtStartEdge[child];
            }
        }
        s.ls[v] = lateStartRemaining;
        s.lf[v] = lateFinish;
        // the rollup node's bounds are no longer needed: its children are done
        s.ls[t] = lateStart;
        s.lf[t] = lateFinish;
        s.lateAtStartEdge[t] = atStart;
    }
}
