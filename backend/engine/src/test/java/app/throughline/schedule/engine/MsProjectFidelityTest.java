package app.throughline.schedule.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mpxj.Task;

/**
 * Schedules every MS Project file in {@code ../shared/benchmarks/mspdi} and compares each task
 * with the early start, early finish, total slack and critical flag MS Project saved in it.
 */
class MsProjectFidelityTest {

    /**
     * Tasks that must match to the minute, per file: what the engine achieves today (all of them).
     * A file not listed here must match completely.
     */
    private static final Map<String, Integer> FLOOR = Map.of(
            "mpxj_task-links_all-4-link-types_lags_msp2007.xml", 16,
            "software-development-template_86tasks_percent-lags_msp2016.xml", 86,
            "chile_sistema-karce_68tasks_holiday-calendar_msp365.xml", 68,
            "mpxjnet_sample1_fs-ff-lags_task-calendar_msp2010.xml", 10);

    @TestFactory
    Stream<DynamicTest> shouldReproduceMsProjectDatesFloatAndCriticalFlags() throws Exception {
        Path dir = mspdiDirectory();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no MSPDI files in " + dir);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private void check(Path path) throws Exception {
        MspdiConverter.Converted c = MspdiConverter.read(path.toFile());
        ScheduleResult r = CriticalPathScheduler.schedule(c.input());
        int matches = 0;
        int esOk = 0;
        int efOk = 0;
        int floatOk = 0;
        int criticalOk = 0;
        int lateOk = 0;
        int freeOk = 0;
        List<String> misses = new ArrayList<>();
        List<String> lateMisses = new ArrayList<>();
        for (int i = 0; i < c.tasks().size(); i++) {
            Task t = c.tasks().get(i);
            LocalDateTime es = t.getEarlyStart();
            LocalDateTime ef = t.getEarlyFinish();
            int slack = MspdiConverter.minutes(t.getTotalSlack(), c.file());
            boolean a = Objects.equals(es, r.earlyStart(i));
            boolean b = Objects.equals(ef, r.earlyFinish(i));
            boolean f = slack == r.totalFloat(i);
            boolean k = t.getCritical() == r.isCritical(i);
            esOk += a ? 1 : 0;
            efOk += b ? 1 : 0;
            floatOk += f ? 1 : 0;
            criticalOk += k ? 1 : 0;
            boolean late = Objects.equals(t.getLateStart(), r.lateStart(i))
                    && Objects.equals(t.getLateFinish(), r.lateFinish(i))
                    && Objects.equals(t.getStart(), r.start(i))
                    && Objects.equals(t.getFinish(), r.finish(i));
            boolean free = MspdiConverter.minutes(t.getFreeSlack(), c.file()) == r.freeFloat(i);
            lateOk += late ? 1 : 0;
            freeOk += free ? 1 : 0;
            if (!late || !free) {
                lateMisses.add(String.format(
                        "  (secondary) UID %d %s%s: start %s/%s finish %s/%s LS %s/%s LF %s/%s FS %d/%d",
                        t.getUniqueID(),
                        t.getName(),
                        r.isSummary(i) ? " (summary)" : "",
                        t.getStart(),
                        r.start(i),
                        t.getFinish(),
                        r.finish(i),
                        t.getLateStart(),
                        r.lateStart(i),
                        t.getLateFinish(),
                        r.lateFinish(i),
                        MspdiConverter.minutes(t.getFreeSlack(), c.file()),
                        r.freeFloat(i)));
            }
            if (a && b && f && k) {
                matches++;
            } else {
                misses.add(String.format(
                        "  UID %d %s%s: ES %s/%s EF %s/%s TS %d/%d crit %b/%b LS %s/%s driver %s",
                        t.getUniqueID(),
                        t.getName(),
                        r.isSummary(i) ? " (summary)" : "",
                        es,
                        r.earlyStart(i),
                        ef,
                        r.earlyFinish(i),
                        slack,
                        r.totalFloat(i),
                        t.getCritical(),
                        r.isCritical(i),
                        t.getLateStart(),
                        r.lateStart(i),
                        r.driver(i)));
            }
        }
        int n = c.tasks().size();
        String name = path.getFileName().toString();
        System.out.printf(
                "MSPDI %-66s %3d/%3d tasks match to the minute (ES %d, EF %d, TS %d, critical %d;"
                        + " secondary: start, finish, late start and late finish %d, free slack %d)%n",
                name, matches, n, esOk, efOk, floatOk, criticalOk, lateOk, freeOk);
        misses.forEach(System.out::println);
        lateMisses.forEach(System.out::println);
        int floor = FLOOR.getOrDefault(name, n);
        assertTrue(matches >= floor, name + ": " + matches + "/" + n + " tasks match, floor is " + floor);
        assertTrue(
                lateOk >= floor && freeOk >= floor,
                name + ": scheduled/late dates match for " + lateOk + ", free slack for " + freeOk + ", floor is "
                        + floor);
    }

    /** {@code throughline.shared} (set by surefire), else walk up from the working directory. */
    static Path mspdiDirectory() {
        String shared = System.getProperty("throughline.shared");
        if (shared != null && Files.isDirectory(Paths.get(shared, "benchmarks", "mspdi"))) {
            return Paths.get(shared, "benchmarks", "mspdi").toAbsolutePath().normalize();
        }
        File dir = new File(System.getProperty("user.dir")).getAbsoluteFile();
        while (dir != null) {
            File candidate = new File(dir, "shared/benchmarks/mspdi");
            if (candidate.isDirectory()) {
                return candidate.toPath();
            }
            dir = dir.getParentFile();
        }
        throw new IllegalStateException("shared/benchmarks/mspdi not found; set -Dthroughline.shared");
    }
}
