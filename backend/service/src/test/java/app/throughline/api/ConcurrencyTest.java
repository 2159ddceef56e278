package app.throughline.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ETag and If-Match: a write based on a stale read is refused with 412 and changes nothing. */
@QuarkusTest
class ConcurrencyTest {

    @Test
    void shouldRefuseAWriteWithAStaleIfMatch() {
        Session ada = Api.register("ada");
        String etag = ada.request()
                .get("/api/v1/workspaces/{id}", ada.workspaceId())
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .extract()
                .header("ETag");

        String newEtag = ada.request()
                .header("If-Match", etag)
                .body(Map.of("name", "first edit"))
                .patch("/api/v1/workspaces/{id}", ada.workspaceId())
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");

        ada.request()
                .header("If-Match", etag)
                .body(Map.of("name", "second edit from a stale copy"))
                .patch("/api/v1/workspaces/{id}", ada.workspaceId())
                .then()
                .statusCode(412)
                .contentType("application/problem+json");

        ada.request()
                .get("/api/v1/workspaces/{id}", ada.workspaceId())
                .then()
                .header("ETag", equalTo(newEtag))
                .body("name", equalTo("first edit"));
    }

    @Test
    void shouldAcceptAWriteWithTheCurrentEtag() {
        Session ada = Api.register("ada");
        String etag = ada.request()
                .get("/api/v1/workspaces/{id}", ada.workspaceId())
                .then()
                .extract()
                .header("ETag");
        ada.request()
                .header("If-Match", etag)
                .body(Map.of("name", "renamed"))
                .patch("/api/v1/workspaces/{id}", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("name", equalTo("renamed"));
    }

    @Test
    void racingWritersWithOneEtagHaveExactlyOneWinnerAndTheRestGet412() throws Exception {
        Session ada = Api.register("ada");
        String project = app.throughline.support.Planning.project(ada);
        String task = app.throughline.support.Planning.task(ada, project, "Contested", 2);
        String etag =
                ada.request().get("/api/v1/tasks/{id}", task).then().extract().header("ETag");
        int writers = 40;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String title = "Edit " + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return ada.request()
                            .header("If-Match", etag)
                            .body(Map.of("title", title))
                            .patch("/api/v1/tasks/{id}", task)
                            .statusCode();
                }));
            }
            start.countDown();
            java.util.Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
            for (var answer : answers) {
                byStatus.merge(answer.get(), 1, Integer::sum);
            }
            org.assertj.core.api.Assertions.assertThat(byStatus).isEqualTo(java.util.Map.of(200, 1, 412, writers - 1));
        } finally {
            pool.shutdownNow();
        }
    }
}
