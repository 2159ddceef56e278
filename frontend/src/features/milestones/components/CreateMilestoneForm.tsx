import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import { useCreateMilestone } from '../api/create-milestone';

type Props = {
  projectId: string;
  taskOptions: Array<{ value: string; label: string }>;
};

export function CreateMilestoneForm({ projectId, taskOptions }: Props) {
  const create = useCreateMilestone(projectId);
  const [name, setName] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [gating, setGating] = useState<string[]>([]);
  const [committed, setCommitted] = useState(true);
  const gatingId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { name: name.trim(), dueDate, gatingTaskIds: gating, committed },
      {
        onSuccess: () => {
          setName('');
          setGating([]);
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
        <div className="field">
          <label htmlFor={gatingId}>Gating tasks</label>
          <select
            id={gatingId}
            multiple
            size={4}
            value={gating}
            onChange={(e) => setGating([...e.target.selectedOptions].map((o) => o.value))}
          >
            {taskOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
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
