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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest
    @CsvSource({"j60, 62, 96, 480", "j120, 122, 120, 600"})
    void everyBundledInstanceShouldParseAndHaveABestKnownBoundAboveItsCriticalPath(
            String set, int jobs, int files, int rows) throws IOException {
        Path folder = SharedData.bundledPsplib();
        Map<String, Integer> bounds = PsplibParser.parseReference(folder.resolve(set + "hrs.sm"));
        List<Path> instances;
        try (Stream<Path> listing = Files.list(folder.resolve(set))) {
            instances = listing.sorted().toList();
        }

        assertEquals(rows, bounds.size());
        assertEquals(files, instances.size());
        for (Path file : instances) {
            PsplibInstance instance = PsplibParser.parseInstance(file);
            Integer bound = bounds.get(PsplibParser.referenceKey(instance.name(), set));
            int criticalPath = TimeWindows.of(instance.toProblem()).criticalPathLength();
            assertEquals(jobs, instance.jobCount(), instance.name());
            assertEquals(instance.criticalPathLength(), criticalPath, instance.name());
            assertTrue(bound != null && bound >= criticalPath && bound <= instance.horizon(), instance.name());
        }
    }
}
