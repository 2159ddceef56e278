package app.throughline.schedule;

import app.throughline.schedule.MilestoneHealth.Gate;
import app.throughline.schedule.MilestoneHealth.Outcome;
import app.throughline.schedule.PlanLoader.Plan;
import app.throughline.schedule.PlanRepository.PlanMilestone;
import app.throughline.schedule.engine.ScheduleResult;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Milestone outcomes and project health of a freshly computed (or previewed) schedule. */
final class ScheduleHealth {

    private ScheduleHealth() {}

    static Outcome milestone(PlanMilestone milestone, Plan plan, ScheduleResult result) {
        List<Gate> gates = new ArrayList<>();
        for (UUID gate : milestone.gates()) {
            Integer i = plan.indexOf().get(gate);
            if (i != null && i < plan.ownTasks()) {
                PlanLoader.TaskFacts facts = plan.facts().get(i);
                // a cancelled gate no longer holds the milestone back
                boolean done = "done".equals(facts.status())
                        || "cancelled".equals(facts.status())
                        || facts.percentComplete() >= 100;
                gates.add(new Gate(result.earlyFinish(i), done));
            }
        }
        LocalDate today = plan.asOf();
        return MilestoneHealth.of(
                milestone.dueDate(),
                gates,
                today,
                plan.calendar().minutesPerDay(),
                forecast -> MilestoneHealth.slackMinutes(plan.calendar(), forecast, milestone.dueDate()));
    }

    /** See {@link MilestoneHealth#project}; the outcomes are those of {@link #milestone} for each milestone. */
    static String project(Plan plan, ScheduleResult result, List<Outcome> milestoneOutcomes) {
        boolean negativeFloat = false;
        for (int i = 0; i < plan.ownTasks() && !negativeFloat; i++) {
            negativeFloat = result.totalFloat(i) < 0;
        }
        LocalDateTime finish = ScheduleComputation.span(plan, result)[1];
        LocalDate target = plan.targetFinishDate();
        boolean finishAfterTarget =
                target != null && finish != null && finish.toLocalDate().isAfter(target);
        return MilestoneHealth.project(milestoneOutcomes, finishAfterTarget, negativeFloat);
    }
}
