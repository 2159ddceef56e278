package app.throughline.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * openapi.yaml at the repository root is the published contract: it must equal what the service
 * generates. {@code make openapi} rewrites it (system property {@code openapi.write=true}).
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT =
            Path.of(System.getProperty("repo.root", "../..")).resolve("openapi.yaml");

    @Test
    void shouldMatchTheCommittedContract() throws IOException {
        String generated = given().accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(CONTRACT, generated);
        }
        assertThat(Files.exists(CONTRACT))
                .as("openapi.yaml exists at the repository root (run make openapi)")
                .isTrue();
        assertThat(Files.readString(CONTRACT))
                .as("openapi.yaml is stale: run make openapi and commit it")
                .isEqualTo(generated);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDocumentEveryOperationWithSummaryErrorsAndExamples() {
        Map<String, Map<String, Map<String, Object>>> paths = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        List<String> gaps = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, op) -> {
            if (!(op instanceof Map)) {
                return;
            }
            String name = method.toUpperCase() + " " + path;
            if (op.get("summary") == null) {
                gaps.add(name + ": no summary");
            }
            Map<String, Object> responses = (Map<String, Object>) op.get("responses");
            if (responses == null
                    || responses.keySet().stream().noneMatch(code -> code.startsWith("4") || code.startsWith("5"))) {
                gaps.add(name + ": no error responses");
            }
            if (responses == null || responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                gaps.add(name + ": no success response");
            }
        }));
        assertThat(paths).isNotEmpty();
        assertThat(gaps).isEmpty();
        String document = given().get("/q/openapi?format=json").then().extract().asString();
        assertThat(document).contains("\"example\"");
    }
}
