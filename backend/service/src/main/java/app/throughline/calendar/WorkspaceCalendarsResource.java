package app.throughline.calendar;

import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Responses;
import app.throughline.api.Versioned;
import app.throughline.calendar.CalendarDtos.CalendarView;
import app.throughline.calendar.CalendarDtos.CreateCalendar;
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

/** The calendars of a workspace: {@code /workspaces/{id}/calendars}. */
@Path("/api/v1/workspaces/{id}/calendars")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calendars")
public class WorkspaceCalendarsResource {

    private final CalendarService service;

    WorkspaceCalendarsResource(CalendarService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List the working calendars of a workspace, by name")
    @APIResponse(responseCode = "200", description = "A page of calendars")
    public Page<CalendarView> list(@PathParam("id") UUID workspaceId, @Valid @BeanParam PageRequest page) {
        return service.list(workspaceId, page);
    }

    @POST
    @Operation(summary = "Create a working calendar (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CalendarView.class)))
    public Response create(@PathParam("id") UUID workspaceId, @Valid @NotNull CreateCalendar body) {
        Versioned<CalendarView> calendar = service.create(workspaceId, body);
        return Responses.created(
                URI.create("/api/v1/calendars/" + calendar.body().id()), calendar);
    }
}
