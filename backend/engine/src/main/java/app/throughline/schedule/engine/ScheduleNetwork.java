package app.throughline.schedule.engine;

import java.util.Arrays;

/**
 * The network the passes walk: nodes and edges in compressed-sparse-row arrays, plus a
 * topological order. Derived once from a {@link ScheduleInput}.
 *
 * <p>Node {@code i < taskCount} is task {@code i}; for a summary task it is the summary's
 * <em>rollup</em> (its dates are the span of its children). Each summary also has a <em>bound</em>
 * node (index {@code taskCount + k}) that collects what the summary's predecessors and constraints
 * impose and passes it down to the children. Edges: the dependencies (into a summary they end at
 * its bound node), bound → child ({@link #DOWN}) and child → parent rollup ({@link #UP}).
 */
final class ScheduleNetwork {

    static final byte DOWN = 4;
    static final byte UP = 5;

    /** {@link #special} bit: the task has a dated constraint. */
    static final byte CONSTRAINED = 1;
    /** {@link #special} bit: the task has actuals or progress. */
    static final byte PROGRESS = 2;
    /** {@link #special} bit: the task has a deadline or a late-side constraint. */
    static final byte LATE_LIMITS = 4;
    /** {@link #special} bit: the task is manually scheduled. */
    static final byte MANUAL = 8;

    final int taskCount;
    final int nodeCount;
    /** Per task: its bound node, or -1 for a leaf task. */
    final int[] boundNode;
    /** Per node: the task it belongs to. */
    final int[] nodeTask;
    /** Per task: whether it has children. */
    final boolean[] summary;
    /** Per task: which of the rarely used inputs it has, so that plain tasks skip them. */
    final byte[] special;
    /** Per task: its duration in working minutes, 0 for summaries. */
    final int[] duration;
    /** Per node: the index of the calendar its dates are on. */
    final int[] nodeCalendar;
    /** Whether every node is on the same calendar (then no value ever needs converting). */
    final boolean oneCalendar;
    /** Whether some task has an actual finish or is 100% done. */
    final boolean anyComplete;

    final int edgeCount;
    /** Row k of node v's incoming edges is inStart[v] + k; likewise for outgoing edges. */
    final int[] inStart;

    final int[] outStart;

    // the edges, laid out in row order so that the passes read them sequentially
    final int[] inFrom;
    final byte[] inType;
    final int[] inLag;
    /** Per incoming row: the dependency index, or -1 for structural edges. */
    final int[] inDependency;

    final int[] outTo;
    final byte[] outType;
    final int[] outLag;
    /** Per incoming row: whether its lag is elapsed (calendar) minutes; null when no lag is. */
    final boolean[] inElapsed;
    /** Per outgoing row: whether its lag is elapsed (calendar) minutes; null when no lag is. */
    final boolean[] outElapsed;

    /** Nodes in topological order (null when the network has a cycle). */
    final int[] order;
    /** Tasks on a cycle, when {@link #order} is null. */
    final int[] cycle;

