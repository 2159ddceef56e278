package app.throughline.schedule;

import app.throughline.milestone.Milestone;
import app.throughline.milestone.MilestoneForecaster;
import app.throughline.platform.Today;
import app.throughline.schedule.MilestoneHealth.Gate;
import app.throughline.schedule.MilestoneHealth.Outcome;
import app.throughline.schedule.ProjectScheduleRepository.Header;
import app.throughline.schedule.engine.WorkCalendar;
import app.throughline.storedschedule.ScheduleRow;
import app.throughline.storedschedule.StoredSchedules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Milestone forecast and health from the stored schedule. */
@ApplicationScoped
public class ScheduleMilestoneForecaster implements MilestoneForecaster {

    private final ProjectScheduleReader reader;
    private final StoredSchedules stored;
    private final PlanRepository plans;
    private final PlanLoader loader;
    private final Today today;

    ScheduleMilestoneForecaster(
            ProjectScheduleReader reader,
            StoredSchedules stored,
            PlanRepository plans,
            PlanLoader loader,
            Today today) {
        this.today = today;
        this.reader = reader;
        this.stored = stored;
        this.plans = plans;
        this.loader = loader;
    }

    @Override
    public Forecast forecast(Milestone milestone) {
        Outcome outcome = outcome(milestone.projectId, milestone.dueDate, List.copyOf(milestone.gatingTaskIds));
        return new Forecast(outcome.forecast(), outcome.health());
    }

    private Outcome outcome(UUID projectId, LocalDate dueDate, List<UUID> gatingTaskIds) {
        Header header = reader.header(projectId);
        Map<UUID, ScheduleRow> rows = stored.readTasks(gatingTaskIds);
        Map<UUID, Boolean> done = plans.doneFlags(gatingTaskIds);
        List<Gate> gates = gatingTaskIds.stream()
                .filter(rows::containsKey)
                .map(id -> new Gate(rows.get(id).earlyFinish(), done.getOrDefault(id, false)))
                .toList();
        WorkCalendar calendar = loader.calendarOf(projectId);
        return MilestoneHealth.of(
                dueDate,
                gates,
                header.statusDate() != null ? header.statusDate() : today.date(),
                header.minutesPerDay(),
                forecast -> MilestoneHealth.slackMinutes(calendar, forecast, dueDate));
    }
}
