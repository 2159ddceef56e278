package app.throughline.procedure;

import app.throughline.api.Responses;
import app.throughline.procedure.ProcedureDtos.ProcedurePatch;
import app.throughline.procedure.ProcedureDtos.ProcedureView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One procedure (standard operating procedure): {@code /procedures/{id}}. */
@Path("/api/v1/procedures/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Procedures")
public class ProcedureResource {

    private final ProcedureService service;

    ProcedureResource(ProcedureService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Get a procedure with its sanitised HTML")
    @APIResponse(
            responseCode = "200",
            description = "The procedure, with its ETag",
            content = @Content(schema = @Schema(implementation = ProcedureView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PATCH
    @Operation(summary = "Edit a procedure (coordinator); send If-Match with the ETag you read")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = ProcedureView.class)))
    @APIResponse(responseCode = "412", description = "Changed since you read it")
    public Response update(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ProcedurePatch body) {
        return Responses.ok(service.update(id, body, ifMatch));
    }

    @DELETE
    @Operation(summary = "Delete a procedure (coordinator)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "A workflow status still names it")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }
}
