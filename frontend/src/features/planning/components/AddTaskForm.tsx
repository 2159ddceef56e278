import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import { useCreateTask } from '../api/create-task';

/** Adds a task at the top level of the plan; the server gives it the next key and schedules it. */
export function AddTaskForm({ projectId }: { projectId: string }) {
  const create = useCreateTask(projectId);
  const [title, setTitle] = useState('');
  const [duration, setDuration] = useState('1');

  function submit(event: FormEvent) {
    event.preventDefault();
    const submitted = title;
    create.mutate(
      {
        title: submitted.trim(),
        durationDays: Number(duration),
        status: 'todo',
        priority: 'medium',
        constraintType: 'asap',
      },
      // The list shows the new row before this runs: keep whatever was typed in the meantime.
      { onSuccess: () => setTitle((current) => (current === submitted ? '' : current)) },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Add a task" className="form">
      <ProblemAlert error={create.error} title="The task was not added" />
      <div className="form-row">
        <TextField
          label="Task title"
          name="title"
          required
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fieldError(create.error, 'title')}
        />
        <TextField
          label="Duration (working days)"
          name="durationDays"
          type="number"
          min={0}
          step="any"
          value={duration}
          onChange={(e) => setDuration(e.target.value)}
          error={fieldError(create.error, 'durationDays')}
        />
        <div className="form-actions">
          <Button type="submit" busy={create.isPending}>
            Add task
          </Button>
        </div>
      </div>
    </form>
  );
}
