package app.throughline.bulk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A small directed graph over request (or file row) indexes, to find cycles before anything is written. */
public final class RefGraph {

    private final int size;
    private final List<int[]> edges = new ArrayList<>();

    public RefGraph(int size) {
        this.size = size;
    }

    public void add(int from, int to) {
        edges.add(new int[] {from, to});
    }

    /** The nodes of one cycle in order, or an empty array when the graph is acyclic. */
    int[] findCycle() {
        List<int[]> found = cycles(1);
        return found.isEmpty() ? new int[0] : found.get(0);
    }

    /**
     * Up to {@code limit} cycles, each once, in the order a depth-first search meets them: the nodes in
     * order from the one the search reached again. Iterative: no stack overflow.
     */
    public List<int[]> cycles(int limit) {
        List<int[]> found = new ArrayList<>();
        int[] start = new int[size + 1];
        for (int[] e : edges) {
            start[e[0] + 1]++;
        }
        for (int i = 0; i < size; i++) {
            start[i + 1] += start[i];
        }
        int[] targets = new int[edges.size()];
        int[] fill = Arrays.copyOf(start, size);
        for (int[] e : edges) {
            targets[fill[e[0]]++] = e[1];
        }
        byte[] state = new byte[size]; // 0 new, 1 on the current path, 2 done
        int[] next = new int[size];
        int[] parent = new int[size];
        for (int root = 0; root < size; root++) {
            if (state[root] != 0) {
                continue;
            }
            int node = root;
            state[node] = 1;
            next[node] = start[node];
            parent[node] = -1;
            while (node >= 0) {
                if (next[node] < start[node + 1]) {
                    int child = targets[next[node]++];
                    if (state[child] == 1) {
                        found.add(unwind(parent, node, child));
                        if (found.size() == limit) {
                            return found;
                        }
                    }
                    if (state[child] == 0) {
                        state[child] = 1;
                        next[child] = start[child];
                        parent[child] = node;
                        node = child;
                    }
                } else {
                    state[node] = 2;
                    node = parent[node];
                }
            }
        }
        return found;
    }

    private static int[] unwind(int[] parent, int from, int to) {
        List<Integer> cycle = new ArrayList<>();
        for (int node = from; node != to; node = parent[node]) {
            cycle.add(node);
        }
        cycle.add(to);
        java.util.Collections.reverse(cycle);
        return cycle.stream().mapToInt(Integer::intValue).toArray();
    }
}
