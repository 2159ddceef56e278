package app.throughline.platform;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Stops the embedded PostgreSQL when the service stops, and only then: on SIGTERM the service first
 * finishes the requests in flight (quarkus.shutdown.timeout), and those still need the database.
 * A JVM shutdown hook of the database's own would run at the same time as the service's and cut
 * them off (they answered 503).
 */
@ApplicationScoped
public class EmbeddedDatabaseShutdown {

    private static volatile EmbeddedDatabase database;

    /** Called by {@link ThroughlineMain} for the database it started. */
    static void stopAtShutdown(EmbeddedDatabase started) {
        database = started;
    }

    void onStop(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000) ShutdownEvent event) {
        EmbeddedDatabase running = database;
        if (running != null) {
            database = null;
            running.close();
        }
    }
}
