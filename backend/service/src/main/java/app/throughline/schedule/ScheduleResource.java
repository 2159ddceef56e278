package app.throughline.schedule;

import app.throughline.api.Etags;
import app.throughline.project.Project;
import app.throughline.project.ProjectService;
import app.throughline.schedule.ProjectScheduleReader.SerializedSchedule;
import app.throughline.schedule.ScheduleDtos.BaselineView;
import app.throughline.schedule.ScheduleDtos.CreateBaseline;
import app.throughline.schedule.ScheduleDtos.Explanation;
import app.throughline.schedule.ScheduleDtos.Preview;
import app.throughline.schedule.ScheduleDtos.PreviewRequest;
import app.throughline.schedule.ScheduleDtos.ProjectScheduleView;
import app.throughline.task.TaskService;
import app.throughline.workspace.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Schedule")
public class ScheduleResource {

    private final ProjectScheduleReader schedules;
    private final SchedulePreviewer previewer;
    private final ScheduleExplainer explainer;
    private final BaselineService baselines;
    private final ProjectService projects;
    private final TaskService tasks;

    ScheduleResource(
            ProjectScheduleReader schedules,
            SchedulePreviewer previewer,
            ScheduleExplainer explainer,
            BaselineService baselines,
            ProjectService projects,
            TaskService tasks) {
        this.schedules = schedules;
        this.previewer = previewer;
        this.explainer = explainer;
        this.baselines = baselines;
        this.projects = projects;
        this.tasks = tasks;
    }

    @GET
    @Path("/projects/{id}/schedule")
    @Operation(summary = "The project's critical-path schedule: dates, float, critical path and what drives each start")
    @APIResponse(
            responseCode = "200",
            description = "The schedule, with an ETag that changes whenever the schedule is recomputed",
            content = @Content(schema = @Schema(implementation = ProjectScheduleView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    public Response schedule(
            @PathParam("id") UUID id,
            @Parameter(description = "An ETag of an earlier answer: 304 while the schedule is unchanged")
                    @HeaderParam("If-None-Match")
                    String ifNoneMatch) {
        projects.readable(id);
        SerializedSchedule schedule = schedules.serialized(id);
        EntityTag tag = new EntityTag(schedule.tag());
        if (Etags.matchesAny(ifNoneMatch, schedule.tag())) {
            return Response.notModified(tag).build();
        }
        return Response.ok(schedule.json(), MediaType.APPLICATION_JSON_TYPE)
                .tag(tag)
                .build();
    }

    @POST
    @Path("/projects/{id}/schedule/preview")
    @Operation(
            summary =
                    "What-if: the schedule with the changes applied to a copy, and the milestones and finish that move; nothing is saved")
    @APIResponse(
            responseCode = "200",
            description = "The previewed schedule",
            content = @Content(schema = @Schema(implementation = Preview.class)))
    public Preview preview(@PathParam("id") UUID id, @Valid @NotNull PreviewRequest body) {
        projects.readable(id);
        return previewer.preview(id, body.changes());
    }

    @GET
    @Path("/tasks/{id}/schedule/explain")
    @Operation(
            summary =
                    "Why the task starts when it does: its driving chain back to the project start, a constraint, an actual or the status date")
    @APIResponse(
            responseCode = "200",
            description = "The driving chain",
            content = @Content(schema = @Schema(implementation = Explanation.class)))
    public Explanation explain(@PathParam("id") UUID id) {
        tasks.readable(id);
        return explainer.explain(id);
    }

    @GET
    @Path("/projects/{id}/baselines")
    @Operation(summary = "The project's saved baselines, newest first")
    @APIResponse(responseCode = "200", description = "Baselines")
    public List<BaselineView> baselines(@PathParam("id") UUID id) {
        projects.readable(id);
        return baselines.list(id);
    }

    @POST
    @Path("/projects/{id}/baselines")
    @Operation(
            summary =
                    "Save the current schedule as a baseline (coordinator); task schedules then show variance against it")
    @APIResponse(
            responseCode = "201",
            description = "Saved",
            content = @Content(schema = @Schema(implementation = BaselineView.class)))
    public Response saveBaseline(@PathParam("id") UUID id, @Valid @NotNull CreateBaseline body) {
        Project project = projects.writable(id, Role.coordinator);
        BaselineView baseline = baselines.save(project, body.name());
        return Response.created(URI.create("/api/v1/projects/" + id + "/baselines"))
                .entity(baseline)
                .build();
    }
}
