package app.throughline.events;

import app.throughline.auth.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The one way a feature announces a {@link DomainEvent}. Observers run synchronously in the
 * caller's transaction (see {@link DomainEvent}); features never know who listens.
 */
@ApplicationScoped
public class DomainEvents {

    private final Event<DomainEvent> bus;
    private final CurrentUser currentUser;

    DomainEvents(Event<DomainEvent> bus, CurrentUser currentUser) {
        this.bus = bus;
        this.currentUser = currentUser;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DomainEvent publish(
            String type, UUID workspaceId, UUID projectId, UUID subjectId, Map<String, Object> data) {
        if (!EventTypes.ALL.contains(type)) {
            throw new IllegalArgumentException("unknown event type " + type);
        }
        DomainEvent event = new DomainEvent(
                UUID.randomUUID(),
                type,
                workspaceId,
                projectId,
                subjectId,
                actor(),
                Instant.now(),
                Collections.unmodifiableMap(new LinkedHashMap<>(data)));
        bus.fire(event);
        return event;
    }

    /** The signed-in user; null for the system (a scheduled job or startup work runs without a request). */
    private UUID actor() {
        try {
            return currentUser.idIfAuthenticated().orElse(null);
        } catch (ContextNotActiveException noRequest) {
            return null;
        }
    }
}
