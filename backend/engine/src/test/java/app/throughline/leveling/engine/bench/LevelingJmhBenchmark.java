package app.throughline.leveling.engine.bench;

import app.throughline.leveling.engine.LevelingPolicy;
import app.throughline.leveling.engine.LevelingProblem;
import app.throughline.leveling.engine.LevelingProblemBuilder;
import app.throughline.leveling.engine.LevelingResult;
import app.throughline.leveling.engine.ResourceCapacity;
import app.throughline.leveling.engine.ResourceLeveler;
import app.throughline.leveling.engine.SearchBudget;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long levelling takes on a synthetic portfolio: tasks on chains, one person each, people with
 * a week of time off. Run with {@code java -cp CLASSPATH org.openjdk.jmh.Main LevelingJmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class LevelingJmhBenchmark {
    @Param({"1000", "10000"})
    int tasks;

    LevelingProblem problem;

    @Setup
    public void buildPortfolio() {
        SplittableRandom random = new SplittableRandom(5);
        LevelingProblemBuilder b = LevelingProblem.builder();
        int people = Math.max(1, tasks / 10);
        // periods are working days, so calendars are already folded in; each person has a week off
        for (int p = 0; p < people; p++) {
            int[] capacity = new int[120];
            java.util.Arrays.fill(capacity, 1);
            int away = random.nextInt(110);
            java.util.Arrays.fill(capacity, away, away + 5, 0);
            b.addResource(ResourceCapacity.of(capacity, 1));
        }
        for (int t = 0; t < tasks; t++) {
            b.addActivity(1 + random.nextInt(10));
            b.setDemand(t, random.nextInt(people), 1);
            if (t > 0 && random.nextInt(3) > 0) {
                b.addFinishToStart(Math.max(0, t - 1 - random.nextInt(50)), t);
            }
        }
        problem = b.build();
    }

    /** One priority-order pass that never moves the finish. */
    @Benchmark
    public LevelingResult withinFloat() {
        return ResourceLeveler.level(problem, LevelingPolicy.WITHIN_FLOAT, SearchBudget.standard(problem));
    }

    /** Priority-order pass plus 500 schedules of search. */
    @Benchmark
    public LevelingResult allowSlip() {
        return ResourceLeveler.level(problem, LevelingPolicy.ALLOW_SLIP, SearchBudget.ofSchedules(500, 1));
    }
}
