package app.throughline.task;

import app.throughline.api.Decimals;
import app.throughline.project.ProjectRepository;
import app.throughline.storedschedule.ScheduleRow;
import app.throughline.storedschedule.StoredSchedules;
import app.throughline.storedschedule.TaskScheduleView;
import app.throughline.task.TaskDtos.AssignmentView;
import app.throughline.task.TaskDtos.TaskView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns task rows into API views: keys, summary flags and assignments in one query each per page. */
@ApplicationScoped
public class TaskViews {

    private final TaskRepository tasks;
    private final AssignmentRepository assignments;
    private final ProjectRepository projects;
    private final StoredSchedules schedules;

    TaskViews(
            TaskRepository tasks,
            AssignmentRepository assignments,
            ProjectRepository projects,
            StoredSchedules schedules) {
        this.tasks = tasks;
        this.assignments = assignments;
        this.projects = projects;
        this.schedules = schedules;
    }

    /** Minutes per working day of the project's calendar, as of its last schedule (480 before one). */
    public int minutesPerDay(UUID projectId) {
        return schedules.minutesPerDay(List.of(projectId)).getOrDefault(projectId, 480);
    }

    public TaskView of(Task task) {
        return of(List.of(task)).get(0);
    }

    public List<TaskView> of(List<Task> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(t -> t.id).toList();
        Set<UUID> summaries = tasks.withChildren(ids);
        Map<UUID, List<AssignmentView>> assignments = assignmentsOf(ids);
        Map<UUID, ScheduleRow> scheduled = schedules.readTasks(ids);
        Map<UUID, Integer> minutesPerDay =
                schedules.minutesPerDay(rows.stream().map(t -> t.projectId).collect(Collectors.toSet()));
        Map<UUID, String> keys = new HashMap<>();
        for (UUID projectId : rows.stream().map(t -> t.projectId).collect(Collectors.toSet())) {
            keys.put(
                    projectId,
                    projects.findByIdOptional(projectId).map(p -> p.key).orElse("?"));
        }
        return rows.stream()
                .map(t -> view(
                        t,
                        keys.get(t.projectId),
                        minutesPerDay.getOrDefault(t.projectId, 480),
                        summaries.contains(t.id),
                        assignments.getOrDefault(t.id, List.of()),
                        scheduled.containsKey(t.id)
                                ? scheduled.get(t.id).view(minutesPerDay.getOrDefault(t.projectId, 480))
                                : null))
                .toList();
    }

    private Map<UUID, List<AssignmentView>> assignmentsOf(Collection<UUID> taskIds) {
        return assignments.rowsOfTasks(taskIds).stream()
                .map(r -> new AssignmentView(r.id(), r.taskId(), r.personId(), Decimals.plain(r.units()), r.version()))
                .collect(Collectors.groupingBy(AssignmentView::taskId, Collectors.toList()));
    }

    private static TaskView view(
            Task t,
            String projectKey,
            int minutesPerDay,
            boolean summary,
            List<AssignmentView> assignments,
            TaskScheduleView schedule) {
        return new TaskView(
                t.id,
                t.workspaceId,
                t.projectId,
                projectKey + "-" + t.number,
                t.parentId,
                t.position,
                t.title,
                t.description,
                t.status,
                t.statusCategory,
                t.priority,
                Decimals.plain(t.durationDays),
                ExactDuration.minutes(t.durationDays, t.durationMinutes, minutesPerDay),
                t.constraintType,
                t.constraintDate,
                t.deadline,
                Decimals.plain(t.percentComplete),
                t.actualStart,
                t.actualFinish,
                t.tags == null ? List.of() : Arrays.asList(t.tags),
                summary,
                assignments,
                schedule,
                t.createdAt,
                t.updatedAt,
                t.version,
                false);
    }
}
