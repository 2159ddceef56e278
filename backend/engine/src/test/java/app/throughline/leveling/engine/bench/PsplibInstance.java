package app.throughline.leveling.engine.bench;

import app.throughline.leveling.engine.LevelingProblem;
import app.throughline.leveling.engine.LevelingProblemBuilder;
import app.throughline.leveling.engine.ResourceCapacity;

/**
 * One single-mode PSPLIB instance as read from a ProGen {@code .sm} file. Jobs are renumbered from
 * 0 (PSPLIB numbers them from 1, including the dummy source and sink).
 *
 * @param name file name without extension, e.g. {@code j301_1}
 * @param durations duration of each job
 * @param successors successors of each job
 * @param demands demand of each job on each renewable resource
 * @param capacities capacity of each renewable resource
 * @param horizon the file's trivial upper bound (sum of durations)
 * @param criticalPathLength the file's MPM-Time, or -1 when absent
 */
public record PsplibInstance(
        String name,
        int[] durations,
        int[][] successors,
        int[][] demands,
        int[] capacities,
        int horizon,
        int criticalPathLength) {

    /** Number of jobs including the dummy source and sink. */
    public int jobCount() {
        return durations.length;
    }

    /** The instance as a levelling problem: finish-to-start precedences, constant capacities. */
    public LevelingProblem toProblem() {
        LevelingProblemBuilder builder = LevelingProblem.builder();
        for (int capacity : capacities) {
            builder.addResource(ResourceCapacity.constant(capacity));
        }
        for (int duration : durations) {
            builder.addActivity(duration);
        }
        for (int job = 0; job < durations.length; job++) {
            for (int successor : successors[job]) {
                builder.addFinishToStart(job, successor);
            }
            for (int r = 0; r < capacities.length; r++) {
                if (demands[job][r] > 0) {
                    builder.setDemand(job, r, demands[job][r]);
                }
            }
        }
        return builder.build();
    }
}
