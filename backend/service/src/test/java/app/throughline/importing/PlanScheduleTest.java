package app.throughline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.schedule.engine.CriticalPathScheduler;
import app.throughline.schedule.engine.ScheduleResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.mpxj.DayType;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Resource;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;

/**
 * How a plan read by MPXJ becomes engine input, checked by hand on the standard calendar (Mon-Fri
 * 08:00-12:00, 13:00-17:00) from Monday 2 June 2025 08:00; and the safety screen in front of the
 * reader. Plain unit tests: no service needed.
 */
class PlanScheduleTest {

    private static LocalDateTime june(int day, int hour) {
        return LocalDateTime.of(2025, 6, day, hour, 0);
    }

    private static ProjectFile plan() {
        ProjectFile project = new ProjectFile();
        project.setDefaultCalendar(project.addDefaultBaseCalendar());
        project.getProjectProperties().setStartDate(june(2, 8));
        return project;
    }

    private static Task task(ProjectFile project, String name, double days) {
        Task t = project.addTask();
        t.setName(name);
        t.setDuration(Duration.getInstance(days, TimeUnit.DAYS));
        return t;
    }

    private static ScheduleResult schedule(ProjectFile project) {
        return CriticalPathScheduler.schedule(PlanSchedule.convert(project).input());
    }

    @Test
    void shouldCountAnElapsedLagAroundTheClock() {
        ProjectFile p = plan();
        Task a = task(p, "A", 1); // Monday
        Task b = task(p, "B", 1);
        b.addPredecessor(new Relation.Builder()
                .predecessorTask(a)
                .type(RelationType.FINISH_START)
                .lag(Duration.getInstance(1, TimeUnit.ELAPSED_DAYS))); // Tuesday 17:00
        ScheduleResult r = schedule(p);
        assertThat(r.earlyStart(1)).isEqualTo(june(4, 8));
    }

    @Test
    void shouldKeepALeadOfWorkingDays() {
        ProjectFile p = plan();
        Task a = task(p, "A", 3); // Mon..Wed
        Task b = task(p, "B", 1);
        b.addPredecessor(new Relation.Builder()
                .predecessorTask(a)
                .type(RelationType.FINISH_START)
                .lag(Duration.getInstance(-1, TimeUnit.DAYS)));
        assertThat(schedule(p).earlyStart(1)).isEqualTo(june(4, 8)); // Wednesday, overlapping A's last day
    }

    @Test
    void shouldKeepTheDatesOfAManuallyScheduledTaskAndRunAnElapsedDurationAroundTheClock() {
        ProjectFile p = plan();
        Task a = task(p, "A", 3); // Mon..Wed
        Task manual = task(p, "Manual", 1);
        manual.setTaskMode(TaskMode.MANUALLY_SCHEDULED);
        manual.setStart(june(3, 8)); // Tuesday, although A ends on Wednesday
        manual.addPredecessor(new Relation.Builder().predecessorTask(a).type(RelationType.FINISH_START));
        Task curing = p.addTask();
        curing.setName("Concrete cures");
        curing.setDuration(Duration.getInstance(2, TimeUnit.ELAPSED_DAYS));
        curing.addPredecessor(new Relation.Builder().predecessorTask(manual).type(RelationType.FINISH_START));
        ScheduleResult r = schedule(p);
        assertThat(r.earlyStart(1)).isEqualTo(june(3, 8));
        assertThat(r.earlyFinish(1)).isEqualTo(june(3, 17));
        assertThat(r.earlyStart(2)).isEqualTo(june(3, 17)); // elapsed time starts right away
        assertThat(r.earlyFinish(2)).isEqualTo(june(5, 17));
    }

    @Test
    void shouldScheduleATaskWithoutCalendarOnItsResourcesCalendar() {
        ProjectFile p = plan();
        ProjectCalendar fourDays = p.addDefaultBaseCalendar();
        fourDays.setName("Tuesday to Friday");
        fourDays.setCalendarDayType(DayOfWeek.MONDAY, DayType.NON_WORKING);
        Resource sam = p.addResource();
        sam.setName("Sam");
        sam.setType(ResourceType.WORK);
        sam.setCalendar(fourDays);
        Task own = task(p, "Sam's task", 1);
        own.addResourceAssignment(sam);
        Task ignoring = task(p, "Ignores resource calendars", 1);
        ignoring.addResourceAssignment(sam);
        ignoring.setIgnoreResourceCalendar(true);
        ScheduleResult r = schedule(p);
        assertThat(r.earlyStart(0)).isEqualTo(june(3, 8)); // Sam does not work on Mondays
        assertThat(r.earlyStart(1)).isEqualTo(june(2, 8));
    }

    @Test
    void shouldShowAFullDaysFinishAtFiveOnThatDay() {
        ProjectFile p = plan();
        task(p, "Week", 5);
        assertThat(schedule(p).earlyFinish(0)).isEqualTo(june(6, 17));
    }

    @Test
    void shouldRefuseXmlDocumentTypesAlsoInUtf16() throws Exception {
        Path file = Files.createTempFile("xxe", ".xml");
        try {
            Files.write(
                    file,
                    "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!doctype p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><p>&x;</p>"
                            .getBytes(StandardCharsets.UTF_16LE));
            assertThatThrownBy(() -> PlanReader.read(file))
                    .isInstanceOf(ImportFailure.class)
                    .satisfies(e -> assertThat(((ImportFailure) e).slug()).isEqualTo("xml-doctype"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void shouldRefuseAZipBombBeforeTheReaderUnpacksIt() throws Exception {
        Path file = Files.createTempFile("bomb", ".zip");
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("a.xml"));
                zip.write(new byte[20 * 1024 * 1024]); // 20 MB of zeros: ratio far over 100
                zip.closeEntry();
            }
            Files.write(file, out.toByteArray());
            assertThatThrownBy(() -> PlanReader.read(file))
                    .isInstanceOf(ImportFailure.class)
                    .satisfies(e -> assertThat(((ImportFailure) e).slug()).isEqualTo("archive-too-large"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void shouldRefuseAFileThatIsNotAPlan() throws Exception {
        Path file = Files.createTempFile("notes", ".txt");
        try {
            Files.writeString(file, "milk, eggs, bread\n");
            assertThatThrownBy(() -> PlanReader.read(file)).isInstanceOf(ImportFailure.class);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void shouldDeriveAProjectKeyFromTheName() {
        assertThat(PlanWriter.keyFrom("Sistema Karce 2025")).isEqualTo("SISTEM");
        assertThat(PlanWriter.keyFrom("2025 plan")).isEqualTo("PLAN");
        assertThat(PlanWriter.keyFrom("é")).isEqualTo("IM");
    }
}
