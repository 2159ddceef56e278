package app.throughline.webhook;

import app.throughline.notification.EventDispatched;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Queues a delivery per matching webhook, in the transaction that dispatches the outbox row. */
@ApplicationScoped
public class WebhookQueue {

    private final WebhookRepository webhooks;

    WebhookQueue(WebhookRepository webhooks) {
        this.webhooks = webhooks;
    }

    void on(@Observes EventDispatched dispatched) {
        var e = dispatched.event();
        webhooks.queue(e.workspaceId(), e.id(), e.type(), Instant.now().truncatedTo(ChronoUnit.MICROS));
    }
}
