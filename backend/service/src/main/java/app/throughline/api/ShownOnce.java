package app.throughline.api;

/**
 * A response that carries a secret the client sees once (a token). Whatever keeps responses —
 * the idempotency store — keeps {@link #withoutSecret()} instead, so no secret rests in the database.
 */
public interface ShownOnce {

    /** The same response with its secret left out. */
    Object withoutSecret();
}
