package app.throughline.task;

import app.throughline.api.Cursor;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Responses;
import app.throughline.task.TaskDtos.TaskView;
import app.throughline.workflow.TransitionRepository;
import app.throughline.workflow.TransitionRepository.TransitionRow;
import app.throughline.workflow.WorkflowDtos;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Moving a task through its workflow and its history of moves: {@code /tasks/{id}/transitions}. */
@Path("/api/v1/tasks/{id}/transitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workflows")
public class TaskTransitionsResource {

    @Schema(name = "CreateTransition")
    public record CreateTransition(
            @NotNull
            @Pattern(regexp = WorkflowDtos.KEY_PATTERN, message = "must be a status key of the project's workflow")
            @Schema(example = "client_review")
            String to,

            @Size(max = 5000) @Schema(example = "Ready for the client")
            String comment) {}

    @Schema(name = "Transition", description = "One move of a task; the first has no `from` (the task was created)")
    public record TransitionView(
            @Schema(example = "draft") String from,
            @Schema(example = "internal_review") String to,
            UUID byUserId,
            Instant at,
            String comment,

            @Schema(description = "The move passed the target status's WIP limit")
            boolean wipExceeded) {}

    @Schema(name = "TransitionsPage")
    public record TransitionsPage(
            List<TransitionView> items,

            @Schema(description = "Cursor for the next (older) page; absent on the last")
            String next,

            @Schema(description = "Where the task may move now", example = "[\"draft\", \"publish\"]")
            List<String> allowed) {}

    private final TaskService tasks;
    private final TransitionRepository transitions;

    TaskTransitionsResource(TaskService tasks, TransitionRepository transitions) {
        this.tasks = tasks;
        this.transitions = transitions;
    }

    @POST
    @Operation(
            summary = "Move a task to another status of its workflow (member)",
            description =
                    "Checks the workflow's allowed moves and approval gates (409 with `allowed` when refused); a move "
                            + "past a WIP limit is made and flagged with wipExceeded. Entering a status with an approval step "
                            + "opens an approval round.")
    @APIResponse(
            responseCode = "200",
            description = "The moved task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response move(@PathParam("id") UUID id, @Valid @NotNull CreateTransition body) {
        return Responses.ok(tasks.transition(id, body.to(), body.comment()));
    }

    @GET
    @Operation(summary = "A task's moves between statuses, newest first, and where it may move now")
    @APIResponse(responseCode = "200", description = "A page of moves")
    public TransitionsPage history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        List<String> allowed = tasks.allowedTargets(id);
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 1);
        Page<TransitionView> rows = Page.from(
                transitions.ofTask(id, after, page.limit + 1),
                page.limit,
                TaskTransitionsResource::view,
                r -> Cursor.of(r.seq()));
        return new TransitionsPage(rows.items(), rows.next(), allowed);
    }

    private static TransitionView view(TransitionRow row) {
        return new TransitionView(
                row.fromStatus(), row.toStatus(), row.byUserId(), row.at(), row.comment(), row.wipExceeded());
    }
}
