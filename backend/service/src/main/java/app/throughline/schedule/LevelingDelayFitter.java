package app.throughline.schedule;

import app.throughline.schedule.PlanLoader.Plan;
import app.throughline.schedule.engine.ScheduleInputBuilder;
import app.throughline.schedule.engine.ScheduleResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Turns the start dates levelling wants into levelling delays. A delay is added after a task's
 * predecessors, so a successor of a delayed task already moves with it: its own delay is only what
 * is left. The engine is rerun until every task reaches its start: each round corrects every
 * delay by how far its task still misses (a successor corrected in the same round as its
 * predecessor overshoots and is taken back in the next), which settles the tasks whose delayed
 * predecessors are settled.
 */
@ApplicationScoped
public class LevelingDelayFitter {

    private static final int MAX_ROUNDS = 100;

    private final PlanLoader loader;

    LevelingDelayFitter(PlanLoader loader) {
        this.loader = loader;
    }

    /**
     * The delays (task id → working minutes of the project calendar, earlier delays included) that
     * start the project's tasks at the given times; tasks not in the map keep their delays.
     */
    public Map<UUID, Integer> fit(UUID projectId, Map<UUID, LocalDateTime> targetStarts) {
        Plan plan = loader.load(projectId);
        Map<UUID, Integer> delays = new HashMap<>();
        targetStarts.keySet().forEach(taskId -> {
            Integer index = plan.indexOf().get(taskId);
            if (index != null && index < plan.ownTasks()) {
                delays.put(taskId, plan.input().levelingDelay(index));
            }
        });
        for (int round = 0; round < MAX_ROUNDS; round++) {
            ScheduleInputBuilder builder = plan.input().toBuilder();
            delays.forEach(
                    (taskId, minutes) -> builder.levelingDelay(plan.indexOf().get(taskId), minutes));
            ScheduleResult result = ScheduleComputation.run(plan, builder.build());
            boolean moved = false;
            for (Map.Entry<UUID, Integer> entry : delays.entrySet()) {
                LocalDateTime start = result.earlyStart(plan.indexOf().get(entry.getKey()));
                LocalDateTime target = targetStarts.get(entry.getKey());
                int gap = start.isBefore(target)
                        ? plan.calendar().workingMinutesBetween(start, target)
                        : -plan.calendar().workingMinutesBetween(target, start);
                int delay = Math.max(0, entry.getValue() + gap);
                if (delay != entry.getValue()) {
                    entry.setValue(delay);
                    moved = true;
                }
            }
            if (!moved) {
                break;
            }
        }
        return delays;
    }
}
