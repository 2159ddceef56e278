package app.throughline.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Starts the service. Without a configured database it first starts an embedded PostgreSQL in the
 * data directory, and without configured signing keys it uses (or makes) a key pair there, so
 * that one command runs the whole product on a fresh machine.
 */
@QuarkusMain
public class ThroughlineMain {

    private static final Logger LOG = Logger.getLogger(ThroughlineMain.class);

    public static void main(String... args) {
        Path dataDir = Path.of(setting("throughline.data-dir").orElse(".data")).toAbsolutePath();
        EmbeddedDatabase database = null;
        if (setting("quarkus.datasource.jdbc.url").isEmpty()) {
            LOG.infof("No database configured: starting the embedded PostgreSQL in %s", dataDir.resolve("postgres"));
            database = EmbeddedDatabase.persistent(dataDir.resolve("postgres"));
            EmbeddedDatabaseShutdown.stopAtShutdown(database);
            System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
            System.setProperty("quarkus.datasource.username", database.username());
            recordAddress(dataDir, database.jdbcUrl());
        }
        if (setting("smallrye.jwt.sign.key.location").isEmpty()) {
            SigningKeys keys = SigningKeys.in(dataDir.resolve("keys"));
            System.setProperty(
                    "smallrye.jwt.sign.key.location", keys.privateKey().toUri().toString());
            System.setProperty(
                    "mp.jwt.verify.publickey.location", keys.publicKey().toUri().toString());
        }
        try {
            Quarkus.run(args);
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    /** Where `scripts/db.sh backup` finds the embedded database while the service runs. */
    private static void recordAddress(Path dataDir, String jdbcUrl) {
        try {
            Files.writeString(dataDir.resolve("postgres.url"), jdbcUrl);
        } catch (IOException e) {
            LOG.warnf("Could not record the database address for backups: %s", e.getMessage());
        }
    }

    /** A setting from a system property or its environment-variable spelling. */
    private static Optional<String> setting(String key) {
        String fromProperty = System.getProperty(key);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Optional.of(fromProperty);
        }
        String envName = key.toUpperCase().replaceAll("[^A-Z0-9]", "_");
        return Optional.ofNullable(System.getenv(envName)).filter(v -> !v.isBlank());
    }
}
