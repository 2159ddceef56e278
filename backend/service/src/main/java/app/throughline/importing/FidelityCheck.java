package app.throughline.importing;

import app.throughline.importing.ImportDtos.Fidelity;
import app.throughline.importing.ImportDtos.Mismatch;
import app.throughline.schedule.engine.CriticalPathScheduler;
import app.throughline.schedule.engine.ScheduleResult;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mpxj.Task;

/**
 * Schedules an imported plan with our engine and compares each task's early start, early finish,
 * total slack and critical flag with the values MS Project saved in the file.
 */
final class FidelityCheck {

    /** At most this many mismatches are listed (the counts cover all tasks). */
    static final int MAX_LISTED = 500;

    private FidelityCheck() {}

    /** Whether the file carries computed early dates to compare with (MS Project files do). */
    static boolean hasComputedDates(PlanSchedule.Converted c) {
        return c.tasks().stream().anyMatch(t -> t.getEarlyStart() != null && t.getEarlyFinish() != null);
    }

    static Fidelity compare(PlanSchedule.Converted c) {
        ScheduleResult r = CriticalPathScheduler.schedule(c.input());
        List<Mismatch> mismatches = new ArrayList<>();
        int matched = 0;
        int compared = 0;
        for (int i = 0; i < c.tasks().size(); i++) {
            Task t = c.tasks().get(i);
            if (t.getEarlyStart() == null || t.getEarlyFinish() == null) {
                continue;
            }
            compared++;
            List<Mismatch> own = new ArrayList<>(4);
            String name = t.getName() == null ? "Task " + t.getUniqueID() : t.getName();
            String reason = reason(c, i, r);
            if (!Objects.equals(t.getEarlyStart(), r.earlyStart(i))) {
                own.add(new Mismatch(name, "earlyStart", text(t.getEarlyStart()), text(r.earlyStart(i)), reason));
            }
            if (!Objects.equals(t.getEarlyFinish(), r.earlyFinish(i))) {
                own.add(new Mismatch(name, "earlyFinish", text(t.getEarlyFinish()), text(r.earlyFinish(i)), reason));
            }
            if (t.getTotalSlack() != null) {
                int slack = PlanSchedule.minutes(t.getTotalSlack(), c.file());
                if (slack != r.totalFloat(i)) {
                    own.add(new Mismatch(name, "totalSlack", slack + " min", r.totalFloat(i) + " min", reason));
                }
            }
            if (t.getCritical() != r.isCritical(i)) {
                own.add(new Mismatch(
                        name, "critical", String.valueOf(t.getCritical()), String.valueOf(r.isCritical(i)), reason));
            }
            if (own.isEmpty()) {
                matched++;
            } else if (mismatches.size() < MAX_LISTED) {
                mismatches.addAll(own.subList(0, Math.min(own.size(), MAX_LISTED - mismatches.size())));
            }
        }
        return new Fidelity(compared, matched, mismatches);
    }

    /** The most likely cause of a difference, from what the task has that the engine approximates. */
    private static String reason(PlanSchedule.Converted c, int i, ScheduleResult r) {
        Task t = c.tasks().get(i);
        String approximation = c.approximations().get(i);
        if (approximation != null) {
            return approximation;
        }
        if (c.input().isManuallyScheduled(i)) {
            return "the task is manually scheduled; MS Project keeps its dates as typed";
        }
        if (r.isSummary(i)) {
            return "a summary task: its dates follow its children";
        }
        if (t.getActualStart() != null || t.getActualFinish() != null) {
            return "the task has progress: MS Project places the remaining work from its actuals";
        }
        if (t.getLevelingDelay() != null && t.getLevelingDelay().getDuration() != 0) {
            return "the task has a levelling delay";
        }
        if (t.getResourceAssignments() != null && t.getResourceAssignments().size() > 1 && t.getCalendar() == null) {
            return "the task's resources work on different calendars; MS Project schedules each assignment on its own";
        }
        if (r.hasConstraintConflict(i)) {
            return "the task's constraint conflicts with its predecessors";
        }
        return "a predecessor's dates differ, or a scheduling rule differs from MS Project's";
    }

    private static String text(LocalDateTime t) {
        return t == null ? null : t.toString();
    }
}
