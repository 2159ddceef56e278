package app.throughline.leveling.engine.bench;

import app.throughline.leveling.engine.FeasibilityCheck;
import app.throughline.leveling.engine.GenerationScheme;
import app.throughline.leveling.engine.LevelingProblem;
import app.throughline.leveling.engine.PriorityRule;
import app.throughline.leveling.engine.ResourceLeveler;
import app.throughline.leveling.engine.Schedule;
import app.throughline.leveling.engine.SearchBudget;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures the levelling core on a PSPLIB single-mode set against reference makespans, and a single
 * serial pass with the latest-finish-time rule for scale.
 *
 * <pre>
 * java -cp CLASSPATH app.throughline.leveling.engine.bench.PsplibBenchmark INSTANCE_DIR REFERENCE_FILE
 * </pre>
 *
 * System properties: {@code schedules} (default 25000), {@code timeCapMs} (default 100 per
 * instance), {@code seed} (default 1), {@code prefix} (instance name prefix; default the leading
 * {@code j30}-like part of the reference file name), {@code limit} and {@code every} (measure only
 * the first {@code limit} files, or every n-th file, while tuning), {@code warmup} (instances
 * solved untimed first so that the JIT compiler has done its work; default 20), {@code verbose}.
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
        int schedules = Integer.getInteger("schedules", 25_000);
        long timeCap = Long.getLong("timeCapMs", 100);
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
        SearchBudget budget = SearchBudget.ofSchedules(schedules, seed).withTimeCap(timeCap);
        System.out.printf(
                Locale.ROOT,
                "PSPLIB %s: %d instance files, reference %s (%d rows); budget %d schedules, cap %d ms, seed" + " %d%n",
                folder,
                files.size(),
                referenceFile.getFileName(),
                reference.size(),
                schedules,
                timeCap,
                seed);
        for (int i = 0; i < Math.min(warmup, files.size()); i++) {
            LevelingProblem problem = PsplibParser.parseInstance(files.get(i)).toProblem();
            ResourceLeveler.minimiseMakespan(problem, budget);
            ResourceLeveler.schedule(problem, PriorityRule.LATEST_FINISH_TIME, GenerationScheme.SERIAL);
        }
        // wall time is what the goal is about; CPU time shows it without other processes' load
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Tally search = new Tally("genetic search + FBI");
        Tally lft = new Tally("single serial pass, LFT rule");
        int infeasible = 0;
        int skipped = 0;
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
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            Schedule single =
                    ResourceLeveler.schedule(problem, PriorityRule.LATEST_FINISH_TIME, GenerationScheme.SERIAL);
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            Schedule found = ResourceLeveler.minimiseMakespan(problem, budget);
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            if (!FeasibilityCheck.check(problem, found).isFeasible()
                    || !FeasibilityCheck.check(problem, single).isFeasible()) {
                infeasible++;
                System.out.println("INFEASIBLE schedule for " + instance.name());
            }
            lft.add(single.makespan(), best, t1 - t0, c1 - c0);
            search.add(found.makespan(), best, t2 - t1, c2 - c1);
            if (verbose || found.makespan() > best) {
                System.out.printf(
                        Locale.ROOT,
                        "  %-10s reference %4d  found %4d  LFT %4d  %6.1f ms%n",
                        instance.name(),
                        best,
                        found.makespan(),
                        single.makespan(),
                        (t2 - t1) / 1e6);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d instances solved, %d skipped (no reference), %d infeasible, wall %.1f s%n",
                search.count,
                skipped,
                infeasible,
                (System.nanoTime() - wallStart) / 1e9);
        search.print();
        lft.print();
        if (infeasible > 0) {
            System.exit(1);
        }
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
        private double deviationSum;
        private double deviationMax;
        private long nanos;
        private long cpuNanos;

        Tally(String method) {
            this.method = method;
        }

        void add(int makespan, int reference, long elapsedNanos, long elapsedCpuNanos) {
            double deviation = 100.0 * (makespan - reference) / reference;
            count++;
            deviationSum += deviation;
            deviationMax = Math.max(deviationMax, deviation);
            atReference += makespan <= reference ? 1 : 0;
            nanos += elapsedNanos;
            cpuNanos += elapsedCpuNanos;
        }

        void print() {
            int n = Math.max(count, 1);
            System.out.printf(
                    Locale.ROOT,
                    "%-30s solved %d  mean dev %.3f %%  max dev %.2f %%  at reference %.1f %%  mean %.2f"
                            + " ms/instance (%.2f ms CPU)%n",
                    method,
                    count,
                    deviationSum / n,
                    deviationMax,
                    100.0 * atReference / n,
                    nanos / 1e6 / n,
                    cpuNanos / 1e6 / n);
        }
    }
}
