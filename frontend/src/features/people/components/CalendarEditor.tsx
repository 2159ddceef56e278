import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ErrorState, LoadingState } from '@/components/States';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import { useCalendar } from '../api/get-calendar';
import type { Calendar, CalendarException, WorkWeek } from '../api/get-calendars';
import { isStale, STALE_MESSAGE } from '../api/precondition';
import { useUpdateCalendar } from '../api/update-calendar';
import { days, intervalHours, weeklyHours } from './work-week';

type Props = { workspaceId: string; calendarId: string; onDone: () => void };

/** Loads the calendar with its ETag and edits it; a 412 reloads the form with the stored version. */
export function CalendarEditor({ workspaceId, calendarId, onDone }: Props) {
  const calendar = useCalendar(calendarId);
  const update = useUpdateCalendar(workspaceId);
  if (calendar.isPending) return <LoadingState label="Loading the calendar…" />;
  if (calendar.isError) {
    return (
      <ErrorState
        error={calendar.error}
        title="The calendar could not be loaded"
        onRetry={() => void calendar.refetch()}
      />
    );
  }
  const { data, etag } = calendar.data;
  const stale = isStale(update.error);
  return (
    <div className="stack">
      {stale ? (
        <p role="alert" className="alert alert-error">
          {STALE_MESSAGE}
        </p>
      ) : (
        <ProblemAlert error={update.error} title="The calendar could not be saved" />
      )}
      <CalendarForm
        key={etag ?? data.updatedAt}
        calendar={data}
        busy={update.isPending}
        error={stale ? null : update.error}
        onCancel={onDone}
        onSubmit={(patch) => update.mutate({ calendarId, etag, patch }, { onSuccess: onDone })}
      />
    </div>
  );
}

type FormProps = {
  calendar: Calendar;
  busy: boolean;
  error: unknown;
  onSubmit: (patch: { name: string; workWeek: WorkWeek; exceptions: CalendarException[] }) => void;
  onCancel: () => void;
};

function CalendarForm({ calendar, busy, error, onSubmit, onCancel }: FormProps) {
  const [name, setName] = useState(calendar.name);
  const [week, setWeek] = useState<WorkWeek>(calendar.workWeek);
  const [exceptions, setExceptions] = useState<CalendarException[]>(calendar.exceptions);

  function setTime(day: keyof WorkWeek, index: number, field: 'from' | 'to', value: string) {
    setWeek((w) => ({
      ...w,
      [day]: w[day].map((t, i) => (i === index ? { ...t, [field]: value } : t)),
    }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ name: name.trim(), workWeek: week, exceptions });
  }

  return (
    <form
      className="form"
      aria-label={`Edit calendar ${calendar.name}`}
      noValidate
      onSubmit={submit}
    >
      <TextField
        label="Calendar name"
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fieldError(error, 'name')}
      />
      <fieldset className="work-week">
        <legend>Working hours ({weeklyHours(week)} h a week)</legend>
        {days.map(([day, dayName]) => (
          <div className="work-day" key={day} role="group" aria-label={dayName}>
            <span className="work-day-name">{dayName}</span>
            <span className="work-day-times">
              {week[day].length === 0 && <span className="muted">Not working</span>}
              {week[day].map((t, i) => (
                <span className="interval" key={i}>
                  <input
                    type="time"
                    aria-label={`${dayName} from`}
                    value={t.from}
                    onChange={(e) => setTime(day, i, 'from', e.target.value)}
                  />
                  –
                  <input
                    type="time"
                    aria-label={`${dayName} to`}
                    value={t.to}
                    onChange={(e) => setTime(day, i, 'to', e.target.value)}
                  />
                  <Button
                    variant="ghost"
                    className="btn-sm"
                    aria-label={`Remove ${dayName} ${t.from}–${t.to}`}
                    onClick={() =>
                      setWeek((w) => ({ ...w, [day]: w[day].filter((_, j) => j !== i) }))
                    }
                  >
                    Remove
                  </Button>
                </span>
              ))}
              <Button
                variant="ghost"
                className="btn-sm"
                aria-label={`Add working hours on ${dayName}`}
                onClick={() =>
                  setWeek((w) => ({
                    ...w,
                    [day]: [
                      ...w[day],
                      w[day].length === 0
                        ? { from: '08:00', to: '12:00' }
                        : { from: '13:00', to: '17:00' },
                    ],
                  }))
                }
              >
                Add hours
              </Button>
            </span>
            <span className="muted">{intervalHours(week[day])} h</span>
          </div>
        ))}
        {fieldError(error, 'workWeek') && (
          <p className="field-error">{fieldError(error, 'workWeek')}</p>
        )}
      </fieldset>
      <fieldset className="work-week">
        <legend>Exceptions (holidays and special days)</legend>
        {exceptions.length === 0 && <p className="muted">No exceptions.</p>}
        {exceptions.map((ex, i) => {
          const change = (patch: Partial<CalendarException>) =>
            setExceptions((list) => list.map((e, j) => (j === i ? { ...e, ...patch } : e)));
          const label = ex.name || `Exception ${i + 1}`;
          return (
            <div className="form-row exception" key={i} role="group" aria-label={label}>
              <TextField
                label="Name"
                value={ex.name}
                onChange={(e) => change({ name: e.target.value })}
                error={fieldError(error, `exceptions[${i}].name`)}
              />
              <TextField
                label="From"
                type="date"
                value={ex.startDate}
                onChange={(e) => change({ startDate: e.target.value })}
                error={fieldError(error, `exceptions[${i}].startDate`)}
              />
              <TextField
                label="To"
                type="date"
                value={ex.endDate}
                onChange={(e) => change({ endDate: e.target.value })}
                error={fieldError(error, `exceptions[${i}].endDate`)}
              />
              <div className="form-actions">
                <Button
                  variant="ghost"
                  className="btn-sm"
                  aria-label={`Remove exception ${label}`}
                  onClick={() => setExceptions((list) => list.filter((_, j) => j !== i))}
                >
                  Remove
                </Button>
              </div>
            </div>
          );
        })}
        <Button
          variant="ghost"
          className="btn-sm"
          onClick={() =>
            setExceptions((list) => [
              ...list,
              { name: '', startDate: '', endDate: '', workingTimes: [] },
            ])
          }
        >
          Add exception
        </Button>
      </fieldset>
      <div className="form-actions">
        <Button type="submit" busy={busy}>
          Save calendar
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
