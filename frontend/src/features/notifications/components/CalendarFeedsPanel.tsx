import { useState } from 'react';
import { Button } from '@/components/Button';
import { ConfirmButton } from '@/components/ConfirmButton';
import { CopyButton } from '@/components/CopyButton';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ErrorState, LoadingState } from '@/components/States';
import { formatDateTime } from '@/lib/format';
import {
  feedUrls,
  useCalendarFeeds,
  useCreateCalendarFeed,
  useRevokeCalendarFeed,
  type CalendarFeed,
  type CreatedFeed,
  type FeedScope,
} from '../api/calendar-feeds';

function NewFeedNotice({ feed, onDismiss }: { feed: CreatedFeed; onDismiss: () => void }) {
  const { https, webcal } = feedUrls(feed.url);
  return (
    <div className="notice notice-success" role="region" aria-label="New calendar feed">
      <p>
        <strong>Copy this address now: it will not be shown again.</strong> Anyone who has it can
        read the calendar, so keep it private; revoke the feed if it leaks.
      </p>
      <div className="secret">
        <code aria-label="Calendar feed address">{https}</code>
        <CopyButton value={https} label="Copy address" />
      </div>
      <p>
        <a href={webcal}>Open in your calendar application</a>{' '}
        <span className="muted">(a webcal:// link; or paste the address as a subscription)</span>
      </p>
      <Button variant="ghost" onClick={onDismiss}>
        I have copied it
      </Button>
    </div>
  );
}

function FeedRow({ feed, scope }: { feed: CalendarFeed; scope: FeedScope }) {
  const revoke = useRevokeCalendarFeed(scope);
  const name = `feed ${feed.hint}`;
  return (
    <li className="feed-row">
      <code>{feed.hint}</code> <span>created {formatDateTime(feed.createdAt)}</span>
      {' · '}
      <span>
        {feed.lastUsedAt ? `last fetched ${formatDateTime(feed.lastUsedAt)}` : 'not fetched yet'}
      </span>{' '}
      <ConfirmButton
        label="Revoke"
        doing="revoking"
        name={name}
        busy={revoke.isPending}
        onConfirm={() => revoke.mutate(feed.id)}
      />
      <ProblemAlert error={revoke.error} />
    </li>
  );
}

/**
 * "Subscribe in your calendar": create a secret feed address (shown once, with copy and a
 * webcal:// link), list the live feeds by a hint of their token, revoke one.
 */
export function CalendarFeedsPanel({ scope }: { scope: FeedScope }) {
  const feeds = useCalendarFeeds(scope);
  const create = useCreateCalendarFeed(scope);
  const [created, setCreated] = useState<CreatedFeed | null>(null);
  const what =
    scope.kind === 'personal'
      ? "your tasks' deadlines and finish dates and the milestones you own"
      : "this project's milestones and task deadlines";
  return (
    <div className="stack calendar-feeds">
      <p className="muted">
        A private address your calendar application (Outlook, Google Calendar, Apple Calendar)
        subscribes to, showing {what} as all-day events.
      </p>
      {created && <NewFeedNotice feed={created} onDismiss={() => setCreated(null)} />}
      {feeds.isPending && <LoadingState label="Loading calendar feeds…" />}
      {feeds.isError && (
        <ErrorState
          error={feeds.error}
          title="Calendar feeds could not be loaded"
          onRetry={() => void feeds.refetch()}
        />
      )}
      {feeds.data && feeds.data.items.length > 0 && (
        <ul className="plain-list" aria-label="Your calendar feeds">
          {feeds.data.items.map((f) => (
            <FeedRow key={f.id} feed={f} scope={scope} />
          ))}
        </ul>
      )}
      {feeds.data && feeds.data.items.length === 0 && !created && (
        <p className="muted">No feed yet.</p>
      )}
      <div>
        <Button
          variant="secondary"
          busy={create.isPending}
          onClick={() => create.mutate(undefined, { onSuccess: (feed) => setCreated(feed) })}
        >
          Create calendar feed
        </Button>
      </div>
      <ProblemAlert error={create.error} title="The feed could not be created" />
    </div>
  );
}
