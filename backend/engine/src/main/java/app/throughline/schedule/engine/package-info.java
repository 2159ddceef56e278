/**
 * The critical-path scheduling engine: plain Java (imports {@code java.*} only), immutable input
 * in, new result out, arrays and int indexes inside.
 *
 * <h2>Use</h2>
 *
 * <pre>{@code
 * ScheduleInputBuilder b = ScheduleInput.builder(LocalDateTime.of(2025, 6, 2, 8, 0)); // default calendar
 * int design = b.addTask(b.days(3));
 * int build = b.addTask(b.days(5.5));
 * int launch = b.addTask(0);                                   // a milestone
 * b.addDependency(design, build, DependencyType.FS, b.days(1)); // 1 working day lag
 * b.addDependency(build, launch, DependencyType.FS, 0);
 * b.deadline(launch, LocalDate.of(2025, 6, 13));
 * ScheduleResult r = CriticalPathScheduler.schedule(b.build()); // or CycleDetectedException
 * r.earlyStart(build); r.totalFloatDays(launch); r.isCritical(build); r.driver(build); r.criticalPath();
 * }</pre>
 *
 * <h2>Time</h2>
 *
 * Inside, every date is a working-minute ordinal on the task's {@link
 * app.throughline.schedule.engine.WorkCalendar}, so adding working time is integer addition.
 * Values cross calendars only at dependencies between tasks on different calendars; a lag is
 * counted on the successor's calendar (as MS Project does). Starts are shown after a non-working
 * gap, finishes before it; a milestone shows where what drives it lands (after a finish-to-start
 * predecessor at its finish, e.g. 17:00, not 08:00 the next day).
 *
 * <h2>Semantics (checked against MS Project files, see MsProjectFidelityTest)</h2>
 *
 * <ul>
 *   <li>Forward pass from the project start; backward pass from the project finish (the latest early
 *       finish), tightened by deadlines and late-side constraints.
 *   <li>Total float = min(late start − early start, late finish − early finish); a summary's is the
 *       least of its unfinished children's (deliberate difference: MS Project measures the summary's
 *       own span; the MSPDI comparison switches ours off with {@code summaryFloatFromChildren});
 *       for started work late finish − early finish; complete tasks have none and are never
 *       critical. Free float is measured against the successors' early dates, less the lag, on
 *       the predecessor's calendar, and never exceeds total float.
 *   <li>Summary tasks span their children; their dependencies, constraints and deadlines apply to
 *       every descendant. A dependency between a summary and its own descendant is a cycle.
 *   <li>Constraints beat dependencies: the task keeps its constraint date, is flagged, and the
 *       predecessors show the conflict as negative float. Must-start/finish-on also limit the late
 *       date, so such tasks are critical. Deliberate difference from MS Project: negative float
 *       coming from successors (e.g. a missed deadline) still flows through a must-start-on task
 *       to its predecessors; MS Project hides it there, our product reports it.
 *   <li>As-late-as-possible tasks keep their early dates; their scheduled start/finish move by
 *       their free float (as late as possible without delaying any successor).
 *   <li>Actuals fix started work; the done share (percent complete of the duration) is counted from
 *       the actual start (or the planned start when only a percentage is given) and the rest follows
 *       it, not before the status date unless switched off (MS Project does not hold work to the
 *       status date; the MSPDI import switches it off). Predecessors of work in progress are held
 *       back only by what remains; finished successors hold nothing back.
 *   <li>A levelling delay (MS Project's Leveling Delay) is added to an unstarted task's early start
 *       after its predecessors, its constraint (not must-start/finish-on), the project start and the
 *       status date; its predecessors see it as
 *       extra lag, so floats stay honest. Its driver is {@code LEVELING_DELAY}, naming the
 *       dependency it follows, and the driving path continues through that dependency.
 *   <li>The driving path ({@code drivingPath()}) walks back from every leaf that finishes last
 *       through the dependency that drove each start; it explains the finish, while negative float
 *       elsewhere (a missed deadline) only marks those tasks critical.
 * </ul>
 *
 * <h2>Not supported</h2>
 *
 * Elapsed durations and elapsed lags (MS Project "edays"), manually scheduled tasks, splits and
 * resource-driven durations (the levelling engine handles resources), scheduling backwards from a
 * project finish date.
 */
package app.throughline.schedule.engine;
