import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { SelectField } from '@/components/SelectField';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';

export type PersonValues = {
  name: string;
  email: string;
  teamId: string;
  calendarId: string;
  maxUnits: string;
};

type Props = {
  label: string;
  submitLabel: string;
  initial: PersonValues;
  teams: ReadonlyArray<{ id: string; name: string }>;
  calendars: ReadonlyArray<{ id: string; name: string; isDefault: boolean }>;
  busy: boolean;
  error: unknown;
  onSubmit: (values: PersonValues) => void;
  onCancel?: () => void;
  /** Names already in the workspace: the same name again is warned about, not refused. */
  existingNames?: readonly string[];
};

/** Name, email, team, calendar and capacity of a person; problems show next to their fields. */
export function PersonForm({
  label,
  submitLabel,
  initial,
  teams,
  calendars,
  busy,
  error,
  onSubmit,
  onCancel,
  existingNames = [],
}: Props) {
  const [values, setValues] = useState(initial);
  const typed = values.name.trim().toLowerCase();
  const sameName =
    typed !== '' && typed !== initial.name.trim().toLowerCase()
      ? existingNames.find((n) => n.trim().toLowerCase() === typed)
      : undefined;
  const set = (field: keyof PersonValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(values);
  }

  return (
    <form className="form" aria-label={label} noValidate onSubmit={submit}>
      <div className="form-row">
        <TextField
          label="Name"
          name="name"
          required
          value={values.name}
          onChange={set('name')}
          error={fieldError(error, 'name')}
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          value={values.email}
          onChange={set('email')}
          error={fieldError(error, 'email')}
        />
      </div>
      {sameName !== undefined && (
        <p role="status" className="alert alert-warning">
          There is already a person called {sameName} in this workspace. Add them anyway only if
          this is someone else.
        </p>
      )}
      <div className="form-row">
        <SelectField
          label="Team"
          name="teamId"
          value={values.teamId}
          onChange={set('teamId')}
          error={fieldError(error, 'teamId')}
          options={[
            { value: '', label: 'No team' },
            ...teams.map((t) => ({ value: t.id, label: t.name })),
          ]}
        />
        <SelectField
          label="Calendar"
          name="calendarId"
          value={values.calendarId}
          onChange={set('calendarId')}
          error={fieldError(error, 'calendarId')}
          options={[
            { value: '', label: 'Workspace default' },
            ...calendars.map((c) => ({
              value: c.id,
              label: c.isDefault ? `${c.name} (default)` : c.name,
            })),
          ]}
        />
        <TextField
          label="Capacity"
          name="maxUnits"
          type="number"
          inputMode="decimal"
          min={0.05}
          max={10}
          step={0.05}
          required
          value={values.maxUnits}
          onChange={set('maxUnits')}
          hint="1 = full time on their calendar, 0.5 = half time"
          error={fieldError(error, 'maxUnits')}
        />
      </div>
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

/** Form values → request fields: blanks become absent (create) or null (edit clears them). */
export function personFields(values: PersonValues) {
  return {
    name: values.name.trim(),
    email: values.email.trim() || null,
    teamId: values.teamId || null,
    calendarId: values.calendarId || null,
    maxUnits: Number(values.maxUnits),
  };
}
