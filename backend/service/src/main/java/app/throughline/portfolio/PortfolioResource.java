package app.throughline.portfolio;

import app.throughline.portfolio.PortfolioDtos.PortfolioView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every project of a workspace at a glance: {@code /workspaces/{id}/portfolio}. */
@Path("/api/v1/workspaces/{workspaceId}/portfolio")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class PortfolioResource {

    private final PortfolioService service;

    PortfolioResource(PortfolioService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary =
                    "The portfolio: every project's health, % complete, forecast against target finish, next milestone "
                            + "and over-allocated people, in one read")
    @APIResponse(
            responseCode = "200",
            description = "The portfolio",
            content = @Content(schema = @Schema(implementation = PortfolioView.class)))
    public PortfolioView portfolio(
            @PathParam("workspaceId") UUID workspaceId,
            @QueryParam("from")
                    @Parameter(
                            description = "First day of the over-allocation window (ISO date); the window is a year "
                                    + "long. Default: today",
                            example = "2026-12-01",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    LocalDate from) {
        return service.portfolio(workspaceId, from);
    }
}
