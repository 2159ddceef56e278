import { NavLink } from 'react-router';
import { useNotifications } from '@/features/notifications/api/notifications';

/** The inbox in the header: a bell with the number of unread notifications. */
export function NotificationsBell() {
  const inbox = useNotifications(false);
  const unread = inbox.data?.unreadCount ?? 0;
  return (
    <NavLink
      to="/notifications"
      className="notifications-bell"
      aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
    >
      <span aria-hidden="true">🔔</span>
      {unread > 0 && (
        <span className="nav-count" aria-hidden="true">
          {' '}
          {unread}
        </span>
      )}
    </NavLink>
  );
}
