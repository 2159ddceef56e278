package app.throughline.api;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;

/** Recognises database failures a client should hear about as something other than a 500. */
final class PersistenceFailures {

    private PersistenceFailures() {}

    /**
     * The problem for a known persistence failure anywhere in the cause chain, or null; a
     * {@code conditional} request (one with If-Match) that lost a concurrent write is told 412.
     */
    static ApiException classify(Throwable failure, boolean conditional) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ApiException api) {
                return api;
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                if (conditional) {
                    // the loser of a race between two writers holding the same ETag: its precondition is stale
                    return new StalePrecondition(
                            "The object was changed by someone else at the same time; fetch it again and retry with the new If-Match");
                }
                return new Conflict("The object was changed by someone else at the same time; reload it and try again");
            }
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException) {
                return unavailable();
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return unavailable();
                }
                if ("40001".equals(state) || "40P01".equals(state)) {
                    return new Conflict("The change collided with another one; try again");
                }
            }
            String message = t.getMessage();
            if (message != null
                    && (message.contains("Acquisition timeout") || message.contains("Connection refused"))) {
                return unavailable();
            }
        }
        return null;
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static ServiceUnavailable unavailable() {
        return new ServiceUnavailable("The database is not reachable right now; try again shortly");
    }
}
