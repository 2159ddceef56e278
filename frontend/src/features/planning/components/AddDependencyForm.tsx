import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { TaskPicker } from '@/components/TaskPicker';
import { SelectField } from '@/components/SelectField';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import { useCreateDependency } from '../api/create-dependency';
import type { DependencyType } from '../api/get-dependencies';
import type { Task } from '../api/get-tasks';
import { dependencyTypeOptions } from '../options';
import { PlanProblem } from './PlanProblem';

type Props = { projectId: string; tasks: Task[]; taskLabel: (taskId: string) => string };

/** Links two tasks; a link that would close a cycle is refused and the cycle is listed. */
export function AddDependencyForm({ projectId, tasks, taskLabel }: Props) {
  const create = useCreateDependency(projectId);
  const [predecessorId, setPredecessorId] = useState('');
  const [successorId, setSuccessorId] = useState('');
  const [type, setType] = useState<DependencyType>('fs');
  const [lag, setLag] = useState('0');

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ predecessorId, successorId, type, lagDays: Number(lag) || 0 });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Add a dependency" className="form">
      <PlanProblem
        error={create.error}
        title="The dependency was not added"
        taskLabel={taskLabel}
      />
      {create.isSuccess && (
        <p role="status" className="alert alert-success">
          Dependency added; the schedule is updated.
        </p>
      )}
      <div className="form-row">
        <TaskPicker
          label="Predecessor"
          tasks={tasks}
          value={predecessorId}
          onChange={setPredecessorId}
          error={fieldError(create.error, 'predecessorId')}
        />
        <TaskPicker
          label="Successor"
          tasks={tasks}
          value={successorId}
          onChange={setSuccessorId}
          error={fieldError(create.error, 'successorId')}
        />
        <SelectField
          label="Type"
          options={dependencyTypeOptions}
          value={type}
          onChange={(e) => setType(e.target.value as DependencyType)}
        />
        <TextField
          label="Lag (days)"
          type="number"
          step="any"
          value={lag}
          onChange={(e) => setLag(e.target.value)}
          error={fieldError(create.error, 'lagDays')}
        />
        <div className="form-actions">
          <Button
            type="submit"
            variant="secondary"
            busy={create.isPending}
            disabled={!predecessorId || !successorId}
          >
            Add dependency
          </Button>
        </div>
      </div>
    </form>
  );
}
