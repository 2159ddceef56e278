package app.throughline.notification;

import java.util.List;

/**
 * Fired by the dispatcher, inside the transaction that claims a batch of outbox rows, once per
 * batch with its events in outbox order: the webhook feature observes it to queue their deliveries
 * in the same transaction (one statement for the batch, not one per event).
 */
public record EventsDispatched(List<Outbox.Entry> events) {}
