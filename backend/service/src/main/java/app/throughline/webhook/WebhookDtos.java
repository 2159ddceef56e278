package app.throughline.webhook;

import app.throughline.api.ShownOnce;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class WebhookDtos {

    private WebhookDtos() {}

    public enum Format {
        json,
        slack
    }

    @Schema(
            name = "Webhook",
            description = "A receiver of the workspace's events; its secret is never shown after creation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WebhookView(
            UUID id,
            UUID workspaceId,

            @Schema(example = "https://hooks.example.com/throughline")
            String url,

            @Schema(
                    description = "Event types delivered; empty = all",
                    example = "[\"task.overdue\", \"risk.escalated\"]")
            List<String> events,

            @Schema(example = "json") Format format,

            @Schema(description = "Off after too many consecutive failures, or when switched off")
            boolean active,

            @Schema(example = "0") int consecutiveFailures,

            @Schema(description = "When deliveries failing in a row switched it off")
            Instant disabledAt,

            Instant createdAt,
            Instant updatedAt,
            long version,

            @Schema(
                    description =
                            "The signing secret, generated when none was sent: present only in the creation response",
                    example = "whsec_4q9V0m3Zb1hXyJr2sTn8kWcA")
            String secret)
            implements ShownOnce {

        @Override
        public Object withoutSecret() {
            return new WebhookView(
                    id,
                    workspaceId,
                    url,
                    events,
                    format,
                    active,
                    consecutiveFailures,
                    disabledAt,
                    createdAt,
                    updatedAt,
                    version,
                    null);
        }
    }

    @Schema(name = "CreateWebhook")
    public record CreateWebhook(
            @NotBlank @Size(max = 2000) @Schema(example = "https://hooks.example.com/throughline")
            String url,

            @Size(max = 50)
            @Schema(description = "Event types to deliver; absent or empty = all", example = "[\"task.overdue\"]")
            List<@NotNull String> events,

            @Schema(example = "json", defaultValue = "json") Format format,
            @Schema(defaultValue = "true") Boolean active,

            @Size(min = 16, max = 200)
            @Schema(description = "Signing secret (16–200 characters); generated and returned once when absent")
            String secret) {}

    @Schema(name = "WebhookPatch", description = "Fields sent are changed; a new url is checked like on creation")
    public record WebhookPatch(
            @Size(min = 1, max = 2000) @Schema(example = "https://hooks.example.com/v2")
            String url,

            @Size(max = 50) List<@NotNull String> events,
            Format format,

            @Schema(description = "true re-enables a webhook that was switched off after failures")
            Boolean active,

            @Size(min = 16, max = 200) @Schema(description = "A new signing secret (write-only)")
            String secret) {}

    @Schema(name = "WebhookDelivery", description = "One event sent (or being retried) to a webhook")
    public record DeliveryView(
            UUID id,
            UUID webhookId,
            UUID eventId,
            @Schema(example = "task.overdue") String eventType,

            @Schema(description = "Attempts made so far", example = "1")
            int attempt,

            @Schema(description = "pending (queued or retrying), succeeded, failed (gave up)", example = "succeeded")
            String status,

            @Schema(example = "200") Integer responseStatus,
            @Schema(example = "84") Integer durationMs,

            @Schema(description = "The start of the receiver's answer (at most 2,000 characters)")
            String responseExcerpt,

            @Schema(description = "Why the last attempt failed, if it did")
            String error,

            @Schema(description = "When the next attempt is due (pending only)")
            Instant nextAttemptAt,

            @Schema(description = "When the last attempt was made, or the delivery queued")
            Instant at) {}
}
