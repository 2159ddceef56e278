package app.throughline.schedule.engine;

/**
 * What drives each node's early start, one int per node so that the forward pass writes a single
 * value per task: 0 the project start; {@code k + 1} the dependency in incoming row {@code k};
 * {@link #CONSTRAINT}, {@link #ACTUAL}, {@link #STATUS_DATE}; or "inherited from the start (or
 * finish) bound of summary bound node u", which {@link #driver(int)} follows up the hierarchy.
 */
final class Drivers {

    static final int PROJECT_START = 0;
    static final int CONSTRAINT = -1;
    static final int ACTUAL = -2;
    static final int STATUS_DATE = -3;

    private final ScheduleNetwork net;
    private final ScheduleInput in;
    /** Per node: the code of its early start's driver (for a bound node: of its start bound). */
    final int[] start;
    /** Per bound node: the code of its finish bound's driver. */
    final int[] finish;
    /** Per leaf task: whether its levelling delay was added after {@link #start} (which it then follows). */
    final boolean[] delayed;

    Drivers(ScheduleNetwork net, ScheduleInput in) {
        this.net = net;
        this.in = in;
        this.start = new int[net.nodeCount];
        this.finish = new int[net.nodeCount];
        this.delayed = new boolean[net.nodeCount];
    }

    static int row(int k) {
        return k + 1;
    }

    static int inheritedStart(int boundNode) {
        return -4 - 2 * boundNode;
    }

    static int inheritedFinish(int boundNode) {
        return -5 - 2 * boundNode;
    }

    /** The decoded driver of a node's early start. */
    Driver driver(int node) {
        Driver underlying = underlying(node);
        if (delayed[node]) {
            return new Driver(DriverKind.LEVELING_DELAY, underlying.dependency(), underlying.viaSummary());
        }
        return underlying;
    }

    private Driver underlying(int node) {
        int code = start[node];
        int via = -1;
        while (code <= -4) {
            int u = (-4 - code) >> 1;
            boolean fromFinish = ((-4 - code) & 1) == 1;
            via = net.nodeTask[u];
            code = fromFinish ? finish[u] : start[u];
        }
        if (code > 0) {
            return new Driver(DriverKind.DEPENDENCY, net.inDependency[code - 1], via);
        }
        DriverKind kind = switch (code) {
            case CONSTRAINT -> DriverKind.CONSTRAINT;
            case ACTUAL -> DriverKind.ACTUAL;
            case STATUS_DATE -> DriverKind.STATUS_DATE;
            default -> DriverKind.PROJECT_START;
        };
        return new Driver(kind, -1, via);
    }

    /** The driving dependency of a node's early start (also when a levelling delay follows it), or -1. */
    int dependency(int node) {
        return driver(node).dependency();
    }

    /**
     * Whether what drives the node is a finish (a finish-to-start or finish-to-finish predecessor,
     * a finish constraint, a summary's finish bound): a milestone then shows at that finish.
     */
    boolean startsAtFinishEdge(int node) {
        int code = start[node];
        int task = net.nodeTask[node];
        while (code <= -4) {
            int u = (-4 - code) >> 1;
            if (((-4 - code) & 1) == 1) {
                return true;
            }
            task = net.nodeTask[u];
            code = start[u];
        }
        if (code > 0) {
            return (net.inType[code - 1] & 1) == 0;
        }
        return code == CONSTRAINT && ConstraintType.values()[in.constraintType[task]].isFinishConstraint();
    }
}
