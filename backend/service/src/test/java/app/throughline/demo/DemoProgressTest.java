package app.throughline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.demo.DemoPlan.Task;
import app.throughline.demo.DemoProgress.Reported;
import app.throughline.demo.DemoProgress.Scheduled;
import app.throughline.task.TaskEnums.ConstraintType;
import app.throughline.task.TaskEnums.Priority;
import app.throughline.task.TaskEnums.TaskStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Progress as of the status date follows the schedule; summaries roll their children up. */
class DemoProgressTest {

    private static final LocalDate STATUS = LocalDate.of(2026, 11, 25); // a Wednesday

    private static Task leaf(String ref, String parent, double days, boolean blocked) {
        return new Task(
                ref,
                "Task " + ref,
                parent,
                false,
                BigDecimal.valueOf(days),
                Priority.medium,
                List.of(),
                List.of(),
                ConstraintType.asap,
                Optional.empty(),
                Optional.empty(),
                blocked);
    }

    private static Task summary(String ref) {
        return new Task(
                ref,
                "Phase " + ref,
                null,
                true,
                BigDecimal.ZERO,
                Priority.medium,
                List.of(),
                List.of(),
                ConstraintType.asap,
                Optional.empty(),
                Optional.empty(),
                false);
    }

    private static Scheduled at(String start, String finish) {
        return new Scheduled(LocalDateTime.parse(start), LocalDateTime.parse(finish));
    }

    @Test
    void shouldReportDoneInProgressAndNotStartedByTheStatusDate() {
        List<Task> tasks = List.of(
                summary("p"), leaf("done", "p", 2, false), leaf("doing", "p", 4, false), leaf("later", "p", 2, false));
        Map<String, Reported> progress = DemoProgress.asOf(
                STATUS,
                tasks,
                Map.of(
                        "done", at("2026-11-23T08:00", "2026-11-24T17:00"),
                        "doing", at("2026-11-24T08:00", "2026-11-27T17:00"),
                        "later", at("2026-11-30T08:00", "2026-12-01T17:00")));

        assertThat(progress.get("done"))
                .isEqualTo(new Reported(
                        TaskStatus.done,
                        BigDecimal.valueOf(100),
                        LocalDate.of(2026, 11, 23),
                        LocalDate.of(2026, 11, 24)));
        Reported doing = progress.get("doing");
        assertThat(doing.status()).isIn(TaskStatus.in_progress, TaskStatus.review);
        assertThat(doing.percentComplete()).isEqualByComparingTo("50"); // two of four working days
        assertThat(doing.actualStart()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(doing.actualFinish()).isNull();
        assertThat(progress.get("later")).isEqualTo(Reported.NOT_STARTED);

        Reported phase = progress.get("p");
        assertThat(phase.status()).isEqualTo(TaskStatus.in_progress);
        assertThat(phase.actualStart()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(phase.percentComplete()).isEqualByComparingTo("50"); // (2×100 + 4×50 + 2×0) / 8
    }

    @Test
    void shouldTakeAStartAtTheEndOfADayAsTheNextWorkingMorning() {
        Map<String, Reported> progress = DemoProgress.asOf(
                STATUS, List.of(leaf("t", null, 1, false)), Map.of("t", at("2026-11-20T17:00", "2026-11-23T17:00")));

        assertThat(progress.get("t").actualStart()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void shouldKeepABlockedTaskBlockedUnlessItIsDone() {
        Map<String, Reported> progress = DemoProgress.asOf(
                STATUS,
                List.of(leaf("stuck", null, 4, true), leaf("finished", null, 1, true)),
                Map.of(
                        "stuck", at("2026-11-24T08:00", "2026-11-27T17:00"),
                        "finished", at("2026-11-20T08:00", "2026-11-20T17:00")));

        assertThat(progress.get("stuck").status()).isEqualTo(TaskStatus.blocked);
        assertThat(progress.get("finished").status()).isEqualTo(TaskStatus.done);
    }

    @Test
    void shouldMarkASummaryDoneWhenAllItsChildrenAre() {
        Map<String, Reported> progress = DemoProgress.asOf(
                STATUS,
                List.of(summary("p"), leaf("a", "p", 1, false), leaf("m", "p", 0, false)),
                Map.of(
                        "a", at("2026-11-19T08:00", "2026-11-19T17:00"),
                        "m", at("2026-11-19T17:00", "2026-11-19T17:00")));

        assertThat(progress.get("p"))
                .isEqualTo(new Reported(
                        TaskStatus.done,
                        BigDecimal.valueOf(100),
                        LocalDate.of(2026, 11, 19),
                        LocalDate.of(2026, 11, 19)));
    }
}
