package app.throughline.task;

import app.throughline.api.InvalidRequest;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Responses;
import app.throughline.api.Versioned;
import app.throughline.task.TaskDtos.AssignmentPatch;
import app.throughline.task.TaskDtos.AssignmentView;
import app.throughline.task.TaskDtos.CommentView;
import app.throughline.task.TaskDtos.CreateAssignment;
import app.throughline.task.TaskDtos.CreateComment;
import app.throughline.task.TaskDtos.CreateTask;
import app.throughline.task.TaskDtos.TaskPatch;
import app.throughline.task.TaskDtos.TaskView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class TaskResource {

    private final TaskService tasks;
    private final AssignmentService assignments;

    TaskResource(TaskService tasks, AssignmentService assignments) {
        this.tasks = tasks;
        this.assignments = assignments;
    }

    @GET
    @Path("/projects/{projectId}/tasks")
    @Operation(summary = "List a project's tasks in key order, filtered")
    @APIResponse(responseCode = "200", description = "A page of tasks")
    public Page<TaskView> list(
            @PathParam("projectId") UUID projectId,
            @Parameter(description = "One or more statuses, comma-separated", example = "todo,in_progress")
                    @QueryParam("status")
                    String status,
            @QueryParam("assigneeId") UUID assigneeId,
            @Parameter(description = "Children of this task; `root` for top-level tasks") @QueryParam("parentId")
                    String parentId,
            @QueryParam("tag") @Size(max = 40) String tag,
            @Parameter(description = "Deadline before this date") @QueryParam("dueBefore") LocalDate dueBefore,
            @Parameter(description = "Deadline after this date") @QueryParam("dueAfter") LocalDate dueAfter,
            @Parameter(description = "Text in title or description") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(
                            description =
                                    "Only tasks numbered from this one (inclusive): with numberTo and the project's lastTaskNumber, a client reads a large project in ranges side by side instead of one page after another",
                            example = "1")
                    @QueryParam("numberFrom")
                    @Min(value = 1, message = "must be at least 1")
                    Integer numberFrom,
            @Parameter(description = "Only tasks numbered up to this one (inclusive)", example = "5000")
                    @QueryParam("numberTo")
                    @Min(value = 1, message = "must be at least 1")
                    Integer numberTo,
            @Valid @BeanParam PageRequest page) {
        boolean root = "root".equals(parentId);
        UUID parent = parentId == null || root ? null : parseUuid("parentId", parentId);
        return tasks.list(
                new TaskRepository.Filter(
                        projectId,
                        parseStatuses(status),
                        assigneeId,
                        parent,
                        root,
                        tag,
                        dueBefore,
                        dueAfter,
                        q,
                        numberFrom,
                        numberTo),
                page);
    }

    @POST
    @Path("/projects/{projectId}/tasks")
    @Operation(summary = "Create a task (coordinator); it gets the next key of the project")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response create(@PathParam("projectId") UUID projectId, @Valid @NotNull CreateTask body) {
        Versioned<TaskView> created = tasks.create(projectId, body);
        return Responses.created(URI.create("/api/v1/tasks/" + created.body().id()), created);
    }

    @GET
    @Path("/tasks/{id}")
    @Operation(summary = "Get a task")
    @APIResponse(
            responseCode = "200",
            description = "The task, with its ETag",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(tasks.get(id));
    }

    @PATCH
    @Path("/tasks/{id}")
    @Operation(
            summary =
                    "Change a task: members report progress, coordinators change the plan (move it with parentId and position)")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response update(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull TaskPatch body) {
        return Responses.ok(tasks.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/tasks/{id}")
    @Operation(summary = "Delete a task with its subtree and the dependencies touching them (coordinator)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        tasks.delete(id, ifMatch);
    }

    @GET
    @Path("/tasks/{id}/assignments")
    @Operation(summary = "List the people assigned to a task")
    @APIResponse(responseCode = "200", description = "Assignments")
    public List<AssignmentView> assignments(@PathParam("id") UUID id) {
        return assignments.list(id);
    }

    @POST
    @Path("/tasks/{id}/assignments")
    @Operation(summary = "Assign a person to a task with units (1.0 = full time) (coordinator)")
    @APIResponse(
            responseCode = "201",
            description = "Assigned",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    public Response assign(@PathParam("id") UUID id, @Valid @NotNull CreateAssignment body) {
        Versioned<AssignmentView> created = assignments.assign(id, body);
        return Responses.created(
                URI.create("/api/v1/assignments/" + created.body().id()), created);
    }

    @GET
    @Path("/assignments/{id}")
    @Operation(summary = "Get an assignment")
    @APIResponse(
            responseCode = "200",
            description = "The assignment, with its ETag",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    public Response assignment(@PathParam("id") UUID id) {
        return Responses.ok(assignments.get(id));
    }

    @PATCH
    @Path("/assignments/{id}")
    @Operation(summary = "Change how much of the person's time the task takes (units) (coordinator)")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    public Response updateAssignment(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull AssignmentPatch body) {
        return Responses.ok(assignments.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/assignments/{id}")
    @Operation(summary = "Remove an assignment (coordinator)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void unassign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        assignments.unassign(id, ifMatch);
    }

    @GET
    @Path("/tasks/{id}/comments")
    @Operation(summary = "List the comments on a task, oldest first")
    @APIResponse(responseCode = "200", description = "Comments")
    public List<CommentView> comments(@PathParam("id") UUID id) {
        return assignments.comments(id);
    }

    @POST
    @Path("/tasks/{id}/comments")
    @Operation(summary = "Comment on a task (member)")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = CommentView.class)))
    public Response comment(@PathParam("id") UUID id, @Valid @NotNull CreateComment body) {
        CommentView comment = assignments.comment(id, body.body());
        return Responses.created(URI.create("/api/v1/tasks/" + id + "/comments"), comment);
    }

    private static List<String> parseStatuses(String status) {
        if (status == null || status.isBlank()) {
            return List.of();
        }
        List<String> keys =
                java.util.Arrays.stream(status.split(",")).map(String::trim).toList();
        if (keys.stream().anyMatch(k -> !k.matches(app.throughline.workflow.WorkflowDtos.KEY_PATTERN))) {
            throw InvalidRequest.parameter("status", "must be one or more status keys of the project's workflow");
        }
        return keys;
    }

    private static UUID parseUuid(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.parameter(name, "must be a UUID or `root`");
        }
    }
}
