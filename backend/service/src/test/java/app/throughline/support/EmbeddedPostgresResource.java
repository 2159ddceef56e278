package app.throughline.support;

import app.throughline.platform.EmbeddedDatabase;
import app.throughline.platform.SigningKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A throwaway embedded PostgreSQL and signing key pair for the whole test run. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static SigningKeys keys;
    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        database = EmbeddedDatabase.throwaway();
        keys = keys();
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "smallrye.jwt.sign.key.location", keys.privateKey().toUri().toString(),
                "mp.jwt.verify.publickey.location", keys.publicKey().toUri().toString());
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }

    /** The key pair the service under test signs with (made once per JVM). */
    public static synchronized SigningKeys keys() {
        if (keys == null) {
            try {
                keys = SigningKeys.in(Files.createTempDirectory("throughline-test-keys"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }

    static Path privateKey() {
        return keys().privateKey();
    }
}
