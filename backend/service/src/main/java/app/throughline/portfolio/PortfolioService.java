package app.throughline.portfolio;

import app.throughline.calendar.CalendarDefinition;
import app.throughline.calendar.CalendarService;
import app.throughline.capacity.WorkloadDtos.Granularity;
import app.throughline.capacity.WorkloadDtos.PersonWorkload;
import app.throughline.capacity.WorkloadDtos.WorkloadOverallocation;
import app.throughline.capacity.WorkloadQuery;
import app.throughline.capacity.WorkloadService;
import app.throughline.platform.Today;
import app.throughline.portfolio.PortfolioDtos.PortfolioMilestone;
import app.throughline.portfolio.PortfolioDtos.PortfolioProject;
import app.throughline.portfolio.PortfolioDtos.PortfolioView;
import app.throughline.portfolio.PortfolioRepository.MilestoneGateRow;
import app.throughline.portfolio.PortfolioRepository.Progress;
import app.throughline.portfolio.PortfolioRepository.ProjectRow;
import app.throughline.portfolio.PortfolioRepository.TaskProject;
import app.throughline.project.ProjectStatus;
import app.throughline.risk.RiskDtos.RiskSummary;
import app.throughline.risk.RiskSummaries;
import app.throughline.schedule.MilestoneHealth;
import app.throughline.schedule.MilestoneHealth.Gate;
import app.throughline.schedule.MilestoneHealth.Outcome;
import app.throughline.schedule.WorkCalendars;
import app.throughline.schedule.engine.WorkCalendar;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The portfolio: every project of a workspace with its stored health and forecast, progress, next
 * milestone and over-allocated people, from a fixed number of set-based reads (no query per project).
 * Over-allocation is the workload's own computation, per day, over a year from the chosen day.
 */
@ApplicationScoped
public class PortfolioService {

    private final TenantGuard guard;
    private final PortfolioRepository data;
    private final CalendarService calendars;
    private final WorkloadService workload;
    private final RiskSummaries risks;

    private final Today today;

    PortfolioService(
            TenantGuard guard,
            PortfolioRepository data,
            CalendarService calendars,
            WorkloadService workload,
            RiskSummaries risks,
            Today today) {
        this.risks = risks;
        this.today = today;
        this.guard = guard;
        this.data = data;
        this.calendars = calendars;
        this.workload = workload;
    }

    /** @param from the first day of the over-allocation window as given ({@code null}: today) */
    public PortfolioView portfolio(UUID workspaceId, LocalDate from) {
        guard.require(workspaceId, Role.viewer);
        LocalDate first = from != null ? from : today.date();
        LocalDate last = first.plusDays(WorkloadQuery.MAX_DAYS - 1L);
        List<ProjectRow> projects = data.projects(workspaceId);
        Map<UUID, Progress> progress = new HashMap<>();
        data.progress(workspaceId).forEach(p -> progress.put(p.projectId(), p));
        Map<UUID, List<MilestoneGateRow>> milestones = new HashMap<>();
        data.milestoneGates(workspaceId)
                .forEach(row -> milestones
                        .computeIfAbsent(row.projectId(), p -> new ArrayList<>())
                        .add(row));
        Overallocation overallocation = overallocation(workspaceId, first, last, projects);
        ProjectCalendars projectCalendars = new ProjectCalendars(calendars.definitionsOf(workspaceId));
        Map<UUID, RiskSummary> riskSummaries = risks.ofWorkspace(workspaceId);

        List<PortfolioProject> views = new ArrayList<>(projects.size());
        for (ProjectRow project : projects) {
            List<PortfolioMilestone> dated =
                    milestones(project, milestones.getOrDefault(project.id(), List.of()), projectCalendars);
            views.add(new PortfolioProject(
                    project.id(),
                    project.key(),
                    project.name(),
                    ProjectStatus.valueOf(project.status()),
                    health(project, dated),
                    percentComplete(progress.get(project.id())),
                    project.startDate(),
                    date(project.start()),
                    date(project.finish()),
                    project.targetFinishDate(),
                    finishVariance(project, projectCalendars),
                    dated.stream()
                            .filter(m -> !"achieved".equals(m.health()))
                            .findFirst()
                            .orElse(null),
                    overallocation
                            .byProject()
                            .getOrDefault(project.id(), Set.of())
                            .size(),
                    riskSummaries.getOrDefault(project.id(), RiskSummaries.none(project.id()))));
        }
        return new PortfolioView(
                workspaceId, first, last, overallocation.people().size(), views);
    }

    /** People over-allocated in the window, in all and per project whose tasks they work on in an over-allocated run. */
    private record Overallocation(Set<UUID> people, Map<UUID, Set<UUID>> byProject) {}

