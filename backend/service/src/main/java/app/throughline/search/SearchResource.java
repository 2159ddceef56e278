package app.throughline.search;

import app.throughline.search.SearchDtos.SearchResults;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/workspaces/{id}/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    private final SearchService service;

    SearchResource(SearchService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "Search tasks, projects, milestones and people of the workspace",
            description = "Each word matches as a prefix (full-text over task titles and descriptions, names,"
                    + " e-mails); titles and names also match with a typo. Best matches first; a task key (WEB-4)"
                    + " finds that task first.")
    @APIResponse(responseCode = "200", description = "Ranked hits")
    @APIResponse(responseCode = "422", description = "q empty or longer than 200 characters")
    public SearchResults search(
            @PathParam("id") UUID workspaceId,
            @Parameter(description = "What to search for (1–200 characters)", example = "wirefr") @QueryParam("q")
                    String q,
            @Parameter(description = "Most hits to return (1–50)", example = "20")
                    @QueryParam("limit")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(50)
                    int limit) {
        return service.search(workspaceId, q, limit);
    }
}
