package app.throughline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A client polling a schedule gets 304 until it is recomputed, then the new schedule and a new ETag. */
@QuarkusTest
class ScheduleConditionalReadTest {

    @Test
    void scheduleIsNotSentAgainUntilItChanges() {
        Session ada = Api.register("etag");
        String project = Planning.project(ada);
        String design = Planning.task(ada, project, "Design", 2);
        String build = Planning.task(ada, project, "Build", 3);
        Planning.link(ada, design, build);

        ExtractableResponse<Response> first = read(ada, project, null);
        String tag = first.header("ETag");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(tag).isNotBlank();
        assertThat(first.<String>path("finish")).isEqualTo("2026-12-07T17:00:00");

        ExtractableResponse<Response> again = read(ada, project, tag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body().asByteArray()).isEmpty();
        assertThat(read(ada, project, "W/" + tag + ", \"other\"").statusCode()).isEqualTo(304);

        ada.request()
                .body(Map.of("durationDays", 5))
                .patch("/api/v1/tasks/{id}", build)
                .then()
                .statusCode(200);

        ExtractableResponse<Response> changed = read(ada, project, tag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(tag);
        assertThat(changed.<String>path("finish")).isEqualTo("2026-12-09T17:00:00");
        assertThat(changed.<Integer>path("tasks.size()")).isEqualTo(2);
    }

    @Test
    void anotherWorkspaceCannotProbeTheScheduleWithATag() {
        Session ada = Api.register("etag-owner");
        Session eve = Api.register("etag-eve");
        String project = Planning.project(ada);
        Planning.task(ada, project, "Design", 2);
        String tag = read(ada, project, null).header("ETag");

        assertThat(read(eve, project, tag).statusCode()).isEqualTo(404);
    }

    private static ExtractableResponse<Response> read(Session session, String project, String ifNoneMatch) {
        var request = session.request();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.get("/api/v1/projects/{id}/schedule", project).then().extract();
    }
}
