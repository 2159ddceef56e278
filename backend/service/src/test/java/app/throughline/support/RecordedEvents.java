package app.throughline.support;

import app.throughline.events.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every domain event the service publishes during the tests, for tests to look up. */
@ApplicationScoped
public class RecordedEvents {

    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();

    void record(@Observes DomainEvent event) {
        events.add(event);
    }

    /** The events of one type in one workspace, oldest first. */
    public List<DomainEvent> of(String type, UUID workspaceId) {
        return events.stream()
                .filter(e -> e.type().equals(type) && e.workspaceId().equals(workspaceId))
                .toList();
    }
}
