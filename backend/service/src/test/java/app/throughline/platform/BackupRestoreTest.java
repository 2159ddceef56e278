package app.throughline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** `make backup` then `make restore` into a fresh database gives back the same projects and tasks. */
@QuarkusTest
class BackupRestoreTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void aBackupRestoredIntoAFreshDatabaseHoldsTheSameProject() throws Exception {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        Planning.task(ada, project, "Survives the restore", 3);
        Path dump = Files.createTempFile("throughline-backup", ".dump");
        run(List.of("backup", dump.toString()), jdbcUrl, null);
        assertThat(Files.size(dump)).isGreaterThan(1000);

        String freshDatabase = "restored_" + System.nanoTime();
        try (var admin = DriverManager.getConnection(jdbcUrl)) {
            admin.createStatement().execute("CREATE DATABASE " + freshDatabase);
        }
        String freshUrl = jdbcUrl.replace("/postgres?", "/" + freshDatabase + "?");
        assertThat(freshUrl).isNotEqualTo(jdbcUrl);
        run(List.of("restore", dump.toString()), jdbcUrl, freshUrl);

        try (var restored = DriverManager.getConnection(freshUrl);
                var query = restored.prepareStatement(
                        "SELECT t.title FROM tasks t JOIN projects p ON p.id = t.project_id WHERE p.id = ?::uuid")) {
            query.setString(1, project);
            var rows = query.executeQuery();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Survives the restore");
        }
    }

    private static void run(List<String> arguments, String sourceUrl, String restoreUrl) throws Exception {
        var command = new java.util.ArrayList<>(List.of("bash", "../../scripts/db.sh"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", sourceUrl);
        if (restoreUrl != null) {
            builder.environment().put("RESTORE_JDBC_URL", restoreUrl);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
