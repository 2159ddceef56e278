package app.throughline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * E-mail goes through Quarkus Mailer to a real SMTP server (GreenMail, in process, on the port the
 * test profile configures): per event for the types a user set to "email", and once a day as a
 * digest for those who chose it — once, however often the digest job runs.
 */
@QuarkusTest
class EmailTest {

    static GreenMail smtp;

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    EmailSender sender;

    @Inject
    Digests digests;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(18325, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void drain() throws Exception {
        // earlier tests' events and queued mail: out of the way before counting
        dispatcher.dispatchAll();
        while (sender.sendDue() > 0) {
            // send what other tests queued
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    private record Team(Session ada, Session bob, String project, String bobPerson) {}

    private static Team team() {
        Session ada = Api.register("ada");
        Session bob = Api.memberOf(ada, "member");
        String bobPerson = Planning.person(ada, "Bob", bob.userId());
        return new Team(ada, bob, Planning.project(ada), bobPerson);
    }

    private static void assignBob(Team t, String task) {
        t.ada()
                .request()
                .body(Map.of("personId", t.bobPerson(), "units", 1))
                .post("/api/v1/tasks/{id}/assignments", task)
                .then()
                .statusCode(201);
    }

    private static void prefer(Session who, Map<String, String> types, String digest) {
        who.request()
                .body(Map.of("types", types, "digest", digest))
                .put("/api/v1/me/notification-preferences")
                .then()
                .statusCode(200);
    }

    private List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void shouldMailAnEventTheUserChoseEmailFor() throws Exception {
        Team t = team();
        prefer(t.bob(), Map.of("task.assigned", "email"), "none");
        assignBob(t, Planning.task(t.ada(), t.project(), "Book the venue", 1));
        dispatcher.dispatchAll();
        assertThat(sender.sendDue()).isGreaterThanOrEqualTo(1);

        List<MimeMessage> mails = mailTo(t.bob().email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("[Throughline] Assigned: Book the venue");
        assertThat(GreenMailUtil.getBody(mails.get(0)))
                .contains("http://throughline.test/projects/" + t.project() + "/plan");
        // the inbox has it too
        t.bob()
                .request()
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .body("items[0].title", org.hamcrest.Matchers.equalTo("Assigned: Book the venue"));
        // sent once: another run sends nothing more
        sender.sendDue();
        assertThat(mailTo(t.bob().email())).hasSize(1);
    }

    @Test
    void shouldNotMailTypesLeftInApp() {
        Team t = team();
        prefer(t.bob(), Map.of("task.updated", "email"), "none");
        assignBob(t, Planning.task(t.ada(), t.project(), "Print flyers", 1));
        dispatcher.dispatchAll();
        sender.sendDue();
        assertThat(mailTo(t.bob().email())).isEmpty();
    }

    @Test
    void shouldSendOneDigestPerDayInsteadOfSingleMails() throws Exception {
        Team t = team();
        prefer(t.bob(), Map.of("task.assigned", "email"), "daily");
        assignBob(t, Planning.task(t.ada(), t.project(), "Order catering", 1));
        assignBob(t, Planning.task(t.ada(), t.project(), "Hire a band", 1));
        dispatcher.dispatchAll();
        sender.sendDue();
        assertThat(mailTo(t.bob().email()))
                .as("no single mails with the digest")
                .isEmpty();

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(digests.build(today)).isGreaterThanOrEqualTo(1);
        // a second run (another replica, the next hour) claims nothing
        digests.build(today);
        sender.sendDue();
        sender.sendDue();

        List<MimeMessage> mails = mailTo(t.bob().email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Throughline digest for " + today + ": 2 notifications");
        assertThat(GreenMailUtil.getBody(mails.get(0)))
                .contains("Assigned: Order catering")
                .contains("Assigned: Hire a band");
    }

    @Test
    void shouldBuildEachDigestOnceWhenReplicasRaceForIt() throws Exception {
        Team t = team();
        prefer(t.bob(), Map.of(), "daily");
        assignBob(t, Planning.task(t.ada(), t.project(), "Rent chairs", 1));
        dispatcher.dispatchAll();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // two "replicas" build the same day's digests at the same moment
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> digests.build(today));
            var b = pool.submit(() -> digests.build(today));
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }
        sender.sendDue();
        assertThat(mailTo(t.bob().email())).hasSize(1);
    }
}
