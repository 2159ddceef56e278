package app.throughline.feed;

import app.throughline.auth.PublicEndpoint;
import app.throughline.feed.CalendarFeedService.Created;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Secret calendar feed URLs (iCalendar) to subscribe to in any calendar application. */
@Path("/api/v1")
@Tag(name = "Calendar feeds")
public class CalendarFeedResource {

    private final CalendarFeedService service;

    CalendarFeedResource(CalendarFeedService service) {
        this.service = service;
    }

    @GET
    @Path("/projects/{projectId}/calendar-feeds")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "List your calendar feeds of a project",
            description = "The feeds of this project you created and have not revoked, newest first; "
                    + "only a hint of each token, never the URL.")
    @APIResponse(
            responseCode = "200",
            description = "Your feeds of the project",
            content = @Content(schema = @Schema(implementation = CalendarFeedService.Listing.class)))
    public CalendarFeedService.Listing listForProject(@PathParam("projectId") UUID projectId) {
        return service.listForProject(projectId);
    }

    @POST
    @Path("/projects/{projectId}/calendar-feeds")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create a calendar feed of a project",
            description = "The project's milestones and task deadlines as all-day events, at a secret URL shown once.")
    @APIResponse(
            responseCode = "201",
            description = "The feed's id and secret URL",
            content = @Content(schema = @Schema(implementation = Created.class)))
    public Response createForProject(@PathParam("projectId") UUID projectId) {
        Created feed = service.createForProject(projectId);
        return Response.created(URI.create(feed.url())).entity(feed).build();
    }

    @DELETE
    @Path("/calendar-feeds/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke one of your calendar feeds; its URL answers 404 from then on")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathParam("id") UUID id) {
        service.revoke(id);
    }

    @GET
    @Path("/calendar-feeds/{token}.ics")
    @PublicEndpoint
    @Produces("text/calendar")
    @Operation(
            summary = "A calendar feed (no sign-in: the token is the secret)",
            description = "RFC 5545: stable UIDs, SEQUENCE grows when an item changes, all-day events as VALUE=DATE. "
                    + "Unknown and revoked tokens answer 404.")
    @APIResponse(
            responseCode = "200",
            description = "The calendar",
            content =
                    @Content(
                            mediaType = "text/calendar",
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .STRING)))
    @APIResponse(responseCode = "404", description = "Unknown or revoked token")
    public Response ics(
            @PathParam("token") @Parameter(description = "The feed's secret token", example = "k3J9…") String token) {
        return Response.ok(service.ics(token), "text/calendar; charset=utf-8").build();
    }
}
