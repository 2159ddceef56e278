package app.throughline.schedule;

import app.throughline.api.InvalidRequest;
import app.throughline.api.ResourceNotFound;
import app.throughline.schedule.MilestoneHealth.Outcome;
import app.throughline.schedule.PlanLoader.Plan;
import app.throughline.schedule.PlanRepository.PlanMilestone;
import app.throughline.schedule.ScheduleDtos.Change;
import app.throughline.schedule.ScheduleDtos.MilestoneMove;
import app.throughline.schedule.ScheduleDtos.Preview;
import app.throughline.schedule.ScheduleDtos.ProjectScheduleView;
import app.throughline.schedule.engine.ConstraintType;
import app.throughline.schedule.engine.Durations;
import app.throughline.schedule.engine.ScheduleInputBuilder;
import app.throughline.schedule.engine.ScheduleResult;
import app.throughline.storedschedule.ScheduleDays;
import app.throughline.storedschedule.TaskScheduleView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;

/** What-if: runs the engine on a copy of the plan with changes applied, and reports what moves. */
@ApplicationScoped
public class SchedulePreviewer {

    private final PlanLoader loader;
    private final PlanRepository plans;
    private final BaselineRepository baselines;

    SchedulePreviewer(PlanLoader loader, PlanRepository plans, BaselineRepository baselines) {
        this.loader = loader;
        this.plans = plans;
        this.baselines = baselines;
    }

    /** Runs the engine on a copy of the plan with the changes applied; nothing is written. */
    public Preview preview(UUID projectId, List<Change> changes) {
        return preview(projectId, (plan, builder) -> {
            for (int c = 0; c < changes.size(); c++) {
                apply(plan, builder, changes.get(c), "changes[" + c + "]");
            }
        });
    }

    /**
     * The schedule with these levelling delays (task id → working minutes of the project calendar;
     * 0 removes a delay) in place of the stored ones; tasks of other projects are ignored.
     */
    public Preview previewLevelingDelays(UUID projectId, Map<UUID, Integer> delayMinutes) {
        return preview(
                projectId,
                (plan, builder) -> delayMinutes.forEach((taskId, minutes) -> {
                    Integer index = plan.indexOf().get(taskId);
                    if (index != null && index < plan.ownTasks()) {
                        builder.levelingDelay(index, minutes);
                    }
                }));
    }

    private Preview preview(UUID projectId, BiConsumer<Plan, ScheduleInputBuilder> changes) {
        Plan plan = loader.load(projectId);
        ScheduleResult before = ScheduleComputation.run(plan, plan.input());
        ScheduleInputBuilder builder = plan.input().toBuilder();
        changes.accept(plan, builder);
        ScheduleResult after = ScheduleComputation.run(plan, builder.build());
        List<MilestoneMove> moves = new ArrayList<>();
        for (PlanMilestone milestone : plans.milestones(projectId)) {
            Outcome was = ScheduleHealth.milestone(milestone, plan, before);
            Outcome will = ScheduleHealth.milestone(milestone, plan, after);
            if (!Objects.equals(was, will)) {
                moves.add(new MilestoneMove(
                        milestone.id(),
                        milestone.name(),
                        milestone.dueDate(),
                        was.forecast(),
                        will.forecast(),
                        was.health(),
                        will.health()));
            }
        }
        LocalDateTime finishBefore = ScheduleComputation.span(plan, before)[1];
        LocalDateTime finishAfter = ScheduleComputation.span(plan, after)[1];
        int delta = finishAfter.isBefore(finishBefore)
                ? -plan.calendar().workingMinutesBetween(finishAfter, finishBefore)
                : plan.calendar().workingMinutesBetween(finishBefore, finishAfter);
        int minutesPerDay = plan.calendar().minutesPerDay();
        List<TaskScheduleView> tasks = ScheduleComputation.rows(plan, after, baselines.latest(projectId)).stream()
                .map(r -> r.view(minutesPerDay))
                .toList();
        LocalDateTime[] span = ScheduleComputation.span(plan, after);
        ProjectScheduleView schedule = new ProjectScheduleView(
                projectId,
                span[0],
                span[1],
                plan.statusDate(),
                null,
                ScheduleComputation.criticalPath(plan, after),
                ScheduleComputation.drivingPath(plan, after),
                tasks,
                Instant.now());
        return new Preview(finishBefore, finishAfter, ScheduleDays.of(delta, minutesPerDay), moves, schedule);
    }

    private static void apply(Plan plan, ScheduleInputBuilder builder, Change change, String field) {
        Integer index = plan.indexOf().get(change.taskId());
        if (index == null || index >= plan.ownTasks()) {
            throw new ResourceNotFound(field + ".taskId: task " + change.taskId() + " is not in this project");
        }
        if (change.durationDays() != null) {
            builder.duration(index, Durations.toMinutes(change.durationDays().doubleValue(), plan.calendar()));
        }
        if (change.constraintType() != null) {
            ConstraintType type =
                    ConstraintType.valueOf(change.constraintType().name().toUpperCase(Locale.ROOT));
            if (change.constraintType().needsDate() && change.constraintDate() == null) {
                throw InvalidRequest.field(
                        field + ".constraintDate", "is required for the constraint " + change.constraintType());
            }
            builder.constraint(index, type, change.constraintType().needsDate() ? change.constraintDate() : null);
        } else if (change.constraintDate() != null) {
            throw InvalidRequest.field(field + ".constraintType", "is required with a constraintDate");
        }
        if (change.deadline() != null) {
            builder.deadline(index, change.deadline());
        }
        if (change.percentComplete() != null) {
            builder.percentComplete(index, change.percentComplete().doubleValue());
        }
        if (change.actualStart() != null) {
            builder.actualStart(index, change.actualStart().atStartOfDay());
        }
        if (change.actualFinish() != null) {
            builder.actualFinish(index, change.actualFinish().plusDays(1).atStartOfDay());
        }
    }
}
