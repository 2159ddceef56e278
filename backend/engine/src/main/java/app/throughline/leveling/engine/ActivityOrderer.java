package app.throughline.leveling.engine;

/**
 * Turns per-activity keys into a precedence-feasible activity list: repeatedly takes the eligible
 * activity with the smallest key (ties by lowest index). Works forwards (an activity is eligible
 * once all its predecessors are listed) or backwards (once all its successors are). Keys alone
 * would not do: with start-to-start lags or zero durations, sorting by start or finish time can put
 * a successor before its predecessor.
 */
final class ActivityOrderer {
    private final LevelingProblem problem;
    private final int[] missing;
    private final int[] heap;
    private long[] keys;
    private int size;

    ActivityOrderer(LevelingProblem problem) {
        this.problem = problem;
        this.missing = new int[problem.activityCount];
        this.heap = new int[problem.activityCount];
    }

    /** Fills {@code list} with a predecessors-first order by ascending key. */
    void forward(long[] key, int[] list) {
        order(key, list, problem.predecessorOffsets, problem.successorOffsets, problem.successors);
    }

    /** Fills {@code list} with a successors-first order by ascending key. */
    void backward(long[] key, int[] list) {
        order(key, list, problem.successorOffsets, problem.predecessorOffsets, problem.predecessors);
    }

    private void order(long[] key, int[] list, int[] waitOffsets, int[] nextOffsets, int[] next) {
        int n = problem.activityCount;
        keys = key;
        size = 0;
        for (int a = 0; a < n; a++) {
            missing[a] = waitOffsets[a + 1] - waitOffsets[a];
            if (missing[a] == 0) {
                push(a);
            }
        }
        for (int i = 0; i < n; i++) {
            int a = pop();
            list[i] = a;
            for (int k = nextOffsets[a]; k < nextOffsets[a + 1]; k++) {
                if (--missing[next[k]] == 0) {
                    push(next[k]);
                }
            }
        }
    }

    private boolean before(int x, int y) {
        return keys[x] != keys[y] ? keys[x] < keys[y] : x < y;
    }

    private void push(int a) {
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(a, heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = a;
    }

    private int pop() {
        int top = heap[0];
        int last = heap[--size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], last)) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        if (size > 0) {
            heap[i] = last;
        }
        return top;
    }
}
