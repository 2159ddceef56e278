package app.throughline.activity;

import app.throughline.api.Cursor;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.project.ProjectService;
import app.throughline.task.TaskService;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activity")
public class ActivityResource {

    @Schema(name = "ActivityEntry")
    public record Entry(
            @Schema(example = "1042") long id,
            @Schema(example = "task") String entityType,
            UUID entityId,
            @Schema(example = "updated") String action,

            @Schema(description = "The user who made the change")
            UUID actorId,

            Instant at,

            @Schema(
                    description = "Changed fields with their old and new values",
                    example = "{\"durationDays\": {\"old\": 3, \"new\": 5}}")
            Map<String, Object> changes) {}

    private final EntityManager entityManager;
    private final ProjectService projects;
    private final TaskService tasks;
    private final ObjectMapper json;

    ActivityResource(EntityManager entityManager, ProjectService projects, TaskService tasks, ObjectMapper json) {
        this.entityManager = entityManager;
        this.projects = projects;
        this.tasks = tasks;
        this.json = json;
    }

    @GET
    @Path("/projects/{id}/activity")
    @Operation(summary = "The project's change history, newest first")
    @APIResponse(responseCode = "200", description = "A page of activity entries")
    public Page<Entry> ofProject(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        projects.readable(id);
        return page("project_id", id, page);
    }

    @GET
    @Path("/tasks/{id}/activity")
    @Operation(summary = "A task's change history, newest first")
    @APIResponse(responseCode = "200", description = "A page of activity entries")
    public Page<Entry> ofTask(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        tasks.readable(id);
        return page("entity_id", id, page);
    }

    private Page<Entry> page(String column, UUID id, PageRequest page) {
        Long before = page.cursor == null ? null : Cursor.decode(page.cursor, 1).number(0);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        "SELECT id, entity_type, entity_id, action, actor_id, at, CAST(changes AS text) FROM activity WHERE "
                                + column + " = :id AND id < :before ORDER BY id DESC LIMIT :limit")
                .setParameter("id", id)
                .setParameter("limit", page.limit + 1)
                .setParameter("before", before == null ? Long.MAX_VALUE : before)
                .getResultList();
        return Page.from(rows, page.limit, this::entry, row -> Cursor.of(((Number) row[0]).longValue()));
    }

    private Entry entry(Object[] row) {
        try {
            Map<String, Object> changes = json.readValue((String) row[6], new TypeReference<>() {});
            return new Entry(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (UUID) row[2],
                    (String) row[3],
                    (UUID) row[4],
                    toInstant(row[5]),
                    changes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
