package app.throughline.procedure;

import app.throughline.procedure.ProcedureDtos.TaskProcedures;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The procedures a task should follow in its current status: {@code /tasks/{id}/procedures}. */
@Path("/api/v1/tasks/{id}/procedures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Procedures")
public class TaskProceduresResource {

    private final ProcedureService service;

    TaskProceduresResource(ProcedureService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "The procedures to follow for a task in its current status",
            description = "Those its project's workflow names for the status the task is in; empty when none.")
    @APIResponse(
            responseCode = "200",
            description = "The procedures",
            content = @Content(schema = @Schema(implementation = TaskProcedures.class)))
    public TaskProcedures ofTask(@PathParam("id") UUID taskId) {
        return service.ofTask(taskId);
    }
}
