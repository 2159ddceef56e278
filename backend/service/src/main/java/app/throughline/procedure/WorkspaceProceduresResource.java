package app.throughline.procedure;

import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Responses;
import app.throughline.api.Versioned;
import app.throughline.procedure.ProcedureDtos.CreateProcedure;
import app.throughline.procedure.ProcedureDtos.ProcedureSummary;
import app.throughline.procedure.ProcedureDtos.ProcedureView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** The procedures of a workspace: {@code /workspaces/{id}/procedures}. */
@Path("/api/v1/workspaces/{id}/procedures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Procedures")
public class WorkspaceProceduresResource {

    private final ProcedureService service;

    WorkspaceProceduresResource(ProcedureService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List the procedures of a workspace, by title (without their bodies)")
    @APIResponse(responseCode = "200", description = "A page of procedures")
    public Page<ProcedureSummary> list(@PathParam("id") UUID workspaceId, @Valid @BeanParam PageRequest page) {
        return service.list(workspaceId, page);
    }

    @POST
    @Operation(
            summary = "Write a procedure (coordinator)",
            description =
                    "The markdown is kept as written; `bodyHtml` is rendered from it and sanitised on the server.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ProcedureView.class)))
    public Response create(@PathParam("id") UUID workspaceId, @Valid @NotNull CreateProcedure body) {
        Versioned<ProcedureView> procedure = service.create(workspaceId, body);
        return Responses.created(
                URI.create("/api/v1/procedures/" + procedure.body().id()), procedure);
    }
}
