package app.throughline.leveling.engine;

import java.util.List;

/**
 * A stretch of consecutive periods in which a resource is loaded beyond its capacity.
 *
 * @param resource the over-allocated resource
 * @param fromPeriod first over-allocated period
 * @param toPeriod period after the last over-allocated one
 * @param peakExcess the most units above capacity in any period of the stretch
 * @param activities the activities using the resource during the stretch, ascending
 */
public record Overallocation(int resource, int fromPeriod, int toPeriod, int peakExcess, List<Integer> activities) {

    /** Copies the activity list. */
    public Overallocation {
        activities = List.copyOf(activities);
    }
}
