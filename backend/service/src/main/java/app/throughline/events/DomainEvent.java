package app.throughline.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Something that happened in a workspace, named by one of the public {@link EventTypes}. Fired
 * synchronously inside the transaction of the change that caused it, so an observer that writes
 * it down (the outbox) commits or rolls back together with that change.
 *
 * @param projectId null for workspace-level events
 * @param subjectId the task, milestone, approval, risk, report… the event is about
 * @param actorId the signed-in user who caused it, null for the system (reminders, rules)
 * @param data (may hold nulls) the event's payload as delivered to receivers (ids, names, before/after values)
 */
public record DomainEvent(
        UUID id,
        String type,
        UUID workspaceId,
        UUID projectId,
        UUID subjectId,
        UUID actorId,
        Instant occurredAt,
        Map<String, Object> data) {}
