import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import { formatDay } from '@/lib/format';
import { useCreateCalendar } from '../api/create-calendar';
import type { Calendar } from '../api/get-calendars';
import { CalendarEditor } from './CalendarEditor';
import { days, describeTimes, weeklyHours } from './work-week';

type Props = {
  workspaceId: string;
  canManage: boolean;
  calendars: {
    data: Calendar[] | undefined;
    isPending: boolean;
    error: unknown;
    refetch: () => void;
  };
};

export function CalendarsSection({ workspaceId, canManage, calendars }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const sorted = [...(calendars.data ?? [])].sort(
    (a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name),
  );
  const edited = sorted.find((c) => c.id === editing);
  return (
    <section className="card" aria-labelledby="calendars-title">
      <h2 id="calendars-title">Calendars</h2>
      {calendars.isPending ? (
        <LoadingState label="Loading calendars…" />
      ) : calendars.error ? (
        <ErrorState
          error={calendars.error}
          title="Calendars could not be loaded"
          onRetry={calendars.refetch}
        />
      ) : sorted.length === 0 ? (
        <EmptyState title="No calendars yet" />
      ) : (
        <ul className="calendar-list">
          {sorted.map((c) => (
            <li key={c.id}>
              <div className="team-row">
                <span>
                  <strong>{c.name}</strong>
                  {c.isDefault && <span className="badge">Default</span>}{' '}
                  <span className="muted">· {weeklyHours(c.workWeek)} h a week</span>
                </span>
                {canManage && (
                  <Button
                    variant="ghost"
                    className="btn-sm"
                    aria-label={`Edit calendar ${c.name}`}
                    onClick={() => setEditing(c.id)}
                  >
                    Edit
                  </Button>
                )}
              </div>
              <p className="muted calendar-summary">
                {days
                  .filter(([day]) => c.workWeek[day].length > 0)
                  .map(
                    ([day, dayName]) => `${dayName.slice(0, 3)} ${describeTimes(c.workWeek[day])}`,
                  )
                  .join(' · ')}
                {c.exceptions.length > 0 &&
                  ` · ${c.exceptions.length} ${c.exceptions.length === 1 ? 'exception' : 'exceptions'} (first: ${c.exceptions[0]?.name}, ${formatDay(c.exceptions[0]?.startDate)})`}
              </p>
            </li>
          ))}
        </ul>
      )}
      {edited && (
        <section className="subsection" aria-labelledby="calendar-edit-title">
          <h3 id="calendar-edit-title">Edit {edited.name}</h3>
          <CalendarEditor
            key={edited.id}
            workspaceId={workspaceId}
            calendarId={edited.id}
            onDone={() => setEditing(null)}
          />
        </section>
      )}
      {canManage && <CreateCalendarForm workspaceId={workspaceId} onCreated={setEditing} />}
    </section>
  );
}

function CreateCalendarForm({
  workspaceId,
  onCreated,
}: {
  workspaceId: string;
  onCreated: (calendarId: string) => void;
}) {
  const create = useCreateCalendar(workspaceId);
  const [name, setName] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { name: name.trim() },
      {
        onSuccess: (calendar) => {
          setName('');
          onCreated(calendar.id);
        },
      },
    );
  }
  return (
    <form className="form" aria-label="Add a calendar" noValidate onSubmit={submit}>
      <ProblemAlert error={create.error} title="The calendar could not be added" />
      <div className="form-row">
        <TextField
          label="New calendar"
          required
          value={name}
          hint="Starts as Mon–Fri 08:00–12:00 and 13:00–17:00; edit it after."
          onChange={(e) => setName(e.target.value)}
          error={fieldError(create.error, 'name')}
        />
        <div className="form-actions">
          <Button type="submit" variant="secondary" busy={create.isPending}>
            Add calendar
          </Button>
        </div>
      </div>
    </form>
  );
}
