package app.throughline.webhook;

import app.throughline.notification.EventsDispatched;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Queues a delivery per event and matching webhook, in the transaction that dispatches the outbox rows. */
@ApplicationScoped
public class WebhookQueue {

    private final WebhookRepository webhooks;

    WebhookQueue(WebhookRepository webhooks) {
        this.webhooks = webhooks;
    }

    void on(@Observes EventsDispatched dispatched) {
        webhooks.queue(dispatched.events(), Instant.now().truncatedTo(ChronoUnit.MICROS));
    }
}
