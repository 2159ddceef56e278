package app.throughline.task;

import app.throughline.api.Cursor;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.auth.CurrentUser;
import app.throughline.task.TaskDtos.TaskView;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "My work": the tasks assigned to the caller (through the people linked to their user) across projects, by due date. */
@Path("/api/v1/me/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MyWorkResource {

    private static final LocalDate NO_DEADLINE = LocalDate.of(9999, 12, 31);

    private static LocalDateTime toLocalDateTime(Object value) {
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }

    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final TaskViews views;

    MyWorkResource(EntityManager entityManager, CurrentUser currentUser, TaskViews views) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.views = views;
    }

    @GET
    @Operation(
            summary = "Your tasks across projects and workspaces, soonest deadline first, then by scheduled finish "
                    + "(open ones unless includeDone)")
    @APIResponse(responseCode = "200", description = "A page of tasks")
    public Page<TaskView> myTasks(
            @Parameter(description = "Only this workspace") @QueryParam("workspaceId") UUID workspaceId,
            @Parameter(description = "Include done and cancelled tasks")
                    @QueryParam("includeDone")
                    @DefaultValue("false")
                    boolean includeDone,
            @Valid @BeanParam PageRequest page) {
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 3);
        // by deadline; without one (or on the same day) by when the schedule finishes the task
        @SuppressWarnings("unchecked")
        List<Object[]> keys = entityManager
                .createNativeQuery("""
                SELECT t.id, coalesce(s.early_finish, TIMESTAMP '9999-12-31 00:00') AS finish FROM tasks t
                JOIN memberships m ON m.workspace_id = t.workspace_id AND m.user_id = :me
                LEFT JOIN task_schedules s ON s.task_id = t.id
                WHERE EXISTS (SELECT 1 FROM assignments a JOIN people p ON p.id = a.person_id
                              WHERE a.task_id = t.id AND p.user_id = :me)
                  AND (CAST(:ws AS uuid) IS NULL OR t.workspace_id = CAST(:ws AS uuid))
                  AND (:includeDone OR t.status NOT IN ('done', 'cancelled'))
                  AND (coalesce(t.deadline, DATE '9999-12-31'), coalesce(s.early_finish, TIMESTAMP '9999-12-31 00:00'), t.id)
                      > (CAST(:afterDate AS date), CAST(:afterFinish AS timestamp), CAST(:afterId AS uuid))
                ORDER BY coalesce(t.deadline, DATE '9999-12-31'), coalesce(s.early_finish, TIMESTAMP '9999-12-31 00:00'), t.id
                LIMIT :limit
                """)
                .setParameter("me", currentUser.id())
                .setParameter("ws", workspaceId == null ? null : workspaceId.toString())
                .setParameter("includeDone", includeDone)
                .setParameter("afterDate", after == null ? "0001-01-01" : after.text(0))
                .setParameter("afterFinish", after == null ? "0001-01-01T00:00" : after.text(1))
                .setParameter("afterId", after == null ? "00000000-0000-0000-0000-000000000000" : after.text(2))
                .setParameter("limit", page.limit + 1)
                .getResultList();
        List<UUID> ids = keys.stream().map(k -> (UUID) k[0]).toList();
        Map<UUID, LocalDateTime> finishOf =
                keys.stream().collect(Collectors.toMap(k -> (UUID) k[0], k -> toLocalDateTime(k[1])));
        Map<UUID, Task> byId = ids.isEmpty()
                ? Map.of()
                : entityManager
                        .createQuery("from Task t where t.id in :ids", Task.class)
                        .setParameter("ids", ids)
                        .getResultList()
                        .stream()
                        .collect(Collectors.toMap(t -> t.id, Function.identity()));
        List<Task> rows = ids.stream().map(byId::get).toList();
        Page<Task> raw = Page.from(
                rows,
                page.limit,
                t -> t,
                t -> Cursor.of(t.deadline == null ? NO_DEADLINE : t.deadline, finishOf.get(t.id), t.id));
        return new Page<>(views.of(raw.items()), raw.next());
    }
}
