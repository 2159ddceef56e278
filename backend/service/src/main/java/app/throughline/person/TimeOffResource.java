package app.throughline.person;

import app.throughline.api.Responses;
import app.throughline.person.PersonDtos.TimeOffView;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

/** One time-off entry: {@code /time-off/{id}}. */
@Path("/api/v1/time-off")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class TimeOffResource {

    private final TimeOffService service;

    TimeOffResource(TimeOffService service) {
        this.service = service;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a time-off entry")
    @APIResponse(
            responseCode = "200",
            description = "The entry, with its ETag",
            content = @Content(schema = @Schema(implementation = TimeOffView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a time-off entry (admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }
}
