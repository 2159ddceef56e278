package app.throughline.task;

import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.task.TaskDtos.TaskView;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "My work": the tasks assigned to the caller (through the people linked to their user) across projects, by due date. */
@Path("/api/v1/me/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MyWorkResource {

    private final MyWork myWork;

    MyWorkResource(MyWork myWork) {
        this.myWork = myWork;
    }

    @GET
    @Operation(
            summary = "Your tasks across projects and workspaces, soonest deadline first, then by scheduled finish "
                    + "(open ones unless includeDone)")
    @APIResponse(responseCode = "200", description = "A page of tasks")
    public Page<TaskView> myTasks(
            @Parameter(description = "Only this workspace") @QueryParam("workspaceId") UUID workspaceId,
            @Parameter(description = "Include done and cancelled tasks")
                    @QueryParam("includeDone")
                    @DefaultValue("false")
                    boolean includeDone,
            @Valid @BeanParam PageRequest page) {
        return myWork.tasks(workspaceId, includeDone, page);
    }
}
