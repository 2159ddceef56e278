package app.throughline.schedule;

import app.throughline.schedule.ProjectScheduleRepository.Header;
import app.throughline.schedule.ScheduleDtos.ProjectScheduleView;
import app.throughline.storedschedule.ScheduleRow;
import app.throughline.storedschedule.StoredSchedules;
import app.throughline.storedschedule.TaskScheduleView;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads of a project's stored schedule. The serialised answer is kept per project and computation:
 * a computation's rows never change, so the copy is current exactly while the database still names
 * that computation as the project's last, whichever replica made it.
 */
@ApplicationScoped
public class ProjectScheduleReader {

    /** The schedule as JSON, with the tag that names its version (for ETag and If-None-Match). */
    public record SerializedSchedule(String tag, byte[] json) {}

    private static final int PROJECTS_KEPT = 64;
    private static final int LARGEST_KEPT = 32 * 1024 * 1024;

    private final Map<UUID, SerializedSchedule> serialized =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<UUID, SerializedSchedule> eldest) {
                    return size() > PROJECTS_KEPT;
                }
            });
    private final ObjectMapper json;

    private final ProjectScheduleRepository projectSchedules;
    private final PlanRepository plans;
    private final StoredSchedules stored;
    private final ScheduleRecomputer recomputer;

    ProjectScheduleReader(
            ProjectScheduleRepository projectSchedules,
            PlanRepository plans,
            StoredSchedules stored,
            ScheduleRecomputer recomputer,
            ObjectMapper json) {
        this.json = json;
        this.projectSchedules = projectSchedules;
        this.plans = plans;
        this.stored = stored;
        this.recomputer = recomputer;
    }

    /** The stored schedule of a project as JSON (the caller has checked access). */
    public SerializedSchedule serialized(UUID projectId) {
        Header header = header(projectId);
        String tag = header.computation() == null
                ? "t" + header.computedAt().toEpochMilli()
                : header.computation().toString();
        if (header.statusDate() != null) {
            tag += "@" + header.statusDate();
        }
        SerializedSchedule kept = serialized.get(projectId);
        if (kept != null && kept.tag().equals(tag)) {
            return kept;
        }
        try {
            SerializedSchedule fresh = new SerializedSchedule(tag, json.writeValueAsBytes(view(projectId, header)));
            if (fresh.json().length <= LARGEST_KEPT) {
                serialized.put(projectId, fresh);
            }
            return fresh;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored schedule of a project (the caller has checked access). */
    public ProjectScheduleView projectSchedule(UUID projectId) {
        return view(projectId, header(projectId));
    }

    private ProjectScheduleView view(UUID projectId, Header header) {
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
