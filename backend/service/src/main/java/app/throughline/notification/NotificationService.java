package app.throughline.notification;

import app.throughline.api.Cursor;
import app.throughline.api.InvalidRequest;
import app.throughline.api.PageRequest;
import app.throughline.auth.CurrentUser;
import app.throughline.notification.NotificationDtos.MarkRead;
import app.throughline.notification.NotificationDtos.MarkedRead;
import app.throughline.notification.NotificationDtos.NotificationPage;
import app.throughline.notification.NotificationDtos.NotificationView;
import app.throughline.notification.NotificationDtos.Preferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The signed-in user's inbox and preferences: only ever their own rows. */
@ApplicationScoped
public class NotificationService {

    private final NotificationRepository notifications;
    private final NotificationPreferences preferences;
    private final CurrentUser currentUser;

    NotificationService(
            NotificationRepository notifications, NotificationPreferences preferences, CurrentUser currentUser) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    public NotificationPage inbox(boolean unreadOnly, PageRequest page) {
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 2);
        List<NotificationRepository.Row> rows = notifications.page(
                currentUser.id(),
                unreadOnly,
                after == null ? null : after.instant(0),
                after == null ? null : after.uuid(1),
                page.limit + 1);
        boolean more = rows.size() > page.limit;
        List<NotificationRepository.Row> shown = more ? rows.subList(0, page.limit) : rows;
        String next = more
                ? Cursor.of(
                                shown.get(shown.size() - 1).createdAt(),
                                shown.get(shown.size() - 1).id())
                        .encode()
                : null;
        return new NotificationPage(
                shown.stream()
                        .map(r -> new NotificationView(
                                r.id(), r.type(), r.title(), r.createdAt(), r.readAt() != null, r.link()))
                        .toList(),
                next,
                notifications.unreadCount(currentUser.id()));
    }

    @Transactional
    public MarkedRead markRead(MarkRead request) {
        boolean all = Boolean.TRUE.equals(request.all());
        if (!all && request.ids() == null) {
            throw InvalidRequest.field("ids", "send the ids to mark read, or all: true");
        }
        int marked = notifications.markRead(
                currentUser.id(), all ? null : request.ids(), Instant.now().truncatedTo(ChronoUnit.MICROS));
        return new MarkedRead(marked, notifications.unreadCount(currentUser.id()));
    }

    public Preferences preferences() {
        return preferences.of(currentUser.id());
    }

    @Transactional
    public Preferences savePreferences(Preferences request) {
        return preferences.save(currentUser.id(), request);
    }
}
