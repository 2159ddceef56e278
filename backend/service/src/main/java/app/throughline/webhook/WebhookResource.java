package app.throughline.webhook;

import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Responses;
import app.throughline.webhook.WebhookDtos.DeliveryView;
import app.throughline.webhook.WebhookDtos.WebhookPatch;
import app.throughline.webhook.WebhookDtos.WebhookView;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Webhooks of a workspace (owner/admin): signed deliveries of its events to a receiver. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhookResource {

    private final WebhookService service;

    WebhookResource(WebhookService service) {
        this.service = service;
    }

    @GET
    @Path("/webhooks/{id}")
    @Operation(summary = "Get a webhook (admin)")
    @APIResponse(
            responseCode = "200",
            description = "The webhook, with its ETag",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PATCH
    @Path("/webhooks/{id}")
    @Operation(summary = "Change a webhook (admin); a new URL passes the SSRF guard again")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "A refused URL or an unknown event type")
    public Response update(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull WebhookPatch body) {
        return Responses.ok(service.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/webhooks/{id}")
    @Operation(summary = "Delete a webhook and its delivery log (admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("/webhooks/{id}/deliveries")
    @Operation(summary = "The webhook's delivery log, newest first (admin)")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    public Page<DeliveryView> deliveries(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.deliveries(id, page);
    }

    @POST
    @Path("/webhook-deliveries/{id}/redeliver")
    @Operation(summary = "Send the delivery's event to its webhook again, now (admin)")
    @APIResponse(
            responseCode = "202",
            description = "A new delivery, queued",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public Response redeliver(@PathParam("id") UUID id) {
        return Response.accepted(service.redeliver(id)).build();
    }
}
