package app.throughline.webhook;

import app.throughline.api.Cursor;
import app.throughline.api.Etags;
import app.throughline.api.InvalidRequest;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.ResourceNotFound;
import app.throughline.api.Versioned;
import app.throughline.auth.CurrentUser;
import app.throughline.events.EventTypes;
import app.throughline.webhook.WebhookDtos.CreateWebhook;
import app.throughline.webhook.WebhookDtos.DeliveryView;
import app.throughline.webhook.WebhookDtos.Format;
import app.throughline.webhook.WebhookDtos.WebhookPatch;
import app.throughline.webhook.WebhookDtos.WebhookView;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import app.throughline.workspace.WorkspaceOwned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Webhook administration: owners and admins of the workspace only. */
@ApplicationScoped
public class WebhookService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository webhooks;
    private final WebhookTargets targets;
    private final TenantGuard guard;
    private final CurrentUser currentUser;

    WebhookService(WebhookRepository webhooks, WebhookTargets targets, TenantGuard guard, CurrentUser currentUser) {
        this.webhooks = webhooks;
        this.targets = targets;
        this.guard = guard;
        this.currentUser = currentUser;
    }

    public List<WebhookView> list(UUID workspaceId) {
        guard.require(workspaceId, Role.admin);
        return webhooks.ofWorkspace(workspaceId).stream()
                .map(w -> view(w, null))
                .toList();
    }

    @Transactional
    public Versioned<WebhookView> create(UUID workspaceId, CreateWebhook request) {
        guard.require(workspaceId, Role.admin);
        targets.check(request.url(), "url");
        Webhook w = new Webhook();
        w.id = UUID.randomUUID();
        w.workspaceId = workspaceId;
        w.url = request.url().trim();
        w.events = events(request.events());
        w.format = (request.format() == null ? Format.json : request.format()).name();
        w.active = request.active() == null || request.active();
        String generated = request.secret() == null ? generateSecret() : null;
        w.secret = generated != null ? generated : request.secret();
        w.createdBy = currentUser.id();
        w.createdAt = now();
        w.updatedAt = w.createdAt;
        webhooks.persist(w);
        webhooks.flush();
        return new Versioned<>(view(w, generated), w.version);
    }

    public Versioned<WebhookView> get(UUID id) {
        Webhook w = accessible(id);
        return new Versioned<>(view(w, null), w.version);
    }

    @Transactional
    public Versioned<WebhookView> update(UUID id, WebhookPatch patch, String ifMatch) {
        Webhook w = accessible(id);
        Etags.requireCurrent(ifMatch, w.version);
        if (patch.url() != null) {
            targets.check(patch.url(), "url");
            w.url = patch.url().trim();
        }
        if (patch.events() != null) {
            w.events = events(patch.events());
        }
        if (patch.format() != null) {
            w.format = patch.format().name();
        }
        if (patch.secret() != null) {
            w.secret = patch.secret();
        }
        if (patch.active() != null) {
            if (patch.active() && !w.active) {
                // switched back on: the run of failures starts again
                w.consecutiveFailures = 0;
                w.disabledAt = null;
            }
            w.active = patch.active();
        }
        w.updatedAt = now();
        webhooks.flush();
        return new Versioned<>(view(w, null), w.version);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Webhook w = accessible(id);
        Etags.requireCurrent(ifMatch, w.version);
        webhooks.delete(w);
    }

    public Page<DeliveryView> deliveries(UUID id, PageRequest page) {
        Webhook w = accessible(id);
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 2);
        List<DeliveryView> rows = webhooks.deliveries(
                w.id, after == null ? null : after.instant(0), after == null ? null : after.uuid(1), page.limit + 1);
        boolean more = rows.size() > page.limit;
        List<DeliveryView> shown = more ? rows.subList(0, page.limit) : rows;
        String next = null;
        if (more) {
            DeliveryView last = shown.get(shown.size() - 1);
            next = Cursor.of(webhooks.delivery(last.id()).orElseThrow().createdAt(), last.id())
                    .encode();
        }
        return new Page<>(shown, next);
    }

    @Transactional
    public DeliveryView redeliver(UUID deliveryId) {
        WebhookRepository.DeliveryRow original =
                webhooks.delivery(deliveryId).orElseThrow(() -> ResourceNotFound.of("Webhook delivery", deliveryId));
        Webhook w = webhooks.findByIdOptional(original.webhookId()).orElseThrow();
        guard.accessible(Optional.of((WorkspaceOwned) w), "Webhook delivery", deliveryId, Role.admin);
        UUID id = webhooks.redeliver(original, w.workspaceId, now());
        return webhooks.delivery(id).orElseThrow().view();
    }

    private Webhook accessible(UUID id) {
        return guard.accessible(webhooks.findByIdOptional(id), "Webhook", id, Role.admin);
    }

    private static String[] events(List<String> requested) {
        if (requested == null) {
            return new String[0];
        }
        LinkedHashSet<String> types = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String type = requested.get(i).trim();
            if (!EventTypes.ALL.contains(type)) {
                throw InvalidRequest.field(
                        "events[" + i + "]", "is not an event type; known types: " + String.join(", ", EventTypes.ALL));
            }
            types.add(type);
        }
        return types.toArray(String[]::new);
    }

    private static String generateSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static WebhookView view(Webhook w, String secret) {
        return new WebhookView(
                w.id,
                w.workspaceId,
                w.url,
                List.of(w.events == null ? new String[0] : w.events),
                Format.valueOf(w.format),
                w.active,
                w.consecutiveFailures,
                w.disabledAt,
                w.createdAt,
                w.updatedAt,
                w.version,
                secret);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
