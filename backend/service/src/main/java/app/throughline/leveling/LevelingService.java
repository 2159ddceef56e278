package app.throughline.leveling;

import app.throughline.capacity.CapacityRepository;
import app.throughline.capacity.CapacityRepository.AssignmentLoad;
import app.throughline.capacity.WorkspaceCalendars;
import app.throughline.capacity.WorkspaceCalendars.Calendars;
import app.throughline.leveling.LevelingDtos.LevelingChange;
import app.throughline.leveling.LevelingDtos.LevelingView;
import app.throughline.leveling.LevelingDtos.Mode;
import app.throughline.leveling.LevelingDtos.ProjectImpact;
import app.throughline.leveling.LevelingDtos.RemainingOverallocation;
import app.throughline.leveling.LevelingModel.Input;
import app.throughline.leveling.LevelingModel.TaskRow;
import app.throughline.leveling.LevelingRepository.ProjectLabel;
import app.throughline.leveling.LevelingWriter.DelayWrite;
import app.throughline.leveling.engine.LevelingPolicy;
import app.throughline.leveling.engine.LevelingResult;
import app.throughline.leveling.engine.Overallocation;
import app.throughline.leveling.engine.ResourceLeveler;
import app.throughline.leveling.engine.SearchBudget;
import app.throughline.project.Project;
import app.throughline.project.ProjectService;
import app.throughline.schedule.LevelingDelayFitter;
import app.throughline.schedule.PlanLoader;
import app.throughline.schedule.ScheduleDtos.Preview;
import app.throughline.schedule.SchedulePreviewer;
import app.throughline.storedschedule.ScheduleDays;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Resource levelling of stored schedules: reads the leaf tasks, dependencies and assignments of
 * the projects to level, runs the levelling core, and reports (or, via {@link LevelingWriter},
 * saves) the delays as levelling delays, with what they do to each project's finish and milestones.
 * Deterministic: the search ends on the engine's schedule count for the problem ({@link
 * SearchBudget#standard}), never on the clock.
 */
@ApplicationScoped
public class LevelingService {

    /** Constraints that pin a date; such tasks are levelled first and never moved. */
    private static final Set<String> PINNING = Set.of("mso", "mfo", "snlt", "fnlt");

    private final LevelingRepository repository;
    private final TenantGuard guard;
    private final ProjectService projects;
    private final CapacityRepository data;
    private final WorkspaceCalendars workspaceCalendars;
    private final SchedulePreviewer previewer;
    private final LevelingWriter writer;
    private final PlanLoader planLoader;
    private final LevelingDelayFitter fitter;

    LevelingService(
            LevelingRepository repository,
            TenantGuard guard,
            ProjectService projects,
            CapacityRepository data,
            WorkspaceCalendars workspaceCalendars,
            SchedulePreviewer previewer,
            LevelingWriter writer,
            PlanLoader planLoader,
            LevelingDelayFitter fitter) {
        this.repository = repository;
        this.guard = guard;
        this.projects = projects;
        this.data = data;
        this.workspaceCalendars = workspaceCalendars;
        this.previewer = previewer;
        this.writer = writer;
        this.planLoader = planLoader;
        this.fitter = fitter;
    }

    public LevelingView levelProject(UUID projectId, Mode mode, boolean apply) {
        Project project = apply ? projects.writable(projectId, Role.coordinator) : projects.readable(projectId);
        return level(project.workspaceId, List.of(project.id), project.calendarId, mode, apply);
    }

    public LevelingView levelWorkspace(UUID workspaceId, Mode mode, boolean apply) {
        guard.require(workspaceId, apply ? Role.coordinator : Role.viewer);
        return level(workspaceId, repository.openProjects(workspaceId), null, mode, apply);
    }

