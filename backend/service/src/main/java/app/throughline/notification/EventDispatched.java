package app.throughline.notification;

/**
 * Fired by the dispatcher, inside the transaction that claims an outbox row, once per event: the
 * webhook feature observes it to queue its deliveries in the same transaction.
 */
public record EventDispatched(Outbox.Entry event) {}
