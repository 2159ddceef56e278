package app.throughline.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Puts {@link EmbeddedPostgresResource} under every {@code @QuarkusTest} of this module. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class TestDatabase {
    private TestDatabase() {}
}
