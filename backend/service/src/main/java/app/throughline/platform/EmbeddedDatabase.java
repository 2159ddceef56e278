package app.throughline.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server started from binaries shipped as a Maven artifact, for machines
 * without a database: {@code make run} keeps its data in a persistent folder with fsync on;
 * tests use a throwaway folder with durability off.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts (or restarts over) a durable database whose files live in {@code dataDir}. */
    public static EmbeddedDatabase persistent(Path dataDir) {
        try {
            Files.createDirectories(dataDir.getParent());
            removeStalePidFile(dataDir);
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    // not on its own JVM shutdown hook, which would stop the database while the
                    // service still finishes the requests in flight; EmbeddedDatabaseShutdown stops it after
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** Starts a database for one test run; its files are deleted when it stops. */
    public static EmbeddedDatabase throwaway() {
        try {
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // A killed run leaves postmaster.pid behind; PostgreSQL refuses to start while it names a live
    // process, and the embedded server's process is always gone once we get here.
    private static void removeStalePidFile(Path dataDir) throws IOException {
        Path pid = dataDir.resolve("postmaster.pid");
        if (Files.exists(pid)) {
            String first =
                    Files.readAllLines(pid).stream().findFirst().orElse("").trim();
            boolean alive = !first.isEmpty()
                    && ProcessHandle.of(Long.parseLong(first))
                            .map(ProcessHandle::isAlive)
                            .orElse(false);
            if (!alive) {
                Files.delete(pid);
            }
        }
    }
}
