package app.throughline.procedure;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.Changes;
import app.throughline.api.Conflict;
import app.throughline.api.Cursor;
import app.throughline.api.Etags;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Versioned;
import app.throughline.auth.CurrentUser;
import app.throughline.procedure.ProcedureDtos.CreateProcedure;
import app.throughline.procedure.ProcedureDtos.ProcedurePatch;
import app.throughline.procedure.ProcedureDtos.ProcedureSummary;
import app.throughline.procedure.ProcedureDtos.ProcedureView;
import app.throughline.procedure.ProcedureDtos.TaskProcedures;
import app.throughline.task.Task;
import app.throughline.task.TaskService;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Procedures: everyone in the workspace reads them, coordinators write them. */
@ApplicationScoped
public class ProcedureService {

    static final String ENTITY = "procedure";

    private final ProcedureRepository procedures;
    private final TenantGuard guard;
    private final ActivityLog activity;
    private final CurrentUser currentUser;
    private final TaskService tasks;

    ProcedureService(
            ProcedureRepository procedures,
            TenantGuard guard,
            ActivityLog activity,
            CurrentUser currentUser,
            TaskService tasks) {
        this.procedures = procedures;
        this.guard = guard;
        this.activity = activity;
        this.currentUser = currentUser;
        this.tasks = tasks;
    }

    public Page<ProcedureSummary> list(UUID workspaceId, PageRequest page) {
        guard.require(workspaceId, Role.viewer);
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 2);
        List<Procedure> rows = procedures.page(workspaceId, after, page.limit + 1);
        return Page.from(rows, page.limit, ProcedureSummary::of, p -> Cursor.of(p.title, p.id));
    }

    public Versioned<ProcedureView> get(UUID id) {
        return versioned(guard.readable(procedures.findByIdOptional(id), "Procedure", id));
    }

    @Transactional
    public Versioned<ProcedureView> create(UUID workspaceId, CreateProcedure request) {
        guard.require(workspaceId, Role.coordinator);
        return versioned(create(workspaceId, request, currentUser.id()));
    }

    /** Creates a procedure without an access check, for callers that did their own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Procedure create(UUID workspaceId, CreateProcedure request, UUID userId) {
        Procedure procedure = Procedure.create(workspaceId, request.title().trim(), request.bodyMarkdown(), userId);
        procedures.persist(procedure);
        activity.record(workspaceId, null, ENTITY, procedure.id, ActivityLog.Action.created, procedure.snapshot(true));
        return procedure;
    }

    @Transactional
    public Versioned<ProcedureView> update(UUID id, ProcedurePatch patch, String ifMatch) {
        Procedure procedure = guard.accessible(procedures.findByIdOptional(id), "Procedure", id, Role.coordinator);
        Etags.requireCurrent(ifMatch, procedure.version);
        Changes changes = new Changes();
        if (patch.title() != null) {
            procedure.title =
                    changes.set("title", procedure.title, patch.title().trim());
        }
        if (patch.bodyMarkdown() != null && !patch.bodyMarkdown().equals(procedure.bodyMarkdown)) {
            changes.set(
                    "bodyMarkdownLength",
                    procedure.bodyMarkdown.length(),
                    patch.bodyMarkdown().length());
            procedure.bodyMarkdown = patch.bodyMarkdown();
        }
        if (!changes.isEmpty()) {
            procedure.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            activity.record(procedure.workspaceId, null, ENTITY, procedure.id, ActivityLog.Action.updated, changes);
        }
        procedures.flush();
        return versioned(procedure);
    }

    /** Deletes a procedure; one that a workflow status still names answers 409 with those statuses. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Procedure procedure = guard.accessible(procedures.findByIdOptional(id), "Procedure", id, Role.coordinator);
        Etags.requireCurrent(ifMatch, procedure.version);
        List<String> usedBy = procedures.usedByStatuses(procedure.workspaceId, procedure.id);
        if (!usedBy.isEmpty()) {
            throw new Conflict("The procedure is attached to workflow statuses (" + String.join(", ", usedBy)
                    + "); detach it there first");
        }
        activity.record(
                procedure.workspaceId,
                null,
                ENTITY,
                procedure.id,
                ActivityLog.Action.deleted,
                procedure.snapshot(false));
        procedures.delete(procedure);
    }

    /** The procedures of the status the task is in now. */
    public TaskProcedures ofTask(UUID taskId) {
        Task task = tasks.readable(taskId);
        return new TaskProcedures(
                task.id,
                task.status,
                procedures.ofTaskStatus(task.id).stream().map(ProcedureView::of).toList());
    }

    /** The procedures of the workspace among {@code ids}, in the order given (unknown ids are left out). */
    public List<ProcedureSummary> summaries(UUID workspaceId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var found = procedures.list("workspaceId = ?1 and id in ?2", workspaceId, ids);
        return ids.stream()
                .flatMap(id -> found.stream().filter(p -> p.id.equals(id)).findFirst().stream())
                .map(ProcedureSummary::of)
                .toList();
    }

    private static Versioned<ProcedureView> versioned(Procedure procedure) {
        return new Versioned<>(ProcedureView.of(procedure), procedure.version);
    }
}
