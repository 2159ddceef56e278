import { Link } from 'react-router';
import { Button } from '@/components/Button';
import { PageHeader } from '@/components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import {
  useMarkNotificationsRead,
  useNotifications,
} from '@/features/notifications/api/notifications';
import { usePageTitle } from '@/lib/use-page-title';

export function NotificationsRoute() {
  usePageTitle('Notifications');
  const inbox = useNotifications(false);
  const markRead = useMarkNotificationsRead();
  return (
    <div className="stack">
      <PageHeader
        title="Notifications"
        description="Changes that concern you: your tasks, approvals you decide, mentions and reminders."
        actions={<Link to="/notifications/preferences">Preferences and calendar feeds</Link>}
      />
      {inbox.isPending && <LoadingState label="Loading notifications" />}
      {inbox.isError && (
        <ErrorState
          error={inbox.error}
          title="Could not load notifications"
          onRetry={() => void inbox.refetch()}
        />
      )}
      {inbox.data && inbox.data.items.length === 0 && <EmptyState title="Nothing new" />}
      {inbox.data && inbox.data.items.length > 0 && (
        <>
          <div>
            <Button
              variant="secondary"
              busy={markRead.isPending}
              disabled={inbox.data.unreadCount === 0}
              onClick={() => markRead.mutate({ ids: [], all: true })}
            >
              Mark all read
            </Button>
          </div>
          <ul className="notification-list" aria-label="Notifications">
            {inbox.data.items.map((n) => (
              <li
                key={n.id}
                className={n.read ? 'notification' : 'notification notification-unread'}
              >
                {!n.read && <span className="visually-hidden">Unread: </span>}
                {n.link ? <Link to={n.link}>{n.title}</Link> : <span>{n.title}</span>}{' '}
                <time dateTime={n.at}>{new Date(n.at).toLocaleString()}</time>{' '}
                {!n.read && (
                  <Button
                    variant="ghost"
                    onClick={() => markRead.mutate({ ids: [n.id], all: false })}
                  >
                    Mark read
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
