package app.throughline.webhook;

import app.throughline.api.ApiException;
import app.throughline.notification.NotificationRepository;
import app.throughline.notification.Outbox;
import app.throughline.platform.ThroughlineConfig;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries. Each is claimed with a lease (another replica skips it; if this one dies
 * the lease runs out and it is sent again: at least once, receivers deduplicate by the event id
 * in {@code Throughline-Delivery}). A claimed batch is read in one transaction, sent by {@code
 * throughline.webhooks.concurrency} threads at once and its results are recorded in one
 * transaction; no order among deliveries is promised (retries reorder them anyway: receivers
 * order by {@code occurredAt}). The URL passes the SSRF guard again right before each request and
 * the request goes to the address the guard checked (plain http; https connects by name for TLS);
 * redirects are never followed. Failures are retried with exponential backoff and jitter for up
 * to a day; a run of failed attempts switches the webhook off and tells the workspace's admins.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final int EXCERPT = 2000;

    static {
        // sending to the checked address needs our own Host header, which the JDK client restricts
        String key = "jdk.httpclient.allowRestrictedHeaders";
        String value = System.getProperty(key, "");
        if (!value.toLowerCase(Locale.ROOT).contains("host")) {
            System.setProperty(key, value.isBlank() ? "host" : value + ",host");
        }
    }

    private final WebhookRepository webhooks;
    private final WebhookTargets targets;
    private final Outbox outbox;
    private final NotificationRepository notifications;
    private final ObjectMapper json;
    private final ThroughlineConfig.Webhooks config;
    private final HttpClient client;
    /** Threads that send (each blocks on one request); {@code concurrency} of them. */
    private final ExecutorService senders;
    /** Deliveries claimed at once: a few rounds of {@code concurrency}, finished well within the lease. */
    private final int batch;

    private final Duration lease;

    WebhookSender(
            WebhookRepository webhooks,
            WebhookTargets targets,
            Outbox outbox,
            NotificationRepository notifications,
            ObjectMapper json,
            ThroughlineConfig config) {
        this.webhooks = webhooks;
        this.targets = targets;
        this.outbox = outbox;
        this.notifications = notifications;
        this.json = json;
        this.config = config.webhooks();
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(this.config.timeout())
                .build();
        int concurrency = Math.max(1, this.config.concurrency());
        // worst case every request of a batch times out: rounds × timeout must stay inside the lease
        this.lease = this.config.lease();
        long rounds =
                Math.max(1, Math.min(4, lease.dividedBy(this.config.timeout().multipliedBy(2))));
        this.batch = (int) (concurrency * rounds);
        AtomicInteger n = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "webhook-sender-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    @Scheduled(
            every = "${throughline.webhooks.deliver-every:2s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        try {
            while (deliverDue() == batch) {
                // keep going while full batches come back
            }
        } catch (RuntimeException e) {
            LOG.warn("Webhook delivery run failed; the next one retries", e);
        }
    }

    /** Sends one batch of due deliveries; returns how many were attempted. */
    @ActivateRequestContext
    public int deliverDue() {
        return deliverDue(null);
    }

    /** Sends one batch of the workspace's due deliveries only (tests: no other workspace's receiver is called). */
    @ActivateRequestContext
    public int deliverDue(UUID onlyWorkspace) {
        Instant now = now();
        List<WebhookRepository.Due> due = QuarkusTransaction.requiringNew()
                .call(() -> webhooks.claimDue(now, now.plus(lease), batch, onlyWorkspace));
        if (due.isEmpty()) {
            return 0;
        }
        // what to send, for the whole batch in one read
        Map<UUID, Webhook> hooks = new HashMap<>();
        Map<UUID, Outbox.Entry> events = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            Set<UUID> hookIds = new HashSet<>();
            Set<UUID> eventIds = new HashSet<>();
            due.forEach(d -> {
                hookIds.add(d.webhookId());
                eventIds.add(d.eventId());
            });
            for (Webhook w : webhooks.byIds(hookIds)) {
                webhooks.getEntityManager().detach(w);
                hooks.put(w.id, w);
            }
            outbox.findAll(eventIds).forEach(e -> events.put(e.id(), e));
        });
        // the requests, `concurrency` at a time; each one's outcome (never an exception)
        List<Future<Attempt>> sent = new ArrayList<>(due.size());
        for (WebhookRepository.Due d : due) {
            Webhook w = hooks.get(d.webhookId());
            Outbox.Entry e = events.get(d.eventId());
            sent.add(senders.submit(() -> attempt(d, w, e)));
        }
        List<Attempt> attempts = new ArrayList<>(due.size());
        for (int i = 0; i < due.size(); i++) {
            attempts.add(outcome(due.get(i), sent.get(i)));
        }
        // the results, in claim order, in one transaction (a crash before it commits: the leases run
        // out and the batch is sent again — at least once)
        try {
            QuarkusTransaction.requiringNew().run(() -> record(attempts));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Recording %d delivery attempts failed; they are sent again after their lease", due.size());
        }
        return due.size();
    }

    /** What one delivery attempt came to; {@code skip} when its webhook or event is gone (nothing to record). */
    private record Attempt(
            WebhookRepository.Due due,
            Webhook webhook,
            boolean skip,
            Integer status,
            int ms,
            String excerpt,
            String error) {}

    private Attempt outcome(WebhookRepository.Due d, Future<Attempt> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(d, null, true, null, 0, null, null);
        } catch (ExecutionException e) {
            LOG.warnf(e.getCause(), "Delivery %s failed unexpectedly; retried after its lease", d.id());
            return new Attempt(d, null, true, null, 0, null, null);
        }
    }

    /** Sends one delivery (on a sender thread). */
    private Attempt attempt(WebhookRepository.Due d, Webhook w, Outbox.Entry event) {
        if (w == null || event == null) {
            return new Attempt(d, w, true, null, 0, null, null); // deleted meanwhile: the delivery went with it
        }
        if (!w.active) {
            return new Attempt(d, w, false, null, 0, null, "the webhook is switched off");
        }
        long start = System.nanoTime();
        Integer status = null;
        String excerpt = null;
        String error = null;
        try {
            // the SSRF guard again, right before this request: the address it resolved is the one dialled
            WebhookTargets.Target target = targets.check(w.url, "url");
            String body = body(w, event);
            HttpResponse<InputStream> response =
                    client.send(request(target, w, event, body), HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            try (InputStream in = response.body()) {
                byte[] head = in.readNBytes(EXCERPT);
                excerpt = new String(head, StandardCharsets.UTF_8);
            }
            if (status < 200 || status >= 300) {
                error = status >= 300 && status < 400
                        ? "the receiver answered " + status + " (redirects are not followed)"
                        : "the receiver answered " + status;
            }
        } catch (ApiException refused) {
            error = "refused by the SSRF guard: " + refused.getMessage();
        } catch (IOException e) {
            error = "could not deliver: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        int ms = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - start) / 1_000_000);
        return new Attempt(d, w, false, status, ms, excerpt, error);
    }

    /**
     * Records a batch's attempts as if one after the other in claim order: the successes in one
     * statement, a webhook's run of failures reset once if any of its attempts succeeded, and only
     * the failures after its last success counted towards switching it off.
     */
    private void record(List<Attempt> attempts) {
        Instant at = now();
        Map<UUID, Integer> lastSuccess = new HashMap<>();
        List<WebhookRepository.Success> successes = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            Attempt a = attempts.get(i);
            if (!a.skip() && a.error() == null) {
                lastSuccess.put(a.due().webhookId(), i);
                String excerpt = a.excerpt() == null ? null : a.excerpt().replace("\0", "");
                successes.add(new WebhookRepository.Success(a.due().id(), a.status(), a.ms(), excerpt));
            }
        }
        webhooks.recordSuccesses(successes, at);
        lastSuccess.keySet().forEach(webhooks::resetFailures);
        for (int i = 0; i < attempts.size(); i++) {
            Attempt a = attempts.get(i);
            if (!a.skip() && a.error() != null) {
                recordFailure(a, i > lastSuccess.getOrDefault(a.due().webhookId(), -1), at);
            }
        }
    }

    private void recordFailure(Attempt a, boolean counts, Instant at) {
        WebhookRepository.Due d = a.due();
        String error = a.error();
        String shortError = error.length() > 500 ? error.substring(0, 500) : error;
        if (!a.webhook().active) {
            webhooks.recordAttempt(d.id(), "failed", null, 0, null, shortError, null, at);
            return;
        }
        Instant next = at.plus(backoff(d.attempt()));
        boolean giveUp = next.isAfter(d.createdAt().plus(config.retryFor()));
        webhooks.recordAttempt(
                d.id(),
                giveUp ? "failed" : "pending",
                a.status(),
                a.ms(),
                a.excerpt(),
                shortError,
                giveUp ? null : next,
                at);
        if (counts && webhooks.countFailure(d.webhookId(), config.disableAfterFailures(), at)) {
            for (UUID admin : webhooks.administrators(a.webhook().workspaceId)) {
                notifications.insert(
                        admin,
                        a.webhook().workspaceId,
                        UUID.randomUUID(),
                        "webhook.disabled",
                        "Webhook switched off after " + config.disableAfterFailures() + " failed deliveries: "
                                + a.webhook().url,
                        "/workspace",
                        at);
            }
        }
    }

    /** 10 s, 20 s, 40 s … capped at 6 h, each ±20 % so retries of many deliveries spread out. */
    static Duration backoff(int attempt) {
        long base = 10L << Math.min(Math.max(attempt - 1, 0), 11);
        long capped = Math.min(base, Duration.ofHours(6).toSeconds());
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis((long) (capped * 1000 * jitter));
    }

    private HttpRequest request(WebhookTargets.Target target, Webhook w, Outbox.Entry event, String body) {
        URI uri = target.uri();
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            // connect to the address the guard checked: a second DNS answer cannot send us elsewhere
            String ip = target.address().getHostAddress();
            String literal = target.address() instanceof Inet6Address ? "[" + ip + "]" : ip;
            String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            try {
                return signed(
                        HttpRequest.newBuilder(URI.create("http://" + literal + ":" + target.port() + path))
                                .header(
                                        "Host",
                                        uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort()),
                        w,
                        event,
                        body);
            } catch (IllegalArgumentException restricted) {
                // the JDK refused the Host header (its client was set up before this class): send by name
                LOG.debug("Host header refused by the JDK HTTP client; sending by host name", restricted);
            }
        }
        return signed(HttpRequest.newBuilder(uri), w, event, body);
    }

    private HttpRequest signed(HttpRequest.Builder builder, Webhook w, Outbox.Entry event, String body) {
        long t = Instant.now().getEpochSecond();
        return builder.timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Throughline-Webhooks/1")
                .header("Throughline-Event", event.type())
                .header("Throughline-Delivery", event.id().toString())
                .header("Throughline-Signature", "t=" + t + ",v1=" + sign(w.secret, t + "." + body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    /** The JSON payload (event id, type, occurredAt, data…) or, for Slack, {@code {"text": …}}. */
    String body(Webhook w, Outbox.Entry event) throws IOException {
        Map<String, Object> data = json.readValue(event.data(), new TypeReference<Map<String, Object>>() {});
        if ("slack".equals(w.format)) {
            Object title = data.get("title");
            return json.writeValueAsString(
                    Map.of("text", "Throughline: " + event.type() + (title == null ? "" : " — " + title)));
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", event.id());
        payload.put("type", event.type());
        payload.put("occurredAt", event.occurredAt().toString());
        payload.put("workspaceId", event.workspaceId());
        payload.put("projectId", event.projectId());
        payload.put("subjectId", event.subjectId());
        payload.put("data", data);
        return json.writeValueAsString(payload);
    }

    /** Hex HMAC-SHA256 with the secret's UTF-8 bytes as the key. */
    static String sign(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
