package app.throughline.task;

import app.throughline.api.Cursor;
import app.throughline.api.InvalidRequest;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.auth.CurrentUser;
import app.throughline.task.MyWorkRepository.Placed;
import app.throughline.task.TaskDtos.TaskView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "My work": the tasks assigned to the caller across projects and workspaces, by due date.
 *
 * <p>The order (deadline, then scheduled finish) changes whenever a plan changes, so a keyset cursor
 * over it would skip a task whose finish moved from a later page to before the cursor while the
 * client paged (and serve twice one that moved the other way). Instead the first page fixes the
 * order: when there is more than one page, the ordered ids are kept, and the cursor is a place in
 * that list. Every later page shows the tasks' current fields, in the first page's order.
 */
@ApplicationScoped
public class MyWork {

    private final MyWorkRepository myWork;
    private final TaskRepository tasks;
    private final CurrentUser currentUser;
    private final TaskViews views;

    MyWork(MyWorkRepository myWork, TaskRepository tasks, CurrentUser currentUser, TaskViews views) {
        this.myWork = myWork;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.views = views;
    }

    @Transactional
    public Page<TaskView> tasks(UUID workspaceId, boolean includeDone, PageRequest page) {
        UUID me = currentUser.id();
        if (page.cursor != null) {
            Cursor cursor = Cursor.decode(page.cursor, 2);
            UUID snapshot = cursor.uuid(0);
            if (!myWork.exists(snapshot, me)) {
                throw InvalidRequest.parameter("cursor", "has expired or is not yours; read the first page again");
            }
            List<Placed> rows = myWork.slice(snapshot, me, cursor.number(1), page.limit + 1);
            return page(rows, page.limit, p -> Cursor.of(snapshot, p.place()));
        }
        List<UUID> ordered = myWork.orderedTaskIds(me, workspaceId, includeDone);
        if (ordered.size() <= page.limit) {
            return new Page<>(views.of(load(ordered)), null);
        }
        UUID snapshot = myWork.keep(me, ordered);
        List<Placed> first = java.util.stream.IntStream.range(0, page.limit + 1)
                .mapToObj(i -> new Placed(ordered.get(i), i + 1))
                .toList();
        return page(first, page.limit, p -> Cursor.of(snapshot, p.place()));
    }

    private Page<TaskView> page(List<Placed> rowsPlusOne, int limit, Function<Placed, Cursor> cursorOf) {
        Page<Placed> raw = Page.from(rowsPlusOne, limit, p -> p, cursorOf);
        return new Page<>(views.of(load(raw.items().stream().map(Placed::id).toList())), raw.next());
    }

    private List<Task> load(List<UUID> ids) {
        Map<UUID, Task> byId = tasks.listByIds(ids).stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
