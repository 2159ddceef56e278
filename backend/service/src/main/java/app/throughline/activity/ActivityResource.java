package app.throughline.activity;

import app.throughline.activity.ActivityRepository.ActivityRow;
import app.throughline.api.Cursor;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.workspace.TenantGuard;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongFunction;
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

    private final ActivityRepository activity;
    private final TenantGuard guard;
    private final Instance<ActivitySubject> subjects;
    private final ObjectMapper json;

    ActivityResource(
            ActivityRepository activity, TenantGuard guard, Instance<ActivitySubject> subjects, ObjectMapper json) {
        this.activity = activity;
        this.guard = guard;
        this.subjects = subjects;
        this.json = json;
    }

    @GET
    @Path("/projects/{id}/activity")
    @Operation(summary = "The project's change history, newest first")
    @APIResponse(responseCode = "200", description = "A page of activity entries")
    public Page<Entry> ofProject(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        requireReadable("Project", id);
        return page(page, before -> activity.ofProject(id, before, page.limit + 1));
    }

    @GET
    @Path("/tasks/{id}/activity")
    @Operation(summary = "A task's change history, newest first")
    @APIResponse(responseCode = "200", description = "A page of activity entries")
    public Page<Entry> ofTask(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        requireReadable("Task", id);
        return page(page, before -> activity.ofEntity(id, before, page.limit + 1));
    }

    private void requireReadable(String kind, UUID id) {
        ActivitySubject subject = subjects.stream()
                .filter(s -> s.kind().equals(kind))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No activity subject for " + kind));
        guard.readable(subject.find(id), kind, id);
    }

    private Page<Entry> page(PageRequest page, LongFunction<List<ActivityRow>> rowsBefore) {
        long before = page.cursor == null
                ? Long.MAX_VALUE
                : Cursor.decode(page.cursor, 1).number(0);
        return Page.from(rowsBefore.apply(before), page.limit, this::entry, row -> Cursor.of(row.id()));
    }

    private Entry entry(ActivityRow row) {
        try {
            Map<String, Object> changes = json.readValue(row.changes(), new TypeReference<>() {});
            return new Entry(
                    row.id(), row.entityType(), row.entityId(), row.action(), row.actorId(), row.at(), changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable activity changes in entry " + row.id(), e);
        }
    }
}
