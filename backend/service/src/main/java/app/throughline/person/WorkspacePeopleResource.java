package app.throughline.person;

import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Responses;
import app.throughline.api.Versioned;
import app.throughline.person.PersonDtos.CreatePerson;
import app.throughline.person.PersonDtos.PersonView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The people of a workspace: {@code /workspaces/{id}/people}. */
@Path("/api/v1/workspaces/{id}/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class WorkspacePeopleResource {

    private final PersonService service;

    WorkspacePeopleResource(PersonService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List the people of a workspace, by name")
    @APIResponse(responseCode = "200", description = "A page of people")
    public Page<PersonView> list(
            @PathParam("id") UUID workspaceId,
            @QueryParam("teamId")
                    @Parameter(description = "Only the members of this team", schema = @Schema(format = "uuid"))
                    String teamId,
            @QueryParam("userId")
                    @Parameter(description = "Only the person this user is", schema = @Schema(format = "uuid"))
                    String userId,
            @QueryParam("q")
                    @Parameter(description = "Text in the name or e-mail address, ignoring case", example = "priya")
                    String q,
            @Valid @BeanParam PageRequest page) {
        return service.list(workspaceId, teamId, userId, q, page);
    }

    @POST
    @Operation(summary = "Add a person (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response create(@PathParam("id") UUID workspaceId, @Valid @NotNull CreatePerson body) {
        Versioned<PersonView> person = service.create(workspaceId, body);
        return Responses.created(URI.create("/api/v1/people/" + person.body().id()), person);
    }
}
