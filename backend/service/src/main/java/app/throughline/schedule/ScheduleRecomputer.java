package app.throughline.schedule;

import app.throughline.calendar.CalendarService.CalendarChanged;
import app.throughline.planning.PlanChanged;
import app.throughline.schedule.MilestoneHealth.Outcome;
import app.throughline.schedule.PlanLoader.Plan;
import app.throughline.schedule.PlanRepository.PlanMilestone;
import app.throughline.schedule.ProjectScheduleRepository.Summary;
import app.throughline.schedule.engine.ScheduleResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps every project's schedule current: each planning change recomputes the project inside the
 * change's own transaction (only changed rows are written), so reads are plain lookups.
 */
@ApplicationScoped
public class ScheduleRecomputer {

    private final PlanLoader loader;
    private final PlanRepository plans;
    private final ScheduleStore store;
    private final ProjectScheduleRepository projectSchedules;
    private final BaselineRepository baselines;
    private final EntityManager entityManager;
    private final PlanChangeLog changeLog;
    private final MilestoneWatch milestoneWatch;
    private final AtomicInteger untilPrune = new AtomicInteger();

    ScheduleRecomputer(
            PlanLoader loader,
            PlanRepository plans,
            ScheduleStore store,
            ProjectScheduleRepository projectSchedules,
            BaselineRepository baselines,
            EntityManager entityManager,
            PlanChangeLog changeLog,
            MilestoneWatch milestoneWatch) {
        this.changeLog = changeLog;
        this.milestoneWatch = milestoneWatch;
        this.loader = loader;
        this.plans = plans;
        this.store = store;
        this.projectSchedules = projectSchedules;
        this.baselines = baselines;
        this.entityManager = entityManager;
    }

    void onPlanChanged(@Observes PlanChanged event) {
        if (plans.projectExists(event.projectId())) {
            recompute(event.projectId());
        }
    }

    void onCalendarChanged(@Observes CalendarChanged event) {
        plans.projectsOnCalendar(event.calendarId()).forEach(this::recompute);
    }

    /** Recomputes and stores the project's schedule; returns how many task rows changed. */
    public int recompute(UUID projectId) {
        // one recompute of a project at a time, until this transaction ends: concurrent edits to one
        // project otherwise each compute from a plan without the other's change (the later commit
        // stores a stale schedule) and can deadlock on the schedule rows (40P01); taken before the
        // session's own changes are flushed, so the wait holds no row locks another recompute needs
        projectSchedules.lockForRecompute(projectId);
        // the plan is read with SQL, which does not see entity changes still held in the session
        entityManager.flush();
        Plan plan = loader.load(projectId);
        ScheduleResult result = ScheduleComputation.run(plan, plan.input());
        UUID computation = UUID.randomUUID();
        int written = store.write(
                projectId,
                ScheduleComputation.rows(plan, result, baselines.latest(projectId)),
                projectSchedules.lastComputation(projectId),
                computation);
        LocalDateTime[] span = ScheduleComputation.span(plan, result);
        List<PlanMilestone> milestones = plans.milestones(projectId);
        List<Outcome> outcomes = milestones.stream()
                .map(m -> ScheduleHealth.milestone(m, plan, result))
                .toList();
        projectSchedules.save(
                projectId,
                new Summary(
                        span[0],
                        span[1],
                        plan.calendar().minutesPerDay(),
                        ScheduleComputation.criticalPath(plan, result),
                        ScheduleComputation.drivingPath(plan, result),
                        ScheduleHealth.project(plan, result, outcomes)),
                computation);
        // a forecast that moved can turn a milestone at risk, missed or achieved: announced once
        milestoneWatch.observe(plan.workspaceId(), projectId, milestones, outcomes);
        if (untilPrune.getAndIncrement() % PRUNE_EVERY == 0) {
            changeLog.prune();
        }
        return written;
    }

    /** Recomputes between prunes of the plan change log (a cheap delete on an index of times). */
    private static final int PRUNE_EVERY = 256;
}
