import { useState } from 'react';
import { Button } from '@/components/Button';
import { ConfirmButton } from '@/components/ConfirmButton';
import { CopyButton } from '@/components/CopyButton';
import { ProblemAlert } from '@/components/ProblemAlert';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { formatDateTime } from '@/lib/format';
import {
  useCreateWebhook,
  useDeleteWebhook,
  useUpdateWebhook,
  useWebhooks,
  type Webhook,
} from '../api/webhooks';
import { DeliveryLog } from './DeliveryLog';
import { WebhookForm } from './WebhookForm';

function NewSecretNotice({ webhook, onDismiss }: { webhook: Webhook; onDismiss: () => void }) {
  return (
    <section className="notice notice-success" aria-labelledby="new-webhook-title">
      <h2 id="new-webhook-title">Webhook created</h2>
      <p>
        <strong>Copy the signing secret now: it will not be shown again.</strong> Receivers use it
        to check the <code>Throughline-Signature</code> header of every delivery.
      </p>
      <div className="secret">
        <code aria-label="Signing secret">{webhook.secret}</code>
        <CopyButton value={webhook.secret ?? ''} label="Copy secret" />
      </div>
      <Button variant="ghost" onClick={onDismiss}>
        I have copied it
      </Button>
    </section>
  );
}

function status(w: Webhook): string {
  if (w.active) return 'Active';
  return w.disabledAt
    ? `Switched off after ${w.consecutiveFailures} failures (${formatDateTime(w.disabledAt)})`
    : 'Off';
}

function WebhookRow({
  workspaceId,
  webhook,
  onEdit,
  onShowLog,
  logShown,
}: {
  workspaceId: string;
  webhook: Webhook;
  onEdit: () => void;
  onShowLog: () => void;
  logShown: boolean;
}) {
  const remove = useDeleteWebhook(workspaceId);
  return (
    <tr>
      <th scope="row">
        <code className="break">{webhook.url}</code>
      </th>
      <td>{webhook.events.length === 0 ? 'All events' : webhook.events.join(', ')}</td>
      <td>{webhook.format === 'slack' ? 'Slack' : 'JSON'}</td>
      <td>{status(webhook)}</td>
      <td className="actions">
        <Button
          className="btn-sm"
          variant="secondary"
          aria-pressed={logShown}
          onClick={onShowLog}
          aria-label={`Delivery log of ${webhook.url}`}
        >
          Delivery log
        </Button>{' '}
        <Button
          className="btn-sm"
          variant="secondary"
          onClick={onEdit}
          aria-label={`Edit ${webhook.url}`}
        >
          Edit
        </Button>{' '}
        <ConfirmButton
          label="Delete"
          doing="deleting"
          name={webhook.url}
          busy={remove.isPending}
          onConfirm={() => remove.mutate(webhook)}
        />
        <ProblemAlert error={remove.error} />
      </td>
    </tr>
  );
}

function EditWebhook({
  workspaceId,
  webhook,
  onDone,
}: {
  workspaceId: string;
  webhook: Webhook;
  onDone: () => void;
}) {
  const update = useUpdateWebhook(workspaceId);
  return (
    <section className="card" aria-labelledby="edit-webhook-title">
      <h2 id="edit-webhook-title">Edit webhook</h2>
      <WebhookForm
        initial={{
          url: webhook.url,
          events: webhook.events,
          format: webhook.format,
          active: webhook.active,
        }}
        submitLabel="Save webhook"
        busy={update.isPending}
        error={update.error}
        onCancel={onDone}
        onSubmit={(values) =>
          update.mutate({ webhook, patch: values }, { onSuccess: () => onDone() })
        }
      />
    </section>
  );
}

/** Webhooks of the workspace (admins): list, create with a one-time secret, edit, delete, delivery log. */
export function WebhooksPanel({ workspaceId }: { workspaceId: string }) {
  const webhooks = useWebhooks(workspaceId);
  const create = useCreateWebhook(workspaceId);
  const [created, setCreated] = useState<Webhook | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [logOf, setLogOf] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const items = webhooks.data ?? [];
  const editingWebhook = items.find((w) => w.id === editing);
  const logWebhook = items.find((w) => w.id === logOf);
  return (
    <div className="stack">
      {created && <NewSecretNotice webhook={created} onDismiss={() => setCreated(null)} />}
      <section className="card" aria-labelledby="webhooks-title">
        <h2 id="webhooks-title">Webhooks</h2>
        {webhooks.isPending && <LoadingState label="Loading webhooks…" />}
        {webhooks.isError && (
          <ErrorState
            error={webhooks.error}
            title="The webhooks could not be loaded"
            onRetry={() => void webhooks.refetch()}
          />
        )}
        {webhooks.data && items.length === 0 && (
          <EmptyState title="No webhooks yet">
            <p>Add one below to send this workspace&apos;s events to another system.</p>
          </EmptyState>
        )}
        {items.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Webhooks of this workspace</caption>
              <thead>
                <tr>
                  <th scope="col">URL</th>
                  <th scope="col">Events</th>
                  <th scope="col">Format</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((w) => (
                  <WebhookRow
                    key={w.id}
                    workspaceId={workspaceId}
                    webhook={w}
                    logShown={logOf === w.id}
                    onEdit={() => setEditing(w.id)}
                    onShowLog={() => setLogOf(logOf === w.id ? null : w.id)}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {editingWebhook && (
        <EditWebhook
          key={editingWebhook.id}
          workspaceId={workspaceId}
          webhook={editingWebhook}
          onDone={() => setEditing(null)}
        />
      )}
      {logWebhook && <DeliveryLog webhookId={logWebhook.id} url={logWebhook.url} />}
      <section className="card" aria-labelledby="new-webhook-form-title">
        <h2 id="new-webhook-form-title">Add a webhook</h2>
        <WebhookForm
          key={formKey}
          submitLabel="Create webhook"
          busy={create.isPending}
          error={create.error}
          onSubmit={(values) =>
            create.mutate(values, {
              onSuccess: (webhook) => {
                setCreated(webhook);
                setFormKey((k) => k + 1);
              },
            })
          }
        />
      </section>
    </div>
  );
}
