package app.throughline.task;

import app.throughline.api.Cursor;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.auth.CurrentUser;
import app.throughline.task.TaskDtos.TaskView;
import app.throughline.task.TaskRepository.MyWorkKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** "My work": the tasks assigned to the caller across projects and workspaces, by due date. */
@ApplicationScoped
public class MyWork {

    private static final LocalDate NO_DEADLINE = LocalDate.of(9999, 12, 31);

    private final TaskRepository tasks;
    private final CurrentUser currentUser;
    private final TaskViews views;

    MyWork(TaskRepository tasks, CurrentUser currentUser, TaskViews views) {
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.views = views;
    }

    public Page<TaskView> tasks(UUID workspaceId, boolean includeDone, PageRequest page) {
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 3);
        // by deadline; without one (or on the same day) by when the schedule finishes the task
        List<MyWorkKey> keys =
                tasks.pageAssignedToUser(currentUser.id(), workspaceId, includeDone, after, page.limit + 1);
        List<UUID> ids = keys.stream().map(MyWorkKey::id).toList();
        Map<UUID, LocalDateTime> finishOf = keys.stream().collect(Collectors.toMap(MyWorkKey::id, MyWorkKey::finish));
        Map<UUID, Task> byId = tasks.listByIds(ids).stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
        List<Task> rows = ids.stream().map(byId::get).toList();
        Page<Task> raw = Page.from(
                rows,
                page.limit,
                t -> t,
                t -> Cursor.of(t.deadline == null ? NO_DEADLINE : t.deadline, finishOf.get(t.id), t.id));
        return new Page<>(views.of(raw.items()), raw.next());
    }
}
