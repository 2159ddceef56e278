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
      <BellIcon />
      {unread > 0 && (
        <span className="nav-count" aria-hidden="true">
          {' '}
          {unread}
        </span>
      )}
    </NavLink>
  );
}

/** Drawn rather than an emoji: machines without an emoji font show an empty box for U+1F514. */
function BellIcon() {
  return (
    <svg
      className="bell-icon"
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
