package app.throughline.importing;

import app.throughline.importing.ImportDtos.JobView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
public class JobResource {

    private final ImportJobs jobs;

    JobResource(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @Path("/jobs/{id}")
    @Operation(
            summary = "Follow a job",
            description = "State (queued, running, succeeded, failed) and progress 0-100; when it succeeded, the new"
                    + " project and the fidelity report; when it failed, the problem (nothing was saved).")
    @APIResponse(
            responseCode = "200",
            description = "The job",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    public JobView job(@PathParam("id") UUID id) {
        return jobs.get(id);
    }
}
