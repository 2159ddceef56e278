package app.throughline.attachment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Files on tasks: upload, list, download as a file, remove; limits on size and type; tenancy. */
@QuarkusTest
class AttachmentsTest {

    static RequestSpecification as(Session s) {
        return given().header("Authorization", "Bearer " + s.token());
    }

    static String upload(Session s, String task, String name, String type, byte[] content) {
        return as(s).multiPart("file", name, content, type)
                .post("/api/v1/tasks/{id}/attachments", task)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static final String BOUNDARY = "----throughline-test-boundary";

    private static byte[] browserMultipart(String fileName, String type, byte[] content) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(head, head.length + content.length + tail.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return body;
    }

    @Test
    void shouldStoreAFileAndGiveItBackAsADownload() {
        Session ada = Api.register("ada");
        String task = Planning.task(ada, Planning.project(ada), "Brief", 1);
        byte[] pdf = "%PDF-1.4 brief".getBytes(StandardCharsets.UTF_8);

        // sent as browsers send it: the file name in UTF-8 in the part header (REST Assured's own
        // multipart writer would turn the dash into "?" before it leaves the client)
        String id = as(ada).contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body(browserMultipart("Brief – v2.pdf", "application/pdf", pdf))
                .post("/api/v1/tasks/{id}/attachments", task)
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/attachments/"))
                .body("fileName", equalTo("Brief – v2.pdf"))
                .body("contentType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(pdf.length))
                .body("taskId", equalTo(task))
                .extract()
                .path("id");

        as(ada).get("/api/v1/tasks/{id}/attachments", task)
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", equalTo(id));
        as(ada).get("/api/v1/attachments/{id}", id).then().statusCode(200).body("fileName", equalTo("Brief – v2.pdf"));
        byte[] downloaded = as(ada).get("/api/v1/attachments/{id}/content", id)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", startsWith("attachment; filename=\"Brief _ v2.pdf\""))
                .header("Content-Disposition", containsString("filename*=UTF-8''Brief%20%E2%80%93%20v2.pdf"))
                .header("X-Content-Type-Options", "nosniff")
                .extract()
                .asByteArray();
        org.assertj.core.api.Assertions.assertThat(downloaded).isEqualTo(pdf);
    }

    @Test
    void shouldRefuseAFileOverTheLimitWith413AndStoreNothing() {
        Session ada = Api.register("ada");
        String task = Planning.task(ada, Planning.project(ada), "Brief", 1);
        byte[] big = new byte[262_145];
        Arrays.fill(big, (byte) 'a');
        as(ada).multiPart("file", "big.txt", big, "text/plain")
                .post("/api/v1/tasks/{id}/attachments", task)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("maxBytes", equalTo(262_144));
        as(ada).get("/api/v1/tasks/{id}/attachments", task).then().body("", empty());
    }

    @Test
    void shouldRefuseAForbiddenTypeWith415AndStoreNothing() {
        Session ada = Api.register("ada");
        String task = Planning.task(ada, Planning.project(ada), "Brief", 1);
        as(ada).multiPart(
                        "file", "page.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "text/html")
                .post("/api/v1/tasks/{id}/attachments", task)
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("text/html"));
        as(ada).get("/api/v1/tasks/{id}/attachments", task).then().body("", empty());
    }

    @Test
    void shouldKeepOnlyTheFileNameOfAPathAndAcceptATypeWithParameters() {
        Session ada = Api.register("ada");
        String task = Planning.task(ada, Planning.project(ada), "Brief", 1);
        String id = upload(
                ada, task, "../../etc/notes.txt", "text/plain; charset=utf-8", "hi".getBytes(StandardCharsets.UTF_8));
        as(ada).get("/api/v1/attachments/{id}", id)
                .then()
                .body("fileName", equalTo("notes.txt"))
                .body("contentType", equalTo("text/plain"));
    }

    @Test
    void shouldHideAnotherWorkspacesFilesAndTasks() {
        Session ada = Api.register("ada");
        Session bob = Api.register("bob");
        String task = Planning.task(ada, Planning.project(ada), "Brief", 1);
        String id = upload(ada, task, "a.txt", "text/plain", "secret".getBytes(StandardCharsets.UTF_8));

        as(bob).get("/api/v1/attachments/{id}", id).then().statusCode(404);
        as(bob).get("/api/v1/attachments/{id}/content", id).then().statusCode(404);
        as(bob).delete("/api/v1/attachments/{id}", id).then().statusCode(404);
        as(bob).get("/api/v1/tasks/{id}/attachments", task).then().statusCode(404);
        as(bob).multiPart("file", "b.txt", "x".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/v1/tasks/{id}/attachments", task)
                .then()
                .statusCode(404);
        as(ada).get("/api/v1/tasks/{id}/attachments", task).then().body("", hasSize(1));
    }

    @Test
    void shouldLetTheUploaderOrACoordinatorRemoveAFileButNotAnotherMember() {
        Session ada = Api.register("ada");
        Session member = Api.memberOf(ada, "member");
        Session other = Api.memberOf(ada, "member");
        Session viewer = Api.memberOf(ada, "viewer");
        String task = Planning.task(ada, Planning.project(ada), "Brief", 1);
        String mine = upload(member, task, "mine.txt", "text/plain", "m".getBytes(StandardCharsets.UTF_8));
        String second = upload(member, task, "second.txt", "text/plain", "s".getBytes(StandardCharsets.UTF_8));

        as(viewer)
                .multiPart("file", "v.txt", "v".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/v1/tasks/{id}/attachments", task)
                .then()
                .statusCode(403);
        as(other).delete("/api/v1/attachments/{id}", mine).then().statusCode(403);
        as(member).delete("/api/v1/attachments/{id}", mine).then().statusCode(204);
        as(ada).delete("/api/v1/attachments/{id}", second).then().statusCode(204);
        as(ada).get("/api/v1/attachments/{id}", mine).then().statusCode(404);
        as(ada).get("/api/v1/attachments/{id}/content", second).then().statusCode(404);
        as(ada).get("/api/v1/tasks/{id}/attachments", task).then().body("", empty());
    }

    @Test
    void shouldAskForTheFilePart() {
        Session ada = Api.register("ada");
        String task = Planning.task(ada, Planning.project(ada), "Brief", 1);
        as(ada).multiPart("other", "x")
                .post("/api/v1/tasks/{id}/attachments", task)
                .then()
                .statusCode(422);
    }
}
