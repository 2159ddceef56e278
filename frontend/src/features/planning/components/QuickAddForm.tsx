import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { PartlyAdded, useQuickAddTask } from '../api/quick-add-task';
import {
  describeDuration,
  parseQuickAdd,
  type QuickAddPerson,
  type QuickAddTask,
} from '../quick-add';

type Props = {
  projectId: string;
  workspaceId: string;
  people: QuickAddPerson[];
  tasks: QuickAddTask[];
};

/**
 * One line for a new task: `Write copy 3d @priya after WEB-4 under WEB-2`. Nothing is sent while
 * a person or task key in the line is unknown; the message names it.
 */
export function QuickAddForm({ projectId, workspaceId, people, tasks }: Props) {
  const quickAdd = useQuickAddTask(projectId, workspaceId);
  const [line, setLine] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const id = useId();
  const byId = new Map(tasks.map((t) => [t.id, t.key]));
  const names = new Map(people.map((p) => [p.id, p.name]));
  const preview = line.trim() ? parseQuickAdd(line, { people, tasks }) : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = parseQuickAdd(line, { people, tasks });
    setAdded(null);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    const submitted = line;
    quickAdd.mutate(result.task, {
      onSuccess: (task) => {
        setAdded(`${task.key} ${task.title} was added.`);
        setLine((current) => (current === submitted ? '' : current));
      },
    });
  }

  const error = quickAdd.error;
  return (
    <form onSubmit={submit} noValidate aria-label="Quick add" className="form quick-add">
      {error instanceof PartlyAdded ? (
        <ProblemAlert error={error.cause} title={error.message} />
      ) : (
        <ProblemAlert error={error} title="The task was not added" />
      )}
      <div className="form-row">
        <div className="field quick-add-field">
          <label htmlFor={id}>Quick add</label>
          <input
            id={id}
            value={line}
            placeholder="Write copy 3d @priya after WEB-4 under WEB-2"
            autoComplete="off"
            aria-describedby={`${id}-help${problems.length > 0 ? ` ${id}-problems` : ''}`}
            aria-invalid={problems.length > 0 ? true : undefined}
            onChange={(e) => {
              setLine(e.target.value);
              setProblems([]);
            }}
          />
        </div>
        <div className="form-actions">
          <Button type="submit" busy={quickAdd.isPending} disabled={!line.trim()}>
            Add
          </Button>
        </div>
      </div>
      {problems.length > 0 && (
        <div id={`${id}-problems`} role="alert">
          <ul className="field-error quick-add-problems">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <p id={`${id}-help`} className="muted quick-add-help">
        {preview?.ok
          ? [
              `“${preview.task.title}”`,
              describeDuration(preview.task),
              preview.task.assigneeId && `for ${names.get(preview.task.assigneeId)}`,
              preview.task.predecessorIds.length > 0 &&
                `after ${preview.task.predecessorIds.map((t) => byId.get(t)).join(', ')}`,
              preview.task.parentId && `under ${byId.get(preview.task.parentId)}`,
            ]
              .filter(Boolean)
              .join(' · ')
          : 'A duration such as 3d, 2w or 4h; @name for the assignee; after KEY for a predecessor; under KEY for the parent.'}
      </p>
      {added && (
        <p role="status" className="muted">
          {added}
        </p>
      )}
    </form>
  );
}
