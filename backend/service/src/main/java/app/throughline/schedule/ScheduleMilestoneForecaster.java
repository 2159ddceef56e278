package app.throughline.schedule;

import app.throughline.milestone.Milestone;
import app.throughline.milestone.MilestoneForecaster;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Milestone forecast and health from the stored schedule. */
@ApplicationScoped
public class ScheduleMilestoneForecaster implements MilestoneForecaster {

    private final ScheduleService schedules;

    ScheduleMilestoneForecaster(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @Override
    public Forecast forecast(Milestone milestone) {
        MilestoneHealth.Outcome outcome = schedules.milestoneOutcome(
                milestone.projectId, milestone.dueDate, List.copyOf(milestone.gatingTaskIds));
        return new Forecast(outcome.forecast(), outcome.health());
    }
}
