import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SelectField } from '@/components/SelectField';
import { TaskPicker, type PickableTask } from '@/components/TaskPicker';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import { useCreateMilestone } from '../api/create-milestone';

/** A person who can own a milestone. */
export type PossibleOwner = { id: string; name: string };

type Props = { projectId: string; tasks: PickableTask[]; people: PossibleOwner[] };

export function CreateMilestoneForm({ projectId, tasks, people }: Props) {
  const create = useCreateMilestone(projectId);
  const [name, setName] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [gating, setGating] = useState<string[]>([]);
  const [committed, setCommitted] = useState(true);
  const [ownerId, setOwnerId] = useState('');
  const owners = [
    { value: '', label: 'No owner yet' },
    ...[...people]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((p) => ({ value: p.id, label: p.name })),
  ];
  const [picked, setPicked] = useState('');
  const [pickerKey, setPickerKey] = useState(0);
  const byId = new Map(tasks.map((t) => [t.id, t]));

  function addGating() {
    if (picked && !gating.includes(picked)) setGating([...gating, picked]);
    setPicked('');
    setPickerKey((k) => k + 1);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      {
        name: name.trim(),
        dueDate,
        gatingTaskIds: gating,
        committed,
        ...(ownerId ? { ownerId } : {}),
      },
      {
        onSuccess: () => {
          setName('');
          setGating([]);
          setOwnerId('');
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Add a milestone" className="form">
      <ProblemAlert error={create.error} title="The milestone was not added" />
      <div className="form-row">
        <TextField
          label="Milestone name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(create.error, 'name')}
        />
        <TextField
          label="Due date"
          type="date"
          required
          value={dueDate}
          onChange={(e) => setDueDate(e.target.value)}
          error={fieldError(create.error, 'dueDate')}
        />
        <SelectField
          label="Owner"
          options={owners}
          value={ownerId}
          onChange={(e) => setOwnerId(e.target.value)}
          error={fieldError(create.error, 'ownerId')}
        />
        <div className="gating">
          <TaskPicker
            key={pickerKey}
            label="Gating task"
            tasks={tasks}
            value={picked}
            onChange={setPicked}
          />
          <Button variant="secondary" className="btn-sm" disabled={!picked} onClick={addGating}>
            Add gating task
          </Button>
          {gating.length > 0 && (
            <ul className="chips" aria-label="Gating tasks">
              {gating.map((id) => {
                const t = byId.get(id);
                const label = t ? `${t.key} ${t.title}` : id;
                return (
                  <li key={id}>
                    {label}
                    <button
                      type="button"
                      className="chip-remove"
                      aria-label={`Remove ${label}`}
                      onClick={() => setGating(gating.filter((g) => g !== id))}
                    >
                      ×
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
        <div className="field field-check">
          <label>
            <input
              type="checkbox"
              checked={committed}
              onChange={(e) => setCommitted(e.target.checked)}
            />{' '}
            Committed to the client
          </label>
        </div>
        <div className="form-actions">
          <Button type="submit" busy={create.isPending}>
            Add milestone
          </Button>
        </div>
      </div>
    </form>
  );
}
