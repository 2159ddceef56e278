package app.throughline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PagingTest {

    @Test
    void shouldWalkAListPageByPageWithoutGapsOrRepeats() {
        Session ada = Api.register("ada");
        for (int i = 0; i < 6; i++) {
            ada.request()
                    .body(Map.of("name", "W" + i))
                    .post("/api/v1/workspaces")
                    .then()
                    .statusCode(201);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = ada.request().queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/workspaces")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("items.name"));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("ada's workspace", "W0", "W1", "W2", "W3", "W4", "W5");
    }
}
