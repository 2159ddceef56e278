package app.throughline.bulk;

import app.throughline.api.BulkBody;
import app.throughline.api.Responses;
import app.throughline.bulk.BulkDtos.BulkRequest;
import app.throughline.bulk.BulkDtos.BulkResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class BulkTaskResource {

    private final BulkTaskImport bulk;

    BulkTaskResource(BulkTaskImport bulk) {
        this.bulk = bulk;
    }

    @POST
    @Path("/projects/{projectId}/tasks:bulk")
    @BulkBody
    @Operation(
            operationId = "TaskResource_bulkCreate",
            summary = "Create many tasks with hierarchy and dependencies in one all-or-nothing request (coordinator)")
    @APIResponse(
            responseCode = "201",
            description = "All created",
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    public Response bulkCreate(@PathParam("projectId") UUID projectId, @Valid @NotNull BulkRequest body) {
        BulkResult result = bulk.create(projectId, body);
        return Responses.created(URI.create("/api/v1/projects/" + projectId + "/tasks"), result);
    }
}
