import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SelectField } from '@/components/SelectField';
import { TextField } from '@/components/TextField';
import { EVENT_TYPES } from '@/lib/event-types';
import { ApiError, fieldError } from '@/lib/api/problem';
import { webhookUrlText } from '@/lib/api/user-text';
import type { WebhookFormat } from '../api/webhooks';

export type WebhookValues = {
  url: string;
  events: string[];
  format: WebhookFormat;
  active: boolean;
};

type Props = {
  initial?: WebhookValues;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (values: WebhookValues) => void;
  onCancel?: () => void;
};

const FORMATS = [
  { value: 'json', label: 'JSON (signed event)' },
  { value: 'slack', label: 'Slack / chat incoming webhook' },
] as const;

/** The fields of a webhook: URL, which events, payload format and whether it is on. */
export function WebhookForm({ initial, submitLabel, busy, error, onSubmit, onCancel }: Props) {
  const [url, setUrl] = useState(initial?.url ?? '');
  const [events, setEvents] = useState<string[]>(initial?.events ?? []);
  const [format, setFormat] = useState<WebhookFormat>(initial?.format ?? 'json');
  const [active, setActive] = useState(initial?.active ?? true);
  const urlProblem = fieldError(error, 'url');
  const eventsProblem =
    error instanceof ApiError
      ? error.fieldErrors.find((e) => e.field.includes('events'))?.message
      : undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit({ url: url.trim(), events, format, active });
  }

  function toggle(type: string, on: boolean) {
    setEvents((old) => (on ? [...old, type] : old.filter((t) => t !== type)));
  }

  return (
    <form className="stack webhook-form" onSubmit={submit} noValidate>
      <TextField
        label="Receiver URL"
        type="url"
        required
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        placeholder="https://hooks.example.com/throughline"
        hint="Must be a public http(s) address; addresses inside your network are refused."
        error={urlProblem ? webhookUrlText(urlProblem) : undefined}
      />
      <SelectField
        label="Payload format"
        value={format}
        onChange={(e) => setFormat(e.target.value as WebhookFormat)}
        options={FORMATS}
      />
      <fieldset className="event-filter">
        <legend>Events</legend>
        <p className="field-hint">None ticked: every event is sent.</p>
        <div className="checkbox-grid">
          {EVENT_TYPES.map(({ type }) => (
            <label key={type} className="checkbox">
              <input
                type="checkbox"
                checked={events.includes(type)}
                onChange={(e) => toggle(type, e.target.checked)}
              />{' '}
              <code>{type}</code>
            </label>
          ))}
        </div>
        {eventsProblem && <p className="field-error">{eventsProblem}</p>}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />{' '}
        Active (deliver events)
      </label>
      {error !== null && error !== undefined && !urlProblem && <ProblemAlert error={error} />}
      {urlProblem && (
        <p role="alert" className="alert alert-error">
          {webhookUrlText(urlProblem)}
        </p>
      )}
      <div className="form-actions">
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
