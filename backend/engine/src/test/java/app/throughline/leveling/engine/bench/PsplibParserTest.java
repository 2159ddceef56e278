package app.throughline.leveling.engine.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.throughline.leveling.engine.FeasibilityCheck;
import app.throughline.leveling.engine.ResourceLeveler;
import app.throughline.leveling.engine.Schedule;
import app.throughline.leveling.engine.SearchBudget;
import app.throughline.leveling.engine.TimeWindows;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads a real j30 file and the reference makespans. */
class PsplibParserTest {

    @Test
    void shouldParseTheFirstJ30Instance() throws IOException {
        PsplibInstance instance = PsplibParser.parseInstance(SharedData.psplib().resolve("j30/j301_1.sm"));

        assertEquals("j301_1", instance.name());
        assertEquals(32, instance.jobCount());
        assertArrayEquals(new int[] {12, 13, 4, 12}, instance.capacities());
        assertArrayEquals(new int[] {1, 2, 3}, instance.successors()[0]);
        assertArrayEquals(new int[] {5, 10, 14}, instance.successors()[1]);
        assertEquals(0, instance.successors()[31].length);
        assertEquals(8, instance.durations()[1]);
        assertArrayEquals(new int[] {4, 0, 0, 0}, instance.demands()[1]);
        assertArrayEquals(new int[] {0, 0, 2, 0}, instance.demands()[30]);
        assertEquals(158, instance.horizon());
        assertEquals(38, instance.criticalPathLength());
        assertEquals(38, TimeWindows.of(instance.toProblem()).criticalPathLength());
    }

    @Test
    void shouldReadTheSameReferenceFromTheTextAndCsvFiles() throws IOException {
        Path folder = SharedData.psplib();
        Map<String, Integer> csv = PsplibParser.parseReference(folder.resolve("j30opt.csv"));
        Map<String, Integer> text = PsplibParser.parseReference(folder.resolve("j30opt.sm"));

        assertEquals(480, csv.size());
        assertEquals(csv, text);
        assertEquals(43, csv.get("1_1"));
        assertEquals("10_1", PsplibParser.referenceKey("j3010_1", "j30"));
        assertEquals("j30", PsplibBenchmark.defaultPrefix(Path.of("j30opt.csv")));
        assertEquals("j120", PsplibBenchmark.defaultPrefix(Path.of("j120hrs.sm")));
    }

    @Test
    void shouldSolveTheFirstJ30InstanceToItsOptimum() throws IOException {
        PsplibInstance instance = PsplibParser.parseInstance(SharedData.psplib().resolve("j30/j301_1.sm"));

        Schedule schedule = ResourceLeveler.minimiseMakespan(instance.toProblem(), SearchBudget.ofSchedules(5_000, 1));

        assertEquals(43, schedule.makespan());
        assertTrue(FeasibilityCheck.check(instance.toProblem(), schedule).isFeasible());
    }
}
