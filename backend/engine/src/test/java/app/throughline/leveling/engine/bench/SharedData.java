package app.throughline.leveling.engine.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared benchmark data that lives beside the repository. */
public final class SharedData {
    private SharedData() {}

    /**
     * The {@code shared} folder: the {@code throughline.shared} system property if set, else the
     * first {@code shared/benchmarks} found walking up from the working directory.
     */
    public static Path sharedFolder() {
        String configured = System.getProperty("throughline.shared");
        if (configured != null && Files.isDirectory(Path.of(configured, "benchmarks"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared").resolve("benchmarks"))) {
                return dir.resolve("shared");
            }
        }
        throw new IllegalStateException("shared/benchmarks not found; set -Dthroughline.shared");
    }

    /** The j60 and j120 subsets kept in this module's test resources ({@code psplib/README.md}). */
    public static Path bundledPsplib() {
        try {
            return Path.of(SharedData.class.getResource("/psplib/README.md").toURI())
                    .getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PSPLIB folder inside the shared data. */
    public static Path psplib() {
        return sharedFolder().resolve("benchmarks").resolve("psplib");
    }
}
