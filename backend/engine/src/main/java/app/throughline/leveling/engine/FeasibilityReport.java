package app.throughline.leveling.engine;

import java.util.List;

/**
 * What is wrong with a schedule, if anything: broken precedences, starts before release dates and
 * over-allocated resources.
 *
 * @param precedenceViolations broken precedences
 * @param earlyActivities activities starting before their release date (or before period 0)
 * @param overallocations stretches where a resource is over capacity
 */
public record FeasibilityReport(
        List<PrecedenceViolation> precedenceViolations,
        List<Integer> earlyActivities,
        List<Overallocation> overallocations) {

    /** Copies the lists. */
    public FeasibilityReport {
        precedenceViolations = List.copyOf(precedenceViolations);
        earlyActivities = List.copyOf(earlyActivities);
        overallocations = List.copyOf(overallocations);
    }

    /** True when nothing is broken. */
    public boolean isFeasible() {
        return precedenceViolations.isEmpty() && earlyActivities.isEmpty() && overallocations.isEmpty();
    }

    /** True when no precedence is broken and no activity starts before its release date. */
    public boolean respectsTime() {
        return precedenceViolations.isEmpty() && earlyActivities.isEmpty();
    }
}
