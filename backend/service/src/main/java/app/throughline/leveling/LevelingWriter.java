package app.throughline.leveling;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.ActivityLog.Action;
import app.throughline.activity.Changes;
import app.throughline.leveling.LevelingRepository.TaskDelay;
import app.throughline.planning.PlanChanged;
import app.throughline.storedschedule.ScheduleDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Saves and clears levelling delays. A delay is the task's own value (like MS Project's Leveling
 * Delay), not a date constraint, so clearing levelling gives back exactly the schedule that was
 * there before; each change is logged on its task (levelingDelayDays old → new) and each
 * project's schedule recomputes.
 */
@ApplicationScoped
class LevelingWriter {

    /** One task's new delay, in working minutes of its project's calendar. */
    record DelayWrite(UUID taskId, UUID projectId, int oldMinutes, int newMinutes, int minutesPerDay) {}

    private final LevelingRepository repository;
    private final ActivityLog activity;
    private final Event<PlanChanged> planChanged;

    LevelingWriter(LevelingRepository repository, ActivityLog activity, Event<PlanChanged> planChanged) {
        this.repository = repository;
        this.activity = activity;
        this.planChanged = planChanged;
    }

    @Transactional
    void save(UUID workspaceId, List<DelayWrite> writes) {
        Set<UUID> projects = new LinkedHashSet<>();
        for (DelayWrite write : writes) {
            repository.saveDelay(write.taskId(), write.projectId(), write.newMinutes());
            log(
                    workspaceId,
                    write.projectId(),
                    write.taskId(),
                    write.oldMinutes(),
                    write.newMinutes(),
                    write.minutesPerDay());
            projects.add(write.projectId());
        }
        projects.forEach(projectId -> planChanged.fire(new PlanChanged(projectId)));
    }

    /** Removes every delay of the project; false (and nothing written or logged) when it had none. */
    @Transactional
    boolean clear(UUID workspaceId, UUID projectId, int minutesPerDay) {
        List<TaskDelay> delays = repository.delaysOf(projectId);
        if (delays.isEmpty()) {
            return false;
        }
        repository.clearDelays(projectId);
        for (TaskDelay delay : delays) {
            log(workspaceId, projectId, delay.taskId(), delay.minutes(), 0, minutesPerDay);
        }
        planChanged.fire(new PlanChanged(projectId));
        return true;
    }

    private void log(UUID workspaceId, UUID projectId, UUID taskId, int oldMinutes, int newMinutes, int minutesPerDay) {
        Changes logged = new Changes();
        logged.set(
                "levelingDelayDays",
                ScheduleDays.of(oldMinutes, minutesPerDay),
                ScheduleDays.of(newMinutes, minutesPerDay));
        activity.record(workspaceId, projectId, "task", taskId, Action.updated, logged);
    }
}