    ScheduleNetwork(ScheduleInput in) {
        int n = in.taskCount;
        taskCount = n;
        summary = new boolean[n];
        int children = 0;
        for (int i = 0; i < n; i++) {
            int p = in.parent[i];
            if (p >= 0) {
                summary[p] = true;
                children++;
            }
        }
        special = new byte[n];
        for (int i = 0; i < n; i++) {
            int type = in.constraintType[i];
            int bits = type > 1 ? CONSTRAINED : 0;
            if (in.actualStart[i] != ScheduleInput.NO_DATE
                    || in.actualFinish[i] != ScheduleInput.NO_DATE
                    || in.percentComplete[i] > 0) {
                bits |= PROGRESS;
            }
            if (in.deadline[i] != ScheduleInput.NO_DATE || type == 3 || type == 5 || type == 6 || type == 7) {
                bits |= LATE_LIMITS;
            }
            if (in.manualStart[i] != ScheduleInput.NO_DATE) {
                bits |= MANUAL;
            }
            special[i] = (byte) bits;
        }
        boundNode = new int[n];
        int nodes = n;
        for (int i = 0; i < n; i++) {
            boundNode[i] = summary[i] ? nodes++ : -1;
        }
        nodeCount = nodes;
        nodeTask = new int[nodes];
        for (int i = 0; i < n; i++) {
            nodeTask[i] = i;
            if (summary[i]) {
                nodeTask[boundNode[i]] = i;
            }
        }

        duration = new int[n];
        boolean complete = false;
        for (int i = 0; i < n; i++) {
            duration[i] = summary[i] ? 0 : in.duration[i];
            complete |= in.actualFinish[i] != ScheduleInput.NO_DATE || in.percentComplete[i] >= 100;
        }
        anyComplete = complete;
        nodeCalendar = new int[nodes];
        boolean same = true;
        for (int v = 0; v < nodes; v++) {
            nodeCalendar[v] = in.calendarIndex(nodeTask[v]);
            same &= nodeCalendar[v] == nodeCalendar[0];
        }
        oneCalendar = same;

        int m = in.dependencyCount;
        edgeCount = m + 2 * children;
        int[] edgeFrom = new int[edgeCount];
        int[] edgeTo = new int[edgeCount];
        byte[] edgeType = new byte[edgeCount];
        int[] edgeDependency = new int[edgeCount];
        for (int d = 0; d < m; d++) {
            edgeFrom[d] = in.predecessor[d];
            edgeTo[d] = entry(in.successor[d]);
            edgeType[d] = in.dependencyType[d];
            edgeDependency[d] = d;
        }
        int e = m;
        for (int i = 0; i < n; i++) {
            int p = in.parent[i];
            if (p >= 0) {
                edgeFrom[e] = boundNode[p];
                edgeTo[e] = entry(i);
                edgeType[e] = DOWN;
                edgeDependency[e++] = -1;
                edgeFrom[e] = i;
                edgeTo[e] = p;
                edgeType[e] = UP;
                edgeDependency[e++] = -1;
            }
        }

        inStart = new int[nodes + 1];
        outStart = new int[nodes + 1];
        int[] inEdges = new int[edgeCount];
        int[] outEdges = new int[edgeCount];
        fillRows(edgeTo, inStart, inEdges);
        fillRows(edgeFrom, outStart, outEdges);

        int[] lag = new int[edgeCount];
        boolean anyElapsed = false;
        for (int d = 0; d < m; d++) {
            lag[d] = in.lag(d);
            anyElapsed |= in.lagElapsed[d];
        }
        inElapsed = anyElapsed ? new boolean[edgeCount] : null;
        outElapsed = anyElapsed ? new boolean[edgeCount] : null;
        inFrom = new int[edgeCount];
        inType = new byte[edgeCount];
        inLag = new int[edgeCount];
        inDependency = new int[edgeCount];
        outTo = new int[edgeCount];
        outType = new byte[edgeCount];
        outLag = new int[edgeCount];
        for (int k = 0; k < edgeCount; k++) {
            int row = inEdges[k];
            inFrom[k] = edgeFrom[row];
            inType[k] = edgeType[row];
            inLag[k] = lag[row];
            inDependency[k] = edgeDependency[row];
            row = outEdges[k];
            outTo[k] = edgeTo[row];
            outType[k] = edgeType[row];
            outLag[k] = lag[row];
            if (anyElapsed) {
                int din = edgeDependency[inEdges[k]];
                inElapsed[k] = din >= 0 && in.lagElapsed[din];
                int dout = edgeDependency[row];
                outElapsed[k] = dout >= 0 && in.lagElapsed[dout];
            }
        }

        int[] queue = new int[nodeCount];
        if (topologicalOrder(queue) == nodeCount) {
            order = queue;
            cycle = null;
        } else {
            order = null;
            cycle = findCycle(queue);
        }
    }

    /** The node a dependency into {@code task} ends at. */
    private int entry(int task) {
        return summary[task] ? boundNode[task] : task;
    }

    private void fillRows(int[] key, int[] start, int[] rows) {
        for (int e = 0; e < edgeCount; e++) {
            start[key[e] + 1]++;
        }
        for (int v = 0; v < nodeCount; v++) {
            start[v + 1] += start[v];
        }
        int[] next = new int[nodeCount];
        System.arraycopy(start, 0, next, 0, nodeCount);
        for (int e = 0; e < edgeCount; e++) {
            rows[next[key[e]]++] = e;
        }
    }

    /**
     * Kahn's algorithm: fills {@code queue} with nodes in topological order and returns how many
     * there are; fewer than all when some lie on or behind a cycle.
     */
    private int topologicalOrder(int[] queue) {
        int[] indegree = new int[nodeCount];
        int tail = 0;
        for (int v = 0; v < nodeCount; v++) {
            indegree[v] = inStart[v + 1] - inStart[v];
            if (indegree[v] == 0) {
                queue[tail++] = v;
            }
        }
        for (int head = 0; head < tail; head++) {
            int v = queue[head];
            for (int k = outStart[v], end = outStart[v + 1]; k < end; k++) {
                int w = outTo[k];
                if (--indegree[w] == 0) {
                    queue[tail++] = w;
                }
            }
        }
        return tail;
    }

    /**
     * Walks backwards from a left-over node through left-over predecessors until a node repeats:
     * every left-over node has one, so this finds a cycle without recursion.
     */
    private int[] findCycle(int[] queue) {
        boolean[] done = new boolean[nodeCount];
        int ordered = topologicalOrder(queue);
        for (int k = 0; k < ordered; k++) {
            done[queue[k]] = true;
        }
        int start = 0;
        while (done[start]) {
            start++;
        }
        int[] position = new int[nodeCount];
        Arrays.fill(position, -1);
        int[] path = new int[nodeCount + 1];
        int length = 0;
        int v = start;
        while (position[v] < 0) {
            position[v] = length;
            path[length++] = v;
            int next = -1;
            for (int k = inStart[v], end = inStart[v + 1]; k < end && next < 0; k++) {
                if (!done[inFrom[k]]) {
                    next = inFrom[k];
                }
            }
            v = next;
        }
        // path[position[v] .. length-1] runs against the dependencies; reverse it and map to tasks
        int[] tasks = new int[length - position[v]];
        int count = 0;
        for (int k = length - 1; k >= position[v]; k--) {
            int task = nodeTask[path[k]];
            if (count == 0 || tasks[count - 1] != task) {
                tasks[count++] = task;
            }
        }
        if (count > 1 && tasks[count - 1] == tasks[0]) {
            count--;
        }
        return Arrays.copyOf(tasks, count);
    }
}
