package app.throughline.feed;

import app.throughline.feed.CalendarFeedService.Created;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in person's calendar feed. A class of its own under {@code /api/v1/me/calendar-feeds}:
 * a request under {@code /api/v1/me} is routed to the classes whose path is {@code /api/v1/me}, so
 * a method of a class at {@code /api/v1} is never reached there.
 */
@Path("/api/v1/me/calendar-feeds")
@Tag(name = "Calendar feeds")
public class MyCalendarFeedResource {

    private final CalendarFeedService service;

    MyCalendarFeedResource(CalendarFeedService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "List your personal calendar feeds",
            description = "Live (not revoked) feeds, newest first. The secret URL is never shown again: "
                    + "each feed has a hint of its token's first characters and when it was last fetched.")
    @APIResponse(
            responseCode = "200",
            description = "Your personal feeds",
            content = @Content(schema = @Schema(implementation = CalendarFeedService.Listing.class)))
    public CalendarFeedService.Listing list() {
        return service.listPersonal();
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create your personal calendar feed",
            description = "Your tasks' deadlines and finish dates and the milestones you own, as all-day events. "
                    + "The URL holds a secret token, shown once; only its hash is stored.")
    @APIResponse(
            responseCode = "201",
            description = "The feed's id and secret URL",
            content = @Content(schema = @Schema(implementation = Created.class)))
    public Response createPersonal() {
        Created feed = service.createPersonal();
        return Response.created(URI.create(feed.url())).entity(feed).build();
    }
}