    private Overallocation overallocation(
            UUID workspaceId, LocalDate first, LocalDate last, List<ProjectRow> projects) {
        // no demand after the latest forecast finish, so the workload need not be laid out beyond it
        LocalDate latestFinish = projects.stream()
                .map(ProjectRow::finish)
                .filter(Objects::nonNull)
                .map(LocalDateTime::toLocalDate)
                .max(LocalDate::compareTo)
                .orElse(null);
        if (latestFinish == null || latestFinish.isBefore(first)) {
            return new Overallocation(Set.of(), Map.of());
        }
        LocalDate to = latestFinish.isBefore(last) ? latestFinish : last;
        List<PersonWorkload> people = workload.workload(
                        workspaceId, new WorkloadQuery(first, to, Granularity.day, null, null))
                .people();
        Set<UUID> overallocated = new HashSet<>();
        Map<UUID, Set<UUID>> peopleByTask = new HashMap<>();
        for (PersonWorkload person : people) {
            for (WorkloadOverallocation run : person.overallocations()) {
                overallocated.add(person.personId());
                run.taskIds()
                        .forEach(task -> peopleByTask
                                .computeIfAbsent(task, t -> new HashSet<>())
                                .add(person.personId()));
            }
        }
        Map<UUID, Set<UUID>> byProject = new HashMap<>();
        for (TaskProject task : data.projectsOfTasks(workspaceId, List.copyOf(peopleByTask.keySet()))) {
            byProject.computeIfAbsent(task.projectId(), p -> new HashSet<>()).addAll(peopleByTask.get(task.taskId()));
        }
        return new Overallocation(overallocated, byProject);
    }

    /** Duration-weighted; equal weights when every task has zero duration; null without tasks. */
    private static Double percentComplete(Progress progress) {
        if (progress == null || progress.tasks() == 0) {
            return null;
        }
        double percent = progress.durationDays() > 0
                ? progress.weightedPercent() / progress.durationDays()
                : progress.percentSum() / progress.tasks();
        // down, never up: 99.95 % is not done; the epsilon absorbs binary noise (110 / 1.1 = 99.999…)
        return Math.floor(percent * 10 + 1e-6) / 10.0;
    }

    /** Working days from the end of the target date to the forecast finish (+ late). */
    private static Double finishVariance(ProjectRow project, ProjectCalendars calendars) {
        if (project.targetFinishDate() == null || project.finish() == null) {
            return null;
        }
        WorkCalendar calendar = calendars.of(project);
        int lateMinutes = -MilestoneHealth.slackMinutes(calendar, project.finish(), project.targetFinishDate());
        return Math.round(lateMinutes * 1000.0 / calendar.minutesPerDay()) / 1000.0;
    }

    /**
     * The stored health was decided at the last recompute; a milestone may have become at risk or
     * missed since, only because days passed. The row must not say "on track" beside "missed".
     */
    private static String health(ProjectRow project, List<PortfolioMilestone> milestones) {
        if (project.health() == null) {
            return null; // never scheduled
        }
        List<Outcome> outcomes = milestones.stream()
                .map(m -> new Outcome(m.forecastDate(), m.health()))
                .toList();
        return MilestoneHealth.worse(project.health(), MilestoneHealth.project(outcomes, false, false));
    }

    /** Every milestone of the project by due date, with forecast and health as the milestone itself shows them. */
    private List<PortfolioMilestone> milestones(
            ProjectRow project, List<MilestoneGateRow> rows, ProjectCalendars calendars) {
        Map<UUID, List<MilestoneGateRow>> byMilestone = new LinkedHashMap<>();
        rows.forEach(row -> byMilestone
                .computeIfAbsent(row.milestoneId(), m -> new ArrayList<>())
                .add(row));
        LocalDate asOf = project.statusDate() != null ? project.statusDate() : today.date();
        List<PortfolioMilestone> result = new ArrayList<>();
        for (List<MilestoneGateRow> gateRows : byMilestone.values()) {
            MilestoneGateRow milestone = gateRows.get(0);
            List<Gate> gates = gateRows.stream()
                    .filter(g -> g.taskId() != null && g.earlyFinish() != null)
                    .map(g -> new Gate(g.earlyFinish(), g.done()))
                    .toList();
            WorkCalendar calendar = calendars.of(project);
            Outcome outcome = MilestoneHealth.of(
                    milestone.dueDate(),
                    gates,
                    asOf,
                    calendar.minutesPerDay(),
                    forecast -> MilestoneHealth.slackMinutes(calendar, forecast, milestone.dueDate()));
            result.add(new PortfolioMilestone(
                    milestone.milestoneId(),
                    milestone.name(),
                    milestone.dueDate(),
                    outcome.forecast(),
                    outcome.health(),
                    milestone.committed()));
        }
        return result;
    }

    private static LocalDate date(LocalDateTime time) {
        return time == null ? null : time.toLocalDate();
    }

    /**
     * The engine calendar of each project, built once per calendar and window: the window depends
     * only on the year of the project start, as in the schedule itself.
     */
    private static final class ProjectCalendars {

        private final Map<UUID, CalendarDefinition> definitions = new HashMap<>();
        private final Map<String, WorkCalendar> built = new HashMap<>();
        private UUID defaultId;

        ProjectCalendars(List<CalendarDefinition> definitions) {
            for (CalendarDefinition definition : definitions) {
                this.definitions.put(definition.id(), definition);
                if (definition.isDefault()) {
                    defaultId = definition.id();
                }
            }
        }

        WorkCalendar of(ProjectRow project) {
            CalendarDefinition definition = definition(project);
            return built.computeIfAbsent(
                    definition.id() + "/" + project.startDate().getYear(),
                    k -> WorkCalendars.of(definition, project.startDate()));
        }

        private CalendarDefinition definition(ProjectRow project) {
            CalendarDefinition definition = project.calendarId() == null ? null : definitions.get(project.calendarId());
            return definition != null ? definition : definitions.get(defaultId);
        }
    }
}
