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
}
