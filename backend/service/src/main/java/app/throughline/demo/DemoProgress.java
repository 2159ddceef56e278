package app.throughline.demo;

import app.throughline.demo.DemoPlan.Task;
import app.throughline.task.TaskEnums.TaskStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Progress a team would have reported by the status date if the work had gone as scheduled: a task
 * the schedule finishes by then is done, one it has started is in progress (now and then in review)
 * with a percent complete for the working days behind it; summaries roll their children up.
 */
final class DemoProgress {

    /** Where the schedule put a task. */
    record Scheduled(LocalDateTime start, LocalDateTime finish) {}

    record Reported(TaskStatus status, BigDecimal percentComplete, LocalDate actualStart, LocalDate actualFinish) {

        static final Reported NOT_STARTED = new Reported(TaskStatus.todo, BigDecimal.ZERO, null, null);
    }

    /** A start at the end of a working day is really the next working morning. */
    private static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

    private static final long SEED = 20261125L;

    private DemoProgress() {}

    /** Progress of each task by ref, tasks given in outline order (parents before children). */
    static Map<String, Reported> asOf(LocalDate statusDate, List<Task> tasks, Map<String, Scheduled> schedule) {
        Random random = new Random(SEED);
        LocalDateTime endOfStatusDate = statusDate.plusDays(1).atStartOfDay();
        Map<String, Reported> reported = new HashMap<>();
        Map<String, Double> work = new HashMap<>();
        for (Task task : tasks) {
            if (!task.summary()) {
                reported.put(task.ref(), leaf(task, schedule.get(task.ref()), endOfStatusDate, random));
                // a milestone counts a little, so a phase of only milestones still rolls up
                work.put(task.ref(), Math.max(task.durationDays().doubleValue(), 0.1));
            }
        }
        List<Task> bottomUp = new ArrayList<>(tasks);
        Collections.reverse(bottomUp);
        for (Task task : bottomUp) {
            if (task.summary()) {
                List<Task> children = tasks.stream()
                        .filter(c -> task.ref().equals(c.parentRef()))
                        .toList();
                reported.put(task.ref(), rollUp(children, reported, work));
                work.put(
                        task.ref(),
                        children.stream().mapToDouble(c -> work.get(c.ref())).sum());
            }
        }
        return reported;
    }

    private static Reported leaf(Task task, Scheduled at, LocalDateTime endOfStatusDate, Random random) {
        Reported result = Reported.NOT_STARTED;
        if (at.start().isBefore(endOfStatusDate)) {
            // a milestone (no duration) happens on the day it finishes
            LocalDate start = at.start().equals(at.finish()) ? at.finish().toLocalDate() : startDay(at.start());
            LocalDate finish = at.finish().toLocalDate();
            if (!at.finish().isAfter(endOfStatusDate)) {
                result = new Reported(
                        TaskStatus.done, BigDecimal.valueOf(100), start, finish.isBefore(start) ? start : finish);
            } else {
                double done = (double) DemoWorkdays.between(start, endOfStatusDate.toLocalDate())
                        / Math.max(1, DemoWorkdays.between(start, finish.plusDays(1)))
                        * 100;
                long percent = Math.max(5, Math.min(95, Math.round(done / 5) * 5));
                TaskStatus status = random.nextInt(4) == 0 ? TaskStatus.review : TaskStatus.in_progress;
                result = new Reported(status, BigDecimal.valueOf(percent), start, null);
            }
        }
        if (task.blocked() && result.status() != TaskStatus.done) {
            result = new Reported(TaskStatus.blocked, result.percentComplete(), result.actualStart(), null);
        }
        return result;
    }

    private static LocalDate startDay(LocalDateTime start) {
        LocalDate day = start.toLocalDate();
        return start.toLocalTime().isBefore(END_OF_DAY) ? day : DemoWorkdays.plus(day, 1);
    }

    /** Done when every child is, started when any is; percent weighted by the children's work. */
    private static Reported rollUp(List<Task> children, Map<String, Reported> reported, Map<String, Double> work) {
        double weight = 0;
        double done = 0;
        boolean allDone = true;
        LocalDate actualStart = null;
        LocalDate actualFinish = null;
        for (Task child : children) {
            Reported r = reported.get(child.ref());
            double w = work.get(child.ref());
            weight += w;
            done += w * r.percentComplete().doubleValue();
            allDone &= r.status() == TaskStatus.done;
            if (r.actualStart() != null
                    && (actualStart == null || r.actualStart().isBefore(actualStart))) {
                actualStart = r.actualStart();
            }
            if (r.actualFinish() != null
                    && (actualFinish == null || r.actualFinish().isAfter(actualFinish))) {
                actualFinish = r.actualFinish();
            }
        }
        if (allDone) {
            return new Reported(TaskStatus.done, BigDecimal.valueOf(100), actualStart, actualFinish);
        }
        BigDecimal percent = BigDecimal.valueOf(done / weight).setScale(0, RoundingMode.HALF_UP);
        return actualStart == null
                ? Reported.NOT_STARTED
                : new Reported(TaskStatus.in_progress, percent, actualStart, null);
    }
}
