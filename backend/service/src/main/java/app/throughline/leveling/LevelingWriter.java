package app.throughline.leveling;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.ActivityLog.Action;
import app.throughline.activity.Changes;
import app.throughline.leveling.LevelingDtos.LevelingChange;
import app.throughline.planning.PlanChanged;
import app.throughline.task.Task;
import app.throughline.task.TaskEnums.ConstraintType;
import app.throughline.task.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Saves levelling delays. The task model has no levelling-delay field, so a delay is held by a
 * {@code snet} (start no earlier than) constraint on the new start date, logged with its old and
 * new constraint like any task update; then each project's schedule recomputes.
 */
@ApplicationScoped
class LevelingWriter {

    private final TaskRepository tasks;
    private final ActivityLog activity;
    private final Event<PlanChanged> planChanged;

    LevelingWriter(TaskRepository tasks, ActivityLog activity, Event<PlanChanged> planChanged) {
        this.tasks = tasks;
        this.activity = activity;
        this.planChanged = planChanged;
    }

    @Transactional
    void save(List<LevelingChange> changes) {
        Set<UUID> projects = new LinkedHashSet<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (LevelingChange change : changes) {
            Task task = tasks.findById(change.taskId());
            Changes logged = new Changes();
            task.constraintType = logged.set("constraintType", task.constraintType, ConstraintType.snet);
            task.constraintDate = logged.set("constraintDate", task.constraintDate, change.constraintDate());
            if (!logged.isEmpty()) {
                task.updatedAt = now;
                activity.record(task.workspaceId, task.projectId, "task", task.id, Action.updated, logged);
            }
            projects.add(task.projectId);
        }
        tasks.flush();
        projects.forEach(projectId -> planChanged.fire(new PlanChanged(projectId)));
    }
}
