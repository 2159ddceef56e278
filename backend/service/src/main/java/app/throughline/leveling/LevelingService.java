package app.throughline.leveling;

import app.throughline.capacity.CapacityRepository;
import app.throughline.capacity.CapacityRepository.AssignmentLoad;
import app.throughline.capacity.WorkspaceCalendars;
import app.throughline.capacity.WorkspaceCalendars.Calendars;
import app.throughline.leveling.LevelingDtos.LevelingChange;
import app.throughline.leveling.LevelingDtos.LevelingView;
import app.throughline.leveling.LevelingDtos.Mode;
import app.throughline.leveling.LevelingDtos.RemainingOverallocation;
import app.throughline.leveling.LevelingModel.Input;
import app.throughline.leveling.LevelingModel.TaskRow;
import app.throughline.leveling.engine.LevelingPolicy;
import app.throughline.leveling.engine.LevelingResult;
import app.throughline.leveling.engine.Overallocation;
import app.throughline.leveling.engine.ResourceLeveler;
import app.throughline.leveling.engine.SearchBudget;
import app.throughline.project.Project;
import app.throughline.project.ProjectService;
import app.throughline.schedule.ScheduleDtos.Change;
import app.throughline.schedule.SchedulePreviewer;
import app.throughline.task.TaskEnums.ConstraintType;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Resource levelling of stored schedules: reads the leaf tasks, dependencies and assignments of
 * the projects to level, runs the levelling core, and reports (or, via {@link LevelingWriter},
 * saves) the delays. Deterministic: the search ends on a schedule count sized to the problem.
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

    LevelingService(
            LevelingRepository repository,
            TenantGuard guard,
            ProjectService projects,
            CapacityRepository data,
            WorkspaceCalendars workspaceCalendars,
            SchedulePreviewer previewer,
            LevelingWriter writer) {
        this.repository = repository;
        this.guard = guard;
        this.projects = projects;
        this.data = data;
        this.workspaceCalendars = workspaceCalendars;
        this.previewer = previewer;
        this.writer = writer;
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
            return new LevelingView(mode, apply, List.of(), finishBefore, finishBefore, List.of());
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
        SearchBudget budget = SearchBudget.ofSchedules(Math.max(50, Math.min(5_000, 2_000_000 / n)), 1);
        LevelingResult result = ResourceLeveler.level(
                model.problem,
                mode == Mode.within_float ? LevelingPolicy.WITHIN_FLOAT : LevelingPolicy.ALLOW_SLIP,
                budget);

        List<LevelingChange> changes = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            int start = result.schedule().start(a);
            if (start > model.baseStarts[a] && !model.fixed[a]) {
                TaskRow task = tasks.get(a);
                changes.add(new LevelingChange(
                        task.id(),
                        task.projectId(),
                        task.earlyStart(),
                        model.startOf(start),
                        start - model.baseStarts[a],
                        model.dateOf(start)));
            }
        }
        List<RemainingOverallocation> remaining = remaining(model, result);
        LocalDateTime finishAfter;
        if (apply && !changes.isEmpty()) {
            writer.save(changes);
            finishAfter = repository.storedFinish(projectIds);
        } else {
            finishAfter = previewFinish(projectIds, changes, finishBefore);
        }
        return new LevelingView(mode, apply, changes, finishBefore, finishAfter, remaining);
    }

    private LocalDateTime previewFinish(
            List<UUID> projectIds, List<LevelingChange> changes, LocalDateTime finishBefore) {
        Map<UUID, List<Change>> byProject = new LinkedHashMap<>();
        for (LevelingChange change : changes) {
            byProject
                    .computeIfAbsent(change.projectId(), k -> new ArrayList<>())
                    .add(new Change(
                            change.taskId(),
                            null,
                            ConstraintType.snet,
                            change.constraintDate(),
                            null,
                            null,
                            null,
                            null));
        }
        LocalDateTime finish = null;
        for (UUID projectId : projectIds) {
            List<Change> own = byProject.get(projectId);
            LocalDateTime projectFinish = own == null
                    ? repository.storedFinish(List.of(projectId))
                    : previewer.preview(projectId, own).finishAfter();
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
