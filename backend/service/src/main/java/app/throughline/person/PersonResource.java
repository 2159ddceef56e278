package app.throughline.person;

import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Responses;
import app.throughline.api.Versioned;
import app.throughline.person.PersonDtos.CreateTimeOff;
import app.throughline.person.PersonDtos.PersonPatch;
import app.throughline.person.PersonDtos.PersonView;
import app.throughline.person.PersonDtos.TimeOffView;
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

/** One person and their time off: {@code /people/{id}}. */
@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class PersonResource {

    private final PersonService people;
    private final TimeOffService timeOff;

    PersonResource(PersonService people, TimeOffService timeOff) {
        this.people = people;
        this.timeOff = timeOff;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a person")
    @APIResponse(
            responseCode = "200",
            description = "The person, with its ETag",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(people.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Change a person (admin)")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response update(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull PersonPatch body) {
        return Responses.ok(people.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a person and their time off (admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        people.delete(id, ifMatch);
    }

    @GET
    @Path("/{id}/time-off")
    @Operation(summary = "List a person's time off, by start date")
    @APIResponse(responseCode = "200", description = "A page of time off")
    public Page<TimeOffView> timeOff(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return timeOff.list(id, page);
    }

    @POST
    @Path("/{id}/time-off")
    @Operation(summary = "Add time off for a person (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = TimeOffView.class)))
    public Response addTimeOff(@PathParam("id") UUID id, @Valid @NotNull CreateTimeOff body) {
        Versioned<TimeOffView> entry = timeOff.create(id, body);
        return Responses.created(URI.create("/api/v1/time-off/" + entry.body().id()), entry);
    }
}
