package app.throughline.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
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

    @Test
    void shouldReadAProjectsTasksInNumberRangesUpToItsLastTaskNumber() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        for (int i = 1; i <= 7; i++) {
            Planning.task(ada, project, "T" + i, 1);
        }
        int last = ada.request()
                .get("/api/v1/projects/{id}", project)
                .then()
                .statusCode(200)
                .extract()
                .path("lastTaskNumber");
        assertThat(last).isEqualTo(7);
        List<String> keys = new ArrayList<>();
        for (int from = 1; from <= last; from += 3) {
            keys.addAll(ada.request()
                    .queryParam("numberFrom", from)
                    .queryParam("numberTo", Math.min(last, from + 2))
                    .queryParam("limit", 2)
                    .get("/api/v1/projects/{id}/tasks", project)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.title"));
        }
        // each range is read with a page of 2: the third task of a range needs the range's cursor
        assertThat(keys).containsExactly("T1", "T2", "T4", "T5", "T7");
        ada.request()
                .queryParam("numberFrom", 0)
                .get("/api/v1/projects/{id}/tasks", project)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("numberFrom"));
    }
}
