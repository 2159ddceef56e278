/**
 * The resource-levelling core: a resource-constrained project scheduler on plain arrays.
 *
 * <p>Describe the work with {@link app.throughline.leveling.engine.LevelingProblem#builder()} (or
 * {@link app.throughline.leveling.engine.LevelingProblem#fromArrays} when the arrays already exist,
 * e.g. from the CPM engine), then call {@link app.throughline.leveling.engine.ResourceLeveler}:
 *
 * <pre>{@code
 * LevelingProblemBuilder b = LevelingProblem.builder();
 * int ana = b.addResource(ResourceCapacity.of(new int[] {1, 1, 0, 0, 1}, 1)); // off in 2 and 3
 * int spec = b.addActivity(3);
 * int build = b.addActivity(4);
 * b.setDemand(spec, ana, 1).setDemand(build, ana, 1).addFinishToStart(spec, build);
 * LevelingProblem problem = b.build();
 *
 * LevelingResult levelled =
 *     ResourceLeveler.level(problem, LevelingPolicy.ALLOW_SLIP, SearchBudget.standard(problem));
 * int buildStart = levelled.schedule().start(build);
 * boolean ok = FeasibilityCheck.check(problem, levelled.schedule()).isFeasible();
 * }</pre>
 *
 * <p>Time is in integer periods (the caller maps working days or minutes to periods); capacity is a
 * per-period array so calendars and time off are expressed as capacity. Dependencies of all four
 * types with lags become minimum start-to-start distances. The package imports {@code java.*} only.
 */
package app.throughline.leveling.engine;
