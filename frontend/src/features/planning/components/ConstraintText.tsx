import { formatDay } from '@/lib/format';
import type { Task } from '../api/get-tasks';
import { constraintOptions } from '../options';

const constraintByValue = new Map(constraintOptions.map((o) => [o.value, o]));

/** "SNET 3 Dec 2026"; ASAP, the absence of a constraint, is shown muted. */
export function ConstraintText({ task, conflict }: { task: Task; conflict: boolean }) {
  const option = constraintByValue.get(task.constraintType);
  if (!option || option.value === 'asap') return <span className="muted">ASAP</span>;
  return (
    <span className={conflict ? 'constraint constraint-conflict' : 'constraint'}>
      <abbr title={option.label}>{option.abbr}</abbr>
      {task.constraintDate ? ` ${formatDay(task.constraintDate)}` : ''}
      {conflict && (
        <span title="The constraint contradicts the dependencies; the constraint wins">
          {' '}
          ⚠<span className="visually-hidden"> conflicts with the dependencies</span>
        </span>
      )}
    </span>
  );
}
