package app.throughline.leveling.engine;

import java.util.Arrays;

/**
 * Capacity of one renewable resource per period. Capacity is a time-indexed array so that
 * calendars, part-time weeks and time off can be expressed; after the array ends the capacity stays
 * at {@link #steadyCapacity()} for ever, which keeps every problem finite to describe and
 * guarantees that work which fits the steady capacity can always be placed eventually.
 */
public final class ResourceCapacity {
    private final int[] byPeriod;
    private final int steadyCapacity;

    private ResourceCapacity(int[] byPeriod, int steadyCapacity) {
        for (int c : byPeriod) {
            if (c < 0) {
                throw new IllegalArgumentException("capacity must not be negative: " + c);
            }
        }
        if (steadyCapacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + steadyCapacity);
        }
        this.byPeriod = byPeriod;
        this.steadyCapacity = steadyCapacity;
    }

    /** The same capacity in every period. */
    public static ResourceCapacity constant(int capacity) {
        return new ResourceCapacity(new int[0], capacity);
    }

    /**
     * Capacity {@code byPeriod[t]} in period {@code t}, then {@code steadyCapacity} from period
     * {@code byPeriod.length} on.
     */
    public static ResourceCapacity of(int[] byPeriod, int steadyCapacity) {
        return new ResourceCapacity(byPeriod.clone(), steadyCapacity);
    }

    /** Capacity in period {@code period} (periods before 0 have none). */
    public int at(int period) {
        if (period < 0) {
            return 0;
        }
        return period < byPeriod.length ? byPeriod[period] : steadyCapacity;
    }

    /** Capacity from the end of the explicit profile on. */
    public int steadyCapacity() {
        return steadyCapacity;
    }

    /** Number of explicitly described periods; from here on the capacity is steady. */
    public int profileLength() {
        return byPeriod.length;
    }

    /** True when every period has the same capacity (allows energy-based lower bounds). */
    public boolean isConstant() {
        for (int c : byPeriod) {
            if (c != steadyCapacity) {
                return false;
            }
        }
        return true;
    }

    /** The first period after {@code period} whose capacity differs, or -1 if none. */
    public int nextChangeAfter(int period) {
        int current = at(period);
        for (int t = Math.max(period + 1, 0); t <= byPeriod.length; t++) {
            if (at(t) != current) {
                return t;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "ResourceCapacity" + Arrays.toString(byPeriod) + " then " + steadyCapacity;
    }
}
