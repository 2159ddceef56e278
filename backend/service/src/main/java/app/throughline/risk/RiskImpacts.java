package app.throughline.risk;

import app.throughline.risk.RiskDtos.ImpactView;
import app.throughline.risk.RiskDtos.MilestoneImpact;
import app.throughline.risk.RiskRepository.SlippableTask;
import app.throughline.schedule.PlanLoader;
import app.throughline.schedule.ScheduleDtos.Change;
import app.throughline.schedule.ScheduleDtos.MilestoneMove;
import app.throughline.schedule.ScheduleDtos.Preview;
import app.throughline.schedule.SchedulePreviewer;
import app.throughline.schedule.engine.WorkCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a risk would cost the schedule: the existing what-if runs on a copy of the plan with each
 * linked task taking {@code scheduleImpactDays} more working days, so it finishes that much later,
 * and everything after it moves as the network says (float absorbs what it can). Nothing is saved.
 * Summary tasks are left alone: their children set their dates, so link the children.
 */
@ApplicationScoped
public class RiskImpacts {

    private final SchedulePreviewer previewer;
    private final PlanLoader plans;
    private final RiskRepository risks;

    RiskImpacts(SchedulePreviewer previewer, PlanLoader plans, RiskRepository risks) {
        this.previewer = previewer;
        this.plans = plans;
        this.risks = risks;
    }

    public ImpactView of(Risk risk) {
        List<Change> changes = risks.slippableTasks(risk.taskIds).stream()
                .filter(task -> !task.summary())
                .map(task -> slip(task, risk.scheduleImpactDays))
                .toList();
        Preview preview = previewer.preview(risk.projectId, risk.scheduleImpactDays == 0 ? List.of() : changes);
        WorkCalendar calendar = plans.calendarOf(risk.projectId);
        List<MilestoneImpact> milestones = preview.milestones().stream()
                .filter(m -> !Objects.equals(m.forecastBefore(), m.forecastAfter()))
                .map(m -> impact(m, calendar))
                .toList();
        return new ImpactView(
                risk.id,
                risk.scheduleImpactDays,
                preview.finishBefore(),
                preview.finishAfter(),
                preview.finishDeltaDays(),
                milestones);
    }

    private static Change slip(SlippableTask task, int days) {
        BigDecimal longer = task.durationDays().add(BigDecimal.valueOf(days));
        return new Change(task.id(), longer, null, null, null, null, null, null);
    }

    private static MilestoneImpact impact(MilestoneMove move, WorkCalendar calendar) {
        return new MilestoneImpact(
                move.milestoneId(),
                move.name(),
                move.dueDate(),
                move.forecastBefore(),
                move.forecastAfter(),
                workingDaysBetween(calendar, move.forecastBefore(), move.forecastAfter()),
                move.healthBefore(),
                move.healthAfter());
    }

    /** Working days from the end of one date to the end of another (negative when earlier); 0 without both. */
    static int workingDaysBetween(WorkCalendar calendar, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return 0;
        }
        int minutes = calendar.workingMinutesBetween(
                from.plusDays(1).atStartOfDay(), to.plusDays(1).atStartOfDay());
        return Math.round((float) minutes / calendar.minutesPerDay());
    }

    /** Whether the risk can move anything at all, so summaries need not run the engine for it. */
    static boolean canSlip(Risk risk) {
        return risk.live() && risk.scheduleImpactDays > 0 && !risk.taskIds.isEmpty();
    }
}
