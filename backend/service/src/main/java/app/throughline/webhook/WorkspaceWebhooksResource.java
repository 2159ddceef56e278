package app.throughline.webhook;

import app.throughline.api.Responses;
import app.throughline.api.Versioned;
import app.throughline.webhook.WebhookDtos.CreateWebhook;
import app.throughline.webhook.WebhookDtos.WebhookView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The webhooks of one workspace (owner/admin). */
@Path("/api/v1/workspaces/{id}/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WorkspaceWebhooksResource {

    private final WebhookService service;

    WorkspaceWebhooksResource(WebhookService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "The workspace's webhooks (admin); secrets are never shown")
    @APIResponse(responseCode = "200", description = "Every webhook of the workspace")
    public List<WebhookView> list(@PathParam("id") UUID workspaceId) {
        return service.list(workspaceId);
    }

    @POST
    @Operation(
            summary = "Add a webhook (admin)",
            description = "The URL must be http(s) to a public address (the SSRF guard: loopback, private, link-local,"
                    + " unique-local, multicast and metadata addresses and numeric IPv4 in other notations are refused)."
                    + " Without a secret one is generated and returned in this response only.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(
            responseCode = "422",
            description = "A refused URL, an unknown event type, a secret under 16 characters")
    public Response create(@PathParam("id") UUID workspaceId, @Valid @NotNull CreateWebhook body) {
        Versioned<WebhookView> created = service.create(workspaceId, body);
        return Responses.created(URI.create("/api/v1/webhooks/" + created.body().id()), created);
    }
}
