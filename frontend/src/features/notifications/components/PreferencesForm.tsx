import { useId, useMemo, useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ErrorState, LoadingState } from '@/components/States';
import {
  EVENT_TYPES,
  useNotificationPreferences,
  useSaveNotificationPreferences,
  type Channel,
  type Digest,
  type NotificationPreferences,
} from '../api/preferences';
import { browserTimeZone, timeZoneOptions } from '../lib/time-zones';

const CHANNELS: ReadonlyArray<{ value: Channel; label: string }> = [
  { value: 'in_app', label: 'In the app' },
  { value: 'email', label: 'E-mail' },
  { value: 'off', label: 'Off' },
];

function Editor({ initial }: { initial: NotificationPreferences }) {
  const save = useSaveNotificationPreferences();
  const [types, setTypes] = useState<Record<string, Channel>>(() => ({ ...initial.types }));
  const [digest, setDigest] = useState<Digest>(initial.digest);
  // never chosen: the browser's zone is offered (saving keeps it), not the workspace's
  const [timeZone, setTimeZone] = useState<string>(() => initial.timeZone ?? browserTimeZone());
  const zones = useMemo(
    () => timeZoneOptions([initial.timeZone, browserTimeZone()]),
    [initial.timeZone],
  );
  const [saved, setSaved] = useState(false);
  const zoneId = useId();

  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    save.mutate({ types, digest, timeZone }, { onSuccess: () => setSaved(true) });
  }

  return (
    <form onSubmit={submit} className="stack">
      <div className="table-wrap">
        <table className="table preferences-table">
          <caption className="visually-hidden">How you are told of each kind of event</caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              {CHANNELS.map((c) => (
                <th scope="col" key={c.value}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {EVENT_TYPES.map(({ type, label }) => {
              const current = types[type] ?? 'in_app';
              return (
                <tr key={type}>
                  <th scope="row" id={`pref-${type}`}>
                    {label}
                  </th>
                  {CHANNELS.map((c) => (
                    <td key={c.value}>
                      <input
                        type="radio"
                        name={type}
                        value={c.value}
                        checked={current === c.value}
                        aria-label={`${label}: ${c.label}`}
                        onChange={() => {
                          setSaved(false);
                          setTypes((old) => ({ ...old, [type]: c.value }));
                        }}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={digest === 'daily'}
          onChange={(e) => {
            setSaved(false);
            setDigest(e.target.checked ? 'daily' : 'none');
          }}
        />{' '}
        Send me a daily digest e-mail of what I was notified of
      </label>
      <div className="field time-zone-field">
        <label htmlFor={zoneId}>Your time zone</label>
        <select
          id={zoneId}
          value={timeZone}
          aria-describedby={`${zoneId}-hint`}
          onChange={(e) => {
            setSaved(false);
            setTimeZone(e.target.value);
          }}
        >
          {zones.map((z) => (
            <option key={z.value} value={z.value}>
              {z.label}
            </option>
          ))}
        </select>
        <p id={`${zoneId}-hint`} className="field-hint">
          {initial.timeZone
            ? 'The daily digest goes out after your day ends here, and deadlines approach by your calendar day.'
            : `Not saved yet: your browser's zone (${browserTimeZone()}) is suggested. The daily digest goes out after your day ends here, and deadlines approach by your calendar day.`}
        </p>
      </div>
      <ProblemAlert error={save.error} title="Your preferences were not saved" />
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          Save preferences
        </Button>
        <span role="status" className="copy-status">
          {saved && 'Preferences saved'}
        </span>
      </div>
    </form>
  );
}

/** Per event type: in the app, by e-mail or not at all; and the daily digest. */
export function PreferencesForm() {
  const prefs = useNotificationPreferences();
  if (prefs.isPending) return <LoadingState label="Loading your preferences…" />;
  if (prefs.isError)
    return (
      <ErrorState
        error={prefs.error}
        title="Your preferences could not be loaded"
        onRetry={() => void prefs.refetch()}
      />
    );
  return <Editor initial={prefs.data} />;
}