    private LevelingView level(UUID workspaceId, List<UUID> projectIds, UUID gridCalendarId, Mode mode, boolean apply) {
        LocalDateTime finishBefore = repository.storedFinish(projectIds);
        List<TaskRow> tasks = tasks(projectIds);
        if (tasks.isEmpty()) {
            return new LevelingView(mode, apply, List.of(), List.of(), finishBefore, finishBefore, List.of());
        }
        LocalDate origin = tasks.stream()
                .map(t -> t.earlyStart().toLocalDate())
                .min(LocalDate::compareTo)
                .orElseThrow();
        int horizon = LevelingModel.horizonDays(origin, tasks);
        Calendars calendars = workspaceCalendars.over(workspaceId, origin, horizon);
        LocalDate end = origin.plusDays(horizon - 1L);
        List<AssignmentLoad> otherWork = data.assignments(workspaceId, origin, end, projectIds, true);
        Input input = new Input(
                tasks,
                repository.parents(projectIds),
                repository.links(projectIds),
                repository.assignments(projectIds),
                data.people(workspaceId, null, null),
                data.timeOff(workspaceId, origin, end),
                otherWork,
                calendars,
                gridCalendarId,
                origin);
        LevelingModel model = LevelingModel.build(input);
        int n = tasks.size();
        // the engine's rule, the one the PSPLIB benchmark measures: a schedule count, never the clock
        LevelingResult result = ResourceLeveler.level(
                model.problem,
                mode == Mode.within_float ? LevelingPolicy.WITHIN_FLOAT : LevelingPolicy.ALLOW_SLIP,
                SearchBudget.standard(model.problem));

        Map<UUID, Integer> existing = repository.delays(projectIds);
        Map<UUID, Map<UUID, LocalDateTime>> targetsByProject = new LinkedHashMap<>();
        List<Integer> moved = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            int start = result.schedule().start(a);
            if (start > model.baseStarts[a] && !model.fixed[a]) {
                TaskRow task = tasks.get(a);
                targetsByProject
                        .computeIfAbsent(task.projectId(), k -> new HashMap<>())
                        .put(task.id(), model.startOf(start));
                moved.add(a);
            }
        }
        Map<UUID, Map<UUID, Integer>> delaysByProject = new LinkedHashMap<>();
        Map<UUID, Integer> minutesPerDay = new HashMap<>();
        targetsByProject.forEach((projectId, targets) -> {
            delaysByProject.put(projectId, fitter.fit(projectId, targets));
            minutesPerDay.put(projectId, planLoader.calendarOf(projectId).minutesPerDay());
        });
        List<LevelingChange> changes = new ArrayList<>();
        List<DelayWrite> writes = new ArrayList<>();
        for (int a : moved) {
            TaskRow task = tasks.get(a);
            int day = minutesPerDay.get(task.projectId());
            int before = existing.getOrDefault(task.id(), 0);
            int after = delaysByProject.get(task.projectId()).getOrDefault(task.id(), before);
            int start = result.schedule().start(a);
            changes.add(new LevelingChange(
                    task.id(),
                    task.projectId(),
                    task.earlyStart(),
                    model.startOf(start),
                    start - model.baseStarts[a],
                    ScheduleDays.of(after, day)));
            if (after != before) {
                writes.add(new DelayWrite(task.id(), task.projectId(), before, after, day));
            }
        }
        List<RemainingOverallocation> remaining = remaining(model, result);
        List<ProjectImpact> impacts = impacts(projectIds, delaysByProject);
        LocalDateTime finishAfter;
        if (apply && !writes.isEmpty()) {
            writer.save(workspaceId, writes);
            finishAfter = repository.storedFinish(projectIds);
        } else {
            finishAfter = latestFinish(projectIds, impacts, finishBefore);
        }
        return new LevelingView(mode, apply, impacts, changes, finishBefore, finishAfter, remaining);
    }

    /** Clears every levelling delay of the project (coordinator); the schedule recomputes when there were any. */
    public void clearProject(UUID projectId) {
        Project project = projects.writable(projectId, Role.coordinator);
        writer.clear(
                project.workspaceId,
                project.id,
                planLoader.calendarOf(project.id).minutesPerDay());
    }

    /** Finish and milestone moves of every project the delays touch, computed on a copy of its plan. */
    private List<ProjectImpact> impacts(List<UUID> projectIds, Map<UUID, Map<UUID, Integer>> delaysByProject) {
        List<ProjectImpact> impacts = new ArrayList<>();
        for (ProjectLabel project : repository.labels(projectIds)) {
            Map<UUID, Integer> delays = delaysByProject.get(project.id());
            if (delays == null) {
                continue;
            }
            Preview preview = previewer.previewLevelingDelays(project.id(), delays);
            impacts.add(new ProjectImpact(
                    project.id(),
                    project.key(),
                    project.name(),
                    preview.finishBefore(),
                    preview.finishAfter(),
                    preview.finishDeltaDays(),
                    preview.milestones()));
        }
        return impacts;
    }

    private LocalDateTime latestFinish(List<UUID> projectIds, List<ProjectImpact> impacts, LocalDateTime finishBefore) {
        Map<UUID, LocalDateTime> previewed = new HashMap<>();
        impacts.forEach(impact -> previewed.put(impact.projectId(), impact.finishAfter()));
        LocalDateTime finish = null;
        for (UUID projectId : projectIds) {
            LocalDateTime projectFinish = previewed.containsKey(projectId)
                    ? previewed.get(projectId)
                    : repository.storedFinish(List.of(projectId));
            if (projectFinish != null && (finish == null || projectFinish.isAfter(finish))) {
                finish = projectFinish;
            }
        }
        return finish == null ? finishBefore : finish;
    }

    private static List<RemainingOverallocation> remaining(LevelingModel model, LevelingResult result) {
        List<RemainingOverallocation> remaining = new ArrayList<>();
        for (Overallocation over : result.overallocations()) {
            double excess = 0;
            for (int t = over.fromPeriod(); t < over.toPeriod(); t++) {
                int load = 0;
                for (int a : over.activities()) {
                    int start = result.schedule().start(a);
                    if (start <= t && t < start + model.durations[a]) {
                        load += model.problem.demand(a, over.resource());
                    }
                }
                excess += Math.max(
                                0,
                                load - model.problem.capacity(over.resource()).at(t))
                        / 100.0
                        * model.hoursOf(t);
            }
            remaining.add(new RemainingOverallocation(
                    model.resources.get(over.resource()).id(),
                    model.dateOf(over.fromPeriod()),
                    model.dateOf(over.toPeriod() - 1),
                    Math.round(excess * 100) / 100.0,
                    over.activities().stream().map(a -> model.tasks.get(a).id()).toList()));
        }
        return remaining;
    }

    private List<TaskRow> tasks(List<UUID> projectIds) {
        return repository.leafTasks(projectIds).stream()
                .map(t -> new TaskRow(
                        t.id(),
                        t.projectId(),
                        t.priority(),
                        PINNING.contains(t.constraintType()) || t.started(),
                        t.earlyStart(),
                        t.earlyFinish()))
                .toList();
    }
}
