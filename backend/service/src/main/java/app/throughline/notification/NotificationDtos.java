package app.throughline.notification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class NotificationDtos {

    private NotificationDtos() {}

    public enum Channel {
        in_app,
        email,
        off
    }

    public enum Digest {
        none,
        daily
    }

    @Schema(name = "Notification", description = "One entry of the signed-in user's inbox")
    public record NotificationView(
            UUID id,
            @Schema(example = "task.assigned") String type,

            @Schema(example = "You were assigned: Build the landing page")
            String title,

            Instant at,
            boolean read,

            @Schema(description = "Where the SPA shows the subject", example = "/projects/0b6c.../plan")
            String link) {}

    @Schema(name = "NotificationPage", description = "A page of the inbox, newest first, with the unread count")
    public record NotificationPage(
            List<NotificationView> items,

            @Schema(description = "Cursor for the next page (pass as `cursor`); absent on the last page")
            String next,

            @Schema(description = "Unread notifications in the whole inbox", example = "3")
            long unreadCount) {}

    @Schema(
            name = "MarkNotificationsRead",
            description = "`ids` (your notifications), or `all: true` for every one (then ids are ignored)")
    public record MarkRead(
            @Size(max = 500) @Schema(description = "Notifications to mark read")
            List<@NotNull UUID> ids,

            @Schema(description = "Mark every notification read", example = "true")
            Boolean all) {}

    @Schema(name = "MarkedRead")
    public record MarkedRead(
            @Schema(example = "2") int marked,
            @Schema(example = "0") long unreadCount) {}

    @Schema(
            name = "NotificationPreferences",
            description = "A channel per event type (absent types: in_app), the digest option and your time zone")
    public record Preferences(
            @NotNull
            @Schema(
                    description = "Event type → in_app | email | off",
                    example = "{\"task.updated\": \"off\", \"comment.mention\": \"email\"}")
            Map<String, Channel> types,

            @NotNull @Schema(example = "none") Digest digest,

            @Size(max = 64)
            @Schema(
                    nullable = true,
                    description = "Your IANA time zone: the daily digest of a day goes out once that day has ended"
                            + " there, and deadlines approach and pass by your calendar day. Absent or null: the"
                            + " workspace's zone",
                    example = "Europe/Berlin")
            String timeZone) {}
}
