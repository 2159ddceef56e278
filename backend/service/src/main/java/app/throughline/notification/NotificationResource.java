package app.throughline.notification;

import app.throughline.api.PageRequest;
import app.throughline.notification.NotificationDtos.MarkRead;
import app.throughline.notification.NotificationDtos.MarkedRead;
import app.throughline.notification.NotificationDtos.NotificationPage;
import app.throughline.notification.NotificationDtos.Preferences;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user's inbox (in-app notifications) and notification preferences. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationResource {

    private final NotificationService service;

    NotificationResource(NotificationService service) {
        this.service = service;
    }

    @GET
    @Path("/notifications")
    @Operation(
            summary = "Your inbox, newest first",
            description =
                    "Notifications of changes that concern you (your tasks, approvals you decide, mentions…), never"
                            + " of your own changes; with the unread count of the whole inbox")
    @APIResponse(
            responseCode = "200",
            description = "A page of notifications",
            content = @Content(schema = @Schema(implementation = NotificationPage.class)))
    public NotificationPage inbox(
            @QueryParam("unread") @DefaultValue("false") @Parameter(description = "Only unread ones", example = "true")
                    boolean unread,
            @Valid @BeanParam PageRequest page) {
        return service.inbox(unread, page);
    }

    @POST
    @Path("/notifications:read")
    @Operation(summary = "Mark notifications read: some (`ids`) or all (`all: true`)")
    @APIResponse(
            responseCode = "200",
            description = "How many changed, and the unread count now",
            content = @Content(schema = @Schema(implementation = MarkedRead.class)))
    @APIResponse(responseCode = "422", description = "Neither or both of ids and all")
    public MarkedRead markRead(@Valid @NotNull MarkRead body) {
        return service.markRead(body);
    }

    @GET
    @Path("/notification-preferences")
    @Operation(summary = "Your notification preferences: a channel per event type and the digest option")
    @APIResponse(
            responseCode = "200",
            description = "Every event type with its channel",
            content = @Content(schema = @Schema(implementation = Preferences.class)))
    public Preferences preferences() {
        return service.preferences();
    }

    @PUT
    @Path("/notification-preferences")
    @Operation(summary = "Replace your notification preferences (types not named go back to in_app)")
    @APIResponse(
            responseCode = "200",
            description = "The preferences as saved",
            content = @Content(schema = @Schema(implementation = Preferences.class)))
    @APIResponse(responseCode = "422", description = "An unknown event type or channel")
    public Preferences savePreferences(@Valid @NotNull Preferences body) {
        return service.savePreferences(body);
    }
}
