package app.throughline.schedule;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.ActivityLog.Action;
import app.throughline.activity.Changes;
import app.throughline.auth.CurrentUser;
import app.throughline.project.Project;
import app.throughline.schedule.ScheduleDtos.BaselineView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Saved copies of the schedule; task schedules then show their variance against the latest. */
@ApplicationScoped
public class BaselineService {

    private final BaselineRepository baselines;
    private final ScheduleRecomputer recomputer;
    private final ActivityLog activity;
    private final CurrentUser currentUser;

    BaselineService(
            BaselineRepository baselines,
            ScheduleRecomputer recomputer,
            ActivityLog activity,
            CurrentUser currentUser) {
        this.baselines = baselines;
        this.recomputer = recomputer;
        this.activity = activity;
        this.currentUser = currentUser;
    }

    @Transactional
    public BaselineView save(Project project, String name) {
        recomputer.recompute(project.id);
        UUID id = UUID.randomUUID();
        String trimmed = name.trim();
        int tasks = baselines.save(id, project.workspaceId, project.id, trimmed, currentUser.id());
        activity.record(
                project.workspaceId,
                project.id,
                "baseline",
                id,
                Action.created,
                new Changes().snapshot("name", trimmed, true).snapshot("taskCount", tasks, true));
        // the variance columns of the task schedules now refer to this baseline
        recomputer.recompute(project.id);
        return list(project.id).get(0);
    }

    /** Newest first. */
    public List<BaselineView> list(UUID projectId) {
        return baselines.list(projectId);
    }
}
