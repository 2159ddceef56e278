package app.throughline.schedule;

import app.throughline.schedule.ProjectScheduleRepository.Header;
import app.throughline.schedule.ScheduleDtos.ProjectScheduleView;
import app.throughline.storedschedule.ScheduleRow;
import app.throughline.storedschedule.StoredSchedules;
import app.throughline.storedschedule.TaskScheduleView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of a project's stored schedule. */
@ApplicationScoped
public class ProjectScheduleReader {

    private final ProjectScheduleRepository projectSchedules;
    private final PlanRepository plans;
    private final StoredSchedules stored;
    private final ScheduleRecomputer recomputer;

    ProjectScheduleReader(
            ProjectScheduleRepository projectSchedules,
            PlanRepository plans,
            StoredSchedules stored,
            ScheduleRecomputer recomputer) {
        this.projectSchedules = projectSchedules;
        this.plans = plans;
        this.stored = stored;
        this.recomputer = recomputer;
    }

    /** The stored schedule of a project (the caller has checked access). */
    public ProjectScheduleView projectSchedule(UUID projectId) {
        Header header = header(projectId);
        Map<UUID, ScheduleRow> rows = new HashMap<>();
        stored.readProject(projectId).forEach(r -> rows.put(r.taskId(), r));
        List<TaskScheduleView> tasks = new ArrayList<>();
        for (UUID taskId : plans.taskIdsInKeyOrder(projectId)) {
            ScheduleRow row = rows.get(taskId);
            if (row != null) {
                tasks.add(row.view(header.minutesPerDay()));
            }
        }
        return new ProjectScheduleView(
                projectId,
                header.start(),
                header.finish(),
                header.statusDate(),
                header.health(),
                Arrays.asList(header.criticalPath()),
                Arrays.asList(header.drivingPath()),
                tasks,
                header.computedAt());
    }

    /** The project's stored schedule header, computing the schedule first if it never was. */
    Header header(UUID projectId) {
        Header header = projectSchedules.header(projectId);
        if (!header.computed()) {
            // a project that was never computed (e.g. written by an import): compute it once, in its own transaction
            QuarkusTransaction.requiringNew().run(() -> recomputer.recompute(projectId));
            return projectSchedules.header(projectId);
        }
        return header;
    }
}
