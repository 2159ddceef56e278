package app.throughline.leveling;

import app.throughline.capacity.CapacityData;
import app.throughline.capacity.CapacityData.AssignmentLoad;
import app.throughline.capacity.CapacityData.Calendars;
import app.throughline.leveling.LevelingDtos.LevelingChange;
import app.throughline.leveling.LevelingDtos.LevelingView;
import app.throughline.leveling.LevelingDtos.Mode;
import app.throughline.leveling.LevelingDtos.RemainingOverallocation;
import app.throughline.leveling.LevelingModel.AssignmentRow;
import app.throughline.leveling.LevelingModel.Input;
import app.throughline.leveling.LevelingModel.LinkRow;
import app.throughline.leveling.LevelingModel.TaskRow;
import app.throughline.leveling.engine.LevelingPolicy;
import app.throughline.leveling.engine.LevelingResult;
import app.throughline.leveling.engine.Overallocation;
import app.throughline.leveling.engine.ResourceLeveler;
import app.throughline.leveling.engine.SearchBudget;
import app.throughline.project.Project;
import app.throughline.project.ProjectService;
import app.throughline.schedule.ScheduleDtos.Change;
import app.throughline.schedule.ScheduleService;
import app.throughline.task.TaskEnums.ConstraintType;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
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
 * saves) the delays. Deterministic: the search ends on a schedule count sized to the problem.
 */
@ApplicationScoped
public class LevelingService {

    /** Constraints that pin a date; such tasks are levelled first and never moved. */
    private static final Set<String> PINNING = Set.of("mso", "mfo", "snlt", "fnlt");

    private final EntityManager entityManager;
    private final TenantGuard guard;
    private final ProjectService projects;
    private final CapacityData data;
    private final ScheduleService schedules;
    private final LevelingWriter writer;

    LevelingService(
            EntityManager entityManager,
            TenantGuard guard,
            ProjectService projects,
            CapacityData data,
            ScheduleService schedules,
            LevelingWriter writer) {
        this.entityManager = entityManager;
        this.guard = guard;
        this.projects = projects;
        this.data = data;
        this.schedules = schedules;
        this.writer = writer;
    }

    public LevelingView levelProject(UUID projectId, Mode mode, boolean apply) {
        Project project = apply ? projects.writable(projectId, Role.coordinator) : projects.readable(projectId);
        return level(project.workspaceId, List.of(project.id), project.calendarId, mode, apply);
    }

    public LevelingView levelWorkspace(UUID workspaceId, Mode mode, boolean apply) {
        guard.require(workspaceId, apply ? Role.coordinator : Role.viewer);
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager
                .createNativeQuery(
                        "SELECT id FROM projects WHERE workspace_id = :w AND status IN ('planned', 'active') ORDER BY key, id",
                        UUID.class)
                .setParameter("w", workspaceId)
                .getResultList();
        return level(workspaceId, ids, null, mode, apply);
    }

    private LevelingView level(UUID workspaceId, List<UUID> projectIds, UUID gridCalendarId, Mode mode, boolean apply) {
        LocalDateTime finishBefore = storedFinish(projectIds);
        List<TaskRow> tasks = tasks(projectIds);
        if (tasks.isEmpty()) {
            return new LevelingView(mode, apply, List.of(), finishBefore, finishBefore, List.of());
        }
        LocalDate origin = tasks.stream()
                .map(t -> t.earlyStart().toLocalDate())
                .min(LocalDate::compareTo)
                .orElseThrow();
        int horizon = LevelingModel.horizonDays(origin, tasks);
        Calendars calendars = data.calendars(workspaceId, origin, horizon);
        LocalDate end = origin.plusDays(horizon - 1L);
        List<AssignmentLoad> otherWork = data.assignments(workspaceId, origin, end, projectIds, true);
        Input input = new Input(
                tasks,
                parents(projectIds),
                links(projectIds),
                assignments(projectIds),
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
            finishAfter = storedFinish(projectIds);
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
                    ? storedFinish(List.of(projectId))
                    : schedules.preview(projectId, own).finishAfter();
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

    private LocalDateTime storedFinish(List<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return null;
        }
        Object finish = entityManager
                .createNativeQuery("SELECT max(finish) FROM project_schedules WHERE project_id IN (:ids)")
                .setParameter("ids", projectIds)
                .getSingleResult();
        if (finish instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        return (LocalDateTime) finish;
    }

    @SuppressWarnings("unchecked")
    private List<TaskRow> tasks(List<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                SELECT t.id, t.project_id, t.priority, t.constraint_type, t.actual_start IS NOT NULL OR t.percent_complete > 0,
                       ts.early_start, ts.early_finish
                FROM tasks t JOIN projects p ON p.id = t.project_id JOIN task_schedules ts ON ts.task_id = t.id
                WHERE t.project_id IN (:ids) AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id)
                ORDER BY p.key, p.id, t.number
                """)
                .setParameter("ids", projectIds)
                .getResultList();
        List<TaskRow> tasks = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            tasks.add(new TaskRow(
                    (UUID) row[0],
                    (UUID) row[1],
                    (String) row[2],
                    PINNING.contains((String) row[3]) || (Boolean) row[4],
                    time(row[5]),
                    time(row[6])));
        }
        return tasks;
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, UUID> parents(List<UUID> projectIds) {
        Map<UUID, UUID> parents = new HashMap<>();
        List<Object[]> rows = entityManager
                .createNativeQuery("SELECT id, parent_id FROM tasks WHERE project_id IN (:ids)")
                .setParameter("ids", projectIds)
                .getResultList();
        rows.forEach(r -> parents.put((UUID) r[0], (UUID) r[1]));
        return parents;
    }

    @SuppressWarnings("unchecked")
    private List<LinkRow> links(List<UUID> projectIds) {
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                SELECT d.predecessor_id, d.successor_id, d.type, d.lag_days FROM dependencies d JOIN tasks s ON s.id = d.successor_id
                WHERE s.project_id IN (:ids) ORDER BY d.created_at, d.id
                """)
                .setParameter("ids", projectIds)
                .getResultList();
        return rows.stream()
                .map(r -> new LinkRow((UUID) r[0], (UUID) r[1], (String) r[2], ((Number) r[3]).doubleValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<AssignmentRow> assignments(List<UUID> projectIds) {
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                SELECT a.task_id, a.person_id, a.units FROM assignments a JOIN tasks t ON t.id = a.task_id
                WHERE t.project_id IN (:ids) ORDER BY t.number, a.created_at, a.id
                """)
                .setParameter("ids", projectIds)
                .getResultList();
        return rows.stream()
                .map(r -> new AssignmentRow((UUID) r[0], (UUID) r[1], ((Number) r[2]).doubleValue()))
                .toList();
    }

    private static LocalDateTime time(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }
}
