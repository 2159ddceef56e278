package app.throughline.leveling.engine.bench;

import app.throughline.leveling.engine.FeasibilityCheck;
import app.throughline.leveling.engine.GenerationScheme;
import app.throughline.leveling.engine.LevelingProblem;
import app.throughline.leveling.engine.PriorityRule;
import app.throughline.leveling.engine.ResourceLeveler;
import app.throughline.leveling.engine.Schedule;
import app.throughline.leveling.engine.SearchBudget;
import app.throughline.leveling.engine.SearchResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures the levelling core on a PSPLIB single-mode set against reference makespans (optima for
 * j30, best-known upper bounds for j60 and j120), and a single serial pass with the
 * latest-finish-time rule for scale.
 *
 * <pre>
 * java -cp CLASSPATH app.throughline.leveling.engine.bench.PsplibBenchmark INSTANCE_DIR REFERENCE_FILE
 * </pre>
 *
 * <p>The search budget is a number of schedules, never time, so the makespans found do not depend on
 * the machine's load: the {@code results} fingerprint printed at the end is the same on an idle and
 * a busy machine. Time is reported as the measuring thread's CPU time (what the search costs,
 * whatever else runs) beside wall time.
 *
 * <p>System properties: {@code schedules} (a fixed budget per instance; default the engine's
 * {@link SearchBudget#scaledTo} for the instance's size), {@code seed} (default 1), {@code prefix}
 * (instance name prefix; default the leading {@code j30}-like part of the reference file name),
 * {@code limit} and {@code every} (measure only the first {@code limit} files, or every n-th file,
 * while tuning), {@code warmup} (instances solved untimed first so that the JIT compiler has done
 * its work; default 20), {@code verbose}.
 */
public final class PsplibBenchmark {
    private PsplibBenchmark() {}

    /** Runs the benchmark; exits with status 1 if any schedule is infeasible. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PsplibBenchmark INSTANCE_DIR REFERENCE_FILE");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        Path referenceFile = Path.of(args[1]);
        Integer fixedSchedules = Integer.getInteger("schedules");
        long seed = Long.getLong("seed", 1);
        int limit = Integer.getInteger("limit", Integer.MAX_VALUE);
        int every = Integer.getInteger("every", 1);
        boolean verbose = Boolean.getBoolean("verbose");
        int warmup = Integer.getInteger("warmup", 20);
        String prefix = System.getProperty("prefix", defaultPrefix(referenceFile));
        Map<String, Integer> reference = PsplibParser.parseReference(referenceFile);
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".sm")).sorted().collect(Collectors.toList());
        }
        System.out.printf(
                Locale.ROOT,
                "PSPLIB %s: %d instance files, reference %s (%d rows); budget %s, seed %d, no time limit%n",
                folder,
                files.size(),
                referenceFile.getFileName(),
                reference.size(),
                fixedSchedules == null ? "scaled to the instance size" : fixedSchedules + " schedules",
                seed);
        for (int i = 0; i < Math.min(warmup, files.size()); i++) {
            LevelingProblem problem = PsplibParser.parseInstance(files.get(i)).toProblem();
            ResourceLeveler.search(problem, budget(problem, fixedSchedules, seed));
            ResourceLeveler.schedule(problem, PriorityRule.LATEST_FINISH_TIME, GenerationScheme.SERIAL);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Tally search = new Tally("genetic search + FBI");
        Tally lft = new Tally("single serial pass, LFT rule");
        int infeasible = 0;
        int skipped = 0;
        long fingerprint = 1;
        long wallStart = System.nanoTime();
        for (int i = 0; i < files.size() && search.count < limit; i += every) {
            PsplibInstance instance = PsplibParser.parseInstance(files.get(i));
            String key = PsplibParser.referenceKey(instance.name(), prefix);
            Integer best = key == null ? null : reference.get(key);
            if (best == null) {
                skipped++;
                continue;
            }
            LevelingProblem problem = instance.toProblem();
            SearchBudget budget = budget(problem, fixedSchedules, seed);
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            Schedule single =
                    ResourceLeveler.schedule(problem, PriorityRule.LATEST_FINISH_TIME, GenerationScheme.SERIAL);
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            SearchResult result = ResourceLeveler.search(problem, budget);
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            Schedule found = result.schedule();
            if (!FeasibilityCheck.check(problem, found).isFeasible()
                    || !FeasibilityCheck.check(problem, single).isFeasible()) {
                infeasible++;
                System.out.println("INFEASIBLE schedule for " + instance.name());
            }
            fingerprint = 31 * fingerprint + Arrays.hashCode(found.starts());
            lft.add(single.makespan(), best, 1, t1 - t0, c1 - c0);
            search.add(found.makespan(), best, result.schedulesGenerated(), t2 - t1, c2 - c1);
            if (verbose || found.makespan() > best) {
                System.out.printf(
                        Locale.ROOT,
                        "  %-10s reference %4d  found %4d  LFT %4d  %6d schedules  %6.1f ms CPU%n",
                        instance.name(),
                        best,
                        found.makespan(),
                        single.makespan(),
                        result.schedulesGenerated(),
                        (c2 - c1) / 1e6);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d instances solved, %d skipped (no reference), %d infeasible, wall %.1f s, results %016x%n",
                search.count,
                skipped,
                infeasible,
                (System.nanoTime() - wallStart) / 1e9,
                fingerprint);
        search.print();
        lft.print();
        if (infeasible > 0) {
            System.exit(1);
        }
    }

    private static SearchBudget budget(LevelingProblem problem, Integer fixedSchedules, long seed) {
        return fixedSchedules == null
                ? SearchBudget.scaledTo(problem, seed)
                : SearchBudget.ofSchedules(fixedSchedules, seed);
    }

    /** {@code j30opt.csv} gives {@code j30}; {@code j120hrs.sm} gives {@code j120}. */
    static String defaultPrefix(Path referenceFile) {
        Matcher m = Pattern.compile("^([a-zA-Z]+\\d+)")
                .matcher(referenceFile.getFileName().toString());
        return m.find() ? m.group(1).replaceFirst("(?i)(opt|hrs|lb)$", "") : "";
    }

    /** Running figures for one method. */
    private static final class Tally {
        private final String method;
        private int count;
        private int atReference;
        private int belowReference;
        private double deviationSum;
        private double deviationMax;
        private long schedules;
        private int schedulesMin = Integer.MAX_VALUE;
        private int schedulesMax;
        private long nanos;
        private long cpuNanos;
        private long cpuNanosMax;

        Tally(String method) {
            this.method = method;
        }

        void add(int makespan, int reference, int built, long elapsedNanos, long elapsedCpuNanos) {
            double deviation = 100.0 * (makespan - reference) / reference;
            count++;
            deviationSum += deviation;
            deviationMax = Math.max(deviationMax, deviation);
            atReference += makespan <= reference ? 1 : 0;
            belowReference += makespan < reference ? 1 : 0;
            schedules += built;
            schedulesMin = Math.min(schedulesMin, built);
            schedulesMax = Math.max(schedulesMax, built);
            nanos += elapsedNanos;
            cpuNanos += elapsedCpuNanos;
            cpuNanosMax = Math.max(cpuNanosMax, elapsedCpuNanos);
        }

        void print() {
            int n = Math.max(count, 1);
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d instances%n"
                            + "  deviation from reference  mean %.3f %%  max %.2f %%%n"
                            + "  at reference              %.1f %% (%d of %d; %d below it)%n"
                            + "  schedules per instance    mean %.0f  min %d  max %d%n"
                            + "  CPU ms per instance       mean %.2f  max %.2f   (wall mean %.2f ms)%n",
                    method,
                    count,
                    deviationSum / n,
                    deviationMax,
                    100.0 * atReference / n,
                    atReference,
                    count,
                    belowReference,
                    (double) schedules / n,
                    count == 0 ? 0 : schedulesMin,
                    schedulesMax,
                    cpuNanos / 1e6 / n,
                    cpuNanosMax / 1e6,
                    nanos / 1e6 / n);
        }
    }
}
