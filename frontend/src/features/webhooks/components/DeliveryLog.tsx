import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { formatDateTime } from '@/lib/format';
import { useRedeliver, useWebhookDeliveries, type WebhookDelivery } from '../api/webhooks';

const STATUS_LABEL: Record<string, string> = {
  pending: 'Pending',
  succeeded: 'Delivered',
  failed: 'Failed',
};

function excerpt(d: WebhookDelivery): string {
  const text = d.error ?? d.responseExcerpt ?? '';
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

/** One webhook's deliveries, newest first: when, which event, outcome, time taken, the answer; redeliver. */
export function DeliveryLog({ webhookId, url }: { webhookId: string; url: string }) {
  const deliveries = useWebhookDeliveries(webhookId);
  const redeliver = useRedeliver(webhookId);
  return (
    <section className="card" aria-labelledby={`log-${webhookId}`}>
      <h2 id={`log-${webhookId}`}>Delivery log</h2>
      <p className="muted">
        Deliveries to <code>{url}</code>, newest first. Refreshes every few seconds.
      </p>
      {deliveries.isPending && <LoadingState label="Loading deliveries…" />}
      {deliveries.isError && (
        <ErrorState
          error={deliveries.error}
          title="The delivery log could not be loaded"
          onRetry={() => void deliveries.refetch()}
        />
      )}
      {deliveries.data && deliveries.data.items.length === 0 && (
        <EmptyState title="No deliveries yet">
          <p>Events matching the filter are sent within seconds of the change.</p>
        </EmptyState>
      )}
      {deliveries.data && deliveries.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Deliveries of this webhook</caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Event</th>
                <th scope="col">Status</th>
                <th scope="col">Response</th>
                <th scope="col">Duration</th>
                <th scope="col">Response excerpt</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {deliveries.data.items.map((d) => (
                <tr key={d.id}>
                  <td className="nowrap">{formatDateTime(d.at)}</td>
                  <th scope="row">
                    <code>{d.eventType}</code>
                  </th>
                  <td>
                    {STATUS_LABEL[d.status] ?? d.status}
                    {d.attempt > 1 && <span className="muted"> · attempt {d.attempt}</span>}
                  </td>
                  <td>{d.responseStatus ?? '—'}</td>
                  <td className="nowrap">{d.durationMs != null ? `${d.durationMs} ms` : '—'}</td>
                  <td className="excerpt">
                    <code>{excerpt(d)}</code>
                  </td>
                  <td className="actions">
                    <Button
                      className="btn-sm"
                      variant="secondary"
                      busy={redeliver.isPending && redeliver.variables === d.id}
                      onClick={() => redeliver.mutate(d.id)}
                      aria-label={`Redeliver ${d.eventType} of ${formatDateTime(d.at)}`}
                    >
                      Redeliver
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {redeliver.isSuccess && (
        <p role="status" className="muted">
          Queued again: the new delivery appears at the top.
        </p>
      )}
      <ProblemAlert error={redeliver.error} title="Could not redeliver" />
    </section>
  );
}
