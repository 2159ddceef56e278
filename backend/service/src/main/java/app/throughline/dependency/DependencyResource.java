package app.throughline.dependency;

import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Responses;
import app.throughline.api.Versioned;
import app.throughline.dependency.DependencyDtos.CreateDependency;
import app.throughline.dependency.DependencyDtos.DependencyPatch;
import app.throughline.dependency.DependencyDtos.DependencyView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
@Tag(name = "Dependencies")
public class DependencyResource {

    private final DependencyService service;

    DependencyResource(DependencyService service) {
        this.service = service;
    }

    @GET
    @Path("/projects/{projectId}/dependencies")
    @Operation(summary = "List the dependencies with either end in the project")
    @APIResponse(responseCode = "200", description = "A page of dependencies")
    public Page<DependencyView> list(@PathParam("projectId") UUID projectId, @Valid @BeanParam PageRequest page) {
        return service.list(projectId, page);
    }

    @POST
    @Path("/dependencies")
    @Operation(
            summary = "Link two tasks (coordinator); a link that would close a cycle is refused with 409 and the cycle")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = DependencyView.class)))
    public Response create(@Valid @NotNull CreateDependency body) {
        Versioned<DependencyView> created = service.create(body);
        return Responses.created(
                URI.create("/api/v1/dependencies/" + created.body().id()), created);
    }

    @GET
    @Path("/dependencies/{id}")
    @Operation(summary = "Get a dependency")
    @APIResponse(
            responseCode = "200",
            description = "The dependency, with its ETag",
            content = @Content(schema = @Schema(implementation = DependencyView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PATCH
    @Path("/dependencies/{id}")
    @Operation(summary = "Change a dependency's type or lag (coordinator)")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = DependencyView.class)))
    public Response update(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull DependencyPatch body) {
        return Responses.ok(service.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/dependencies/{id}")
    @Operation(summary = "Remove a dependency (coordinator)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }
}
