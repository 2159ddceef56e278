import { useState } from 'react';
import { Button } from '@/components/Button';
import { CopyButton } from '@/components/CopyButton';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ErrorState, LoadingState } from '@/components/States';
import { formatDateTime } from '@/lib/format';
import { useCreateShareLink } from '../api/create-share-link';
import { useRevokeShareLink, useShareLinks, type ShareLinkSummary } from '../api/share-links';

const STATES: Record<string, string> = { active: 'Active', expired: 'Expired', revoked: 'Revoked' };

/**
 * Creates a stakeholder link to the published reports and shows it once, to copy; lists the
 * project's links with when they were created, expire and were last used, and revokes them.
 */
export function SharePanel({ projectId }: { projectId: string }) {
  const create = useCreateShareLink(projectId);
  const url = create.data ? `${window.location.origin}${create.data.url}` : null;
  return (
    <section className="share-panel" aria-labelledby="share-heading">
      <h2 id="share-heading">Share with stakeholders</h2>
      <p className="muted">
        A secret link shows the published reports and milestone health without an account — no
        tasks, no internal comments.
      </p>
      {url ? (
        <p>
          <label htmlFor="share-url">Share link (shown once)</label>{' '}
          <input id="share-url" readOnly value={url} size={60} />{' '}
          <CopyButton value={url} label="Copy link" />
        </p>
      ) : (
        <Button variant="secondary" onClick={() => create.mutate()} busy={create.isPending}>
          Create share link
        </Button>
      )}
      <ProblemAlert error={create.error} title="The link could not be created" />
      <ShareLinkList projectId={projectId} />
    </section>
  );
}

function ShareLinkList({ projectId }: { projectId: string }) {
  const links = useShareLinks(projectId);
  const revoke = useRevokeShareLink(projectId);
  const [confirming, setConfirming] = useState<string | null>(null);
  if (links.isPending) return <LoadingState label="Loading the share links…" />;
  if (links.isError)
    return (
      <ErrorState
        error={links.error}
        title="The share links could not be loaded"
        onRetry={() => void links.refetch()}
      />
    );
  const items = links.data.items;
  if (items.length === 0) return <p className="muted">No share links yet.</p>;
  const name = (l: ShareLinkSummary) => `link created ${formatDateTime(l.createdAt)}`;
  return (
    <>
      <table className="share-links">
        <caption>Share links</caption>
        <thead>
          <tr>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col">Last used</th>
            <th scope="col">State</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((l) => (
            <tr key={l.id}>
              <td>
                {formatDateTime(l.createdAt)}
                {l.createdByName ? <span className="muted"> by {l.createdByName}</span> : null}
              </td>
              <td>{l.expiresAt ? formatDateTime(l.expiresAt) : 'Never'}</td>
              <td>{l.lastUsedAt ? formatDateTime(l.lastUsedAt) : 'Not yet'}</td>
              <td>
                {STATES[l.state] ?? l.state}
                {l.revokedAt ? <span className="muted"> {formatDateTime(l.revokedAt)}</span> : null}
              </td>
              <td>
                {l.state !== 'active' ? null : confirming === l.id ? (
                  <span className="share-confirm">
                    <Button
                      variant="danger"
                      busy={revoke.isPending}
                      aria-label={`Revoke now the ${name(l)}`}
                      onClick={() => revoke.mutate(l.id, { onSuccess: () => setConfirming(null) })}
                    >
                      Revoke now
                    </Button>{' '}
                    <Button variant="secondary" onClick={() => setConfirming(null)}>
                      Keep
                    </Button>
                  </span>
                ) : (
                  <Button
                    variant="secondary"
                    aria-label={`Revoke the ${name(l)}`}
                    onClick={() => setConfirming(l.id)}
                  >
                    Revoke
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ProblemAlert error={revoke.error} title="The link could not be revoked" />
    </>
  );
}
