package app.throughline.demo;

import app.throughline.demo.DemoSeeder.DemoWorkspaceSeeded;
import app.throughline.workflow.StatusCategory;
import app.throughline.workflow.StatusMoves;
import app.throughline.workflow.StatusMoves.MovingTask;
import app.throughline.workflow.Workflow;
import app.throughline.workflow.WorkflowDefinition;
import app.throughline.workflow.WorkflowDtos.ApprovalStep;
import app.throughline.workflow.WorkflowDtos.CreateWorkflow;
import app.throughline.workflow.WorkflowDtos.WorkflowStatus;
import app.throughline.workflow.WorkflowService;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The agency's content flow (brief → draft → internal review → client review → revision →
 * published) as a second workflow, and the brand project run on it from the start: its tasks'
 * statuses and their history are told in the content flow's words, and the work waiting in client
 * review has its approval round open for Casey, who signs in to the demo.
 */
@ApplicationScoped
class DemoWorkflows {

    static final String PROJECT = "BRD";
    static final String NAME = "Content production";

    private final WorkflowService workflows;
    private final StatusMoves moves;
    private final DemoRows rows;

    DemoWorkflows(WorkflowService workflows, StatusMoves moves, DemoRows rows) {
        this.workflows = workflows;
        this.moves = moves;
        this.rows = rows;
    }

    void seed(@Observes @Priority(25) DemoWorkspaceSeeded event) {
        UUID casey = rows.personOfUser(event.workspaceId(), event.ownerUserId());
        Workflow content =
                workflows.create(event.workspaceId(), new CreateWorkflow(NAME, statuses(casey), List.of()), false);
        WorkflowDefinition definition = workflows.definition(content);
        UUID project = rows.projectId(event.workspaceId(), PROJECT);
        // every other task in review waits on the client rather than on the team
        rows.adoptWorkflow(project, content.id, STANDARD_TO_CONTENT, "review", "client_review");
        WorkflowStatus clientReview = definition.status("client_review").orElseThrow();
        for (UUID task : rows.tasksInStatus(project, "client_review")) {
            moves.requestApproval(
                    new MovingTask(event.workspaceId(), project, task, "client_review"), clientReview, null);
        }
    }

    static final Map<String, String> STANDARD_TO_CONTENT = new LinkedHashMap<>(Map.of(
            "todo", "brief",
            "in_progress", "draft",
            "blocked", "on_hold",
            "review", "internal_review",
            "done", "publish",
            "cancelled", "cancelled"));

    private static List<WorkflowStatus> statuses(UUID casey) {
        return List.of(
                new WorkflowStatus("brief", "Brief", StatusCategory.todo, null, null, null),
                new WorkflowStatus("draft", "Draft", StatusCategory.in_progress, 4, null, null),
                new WorkflowStatus("internal_review", "Internal review", StatusCategory.review, 3, null, null),
                new WorkflowStatus(
                        "client_review",
                        "Client review",
                        StatusCategory.review,
                        null,
                        new ApprovalStep(List.of(casey), null, 1, "revision"),
                        null),
                new WorkflowStatus("revision", "Revision", StatusCategory.in_progress, null, null, null),
                new WorkflowStatus("on_hold", "On hold", StatusCategory.in_progress, null, null, null),
                new WorkflowStatus("publish", "Published", StatusCategory.done, null, null, null),
                new WorkflowStatus("cancelled", "Cancelled", StatusCategory.cancelled, null, null, null));
    }
}
