package app.throughline.calendar;

import app.throughline.api.Responses;
import app.throughline.calendar.CalendarDtos.CalendarPatch;
import app.throughline.calendar.CalendarDtos.CalendarView;
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

/** One calendar: {@code /calendars/{id}}. */
@Path("/api/v1/calendars")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calendars")
public class CalendarResource {

    private final CalendarService service;

    CalendarResource(CalendarService service) {
        this.service = service;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a working calendar")
    @APIResponse(
            responseCode = "200",
            description = "The calendar, with its ETag",
            content = @Content(schema = @Schema(implementation = CalendarView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Change a calendar's name, work week or exceptions (admin)")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = CalendarView.class)))
    public Response update(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull CalendarPatch body) {
        return Responses.ok(service.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a calendar (admin); not the default one, nor one in use (409)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }
}
