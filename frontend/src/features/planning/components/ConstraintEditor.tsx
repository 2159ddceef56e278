import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { Button } from '@/components/Button';
import { datePart } from '@/lib/format';
import type { Task, TaskSchedule } from '../api/get-tasks';
import type { TaskPatch } from '../api/update-task';
import {
  constraintNeedsDate,
  constraintOnStart,
  constraintOptions,
  type ConstraintType,
} from '../options';
import { useCellPopover } from './use-cell-popover';

type Props = {
  task: Task;
  schedule: TaskSchedule | undefined;
  /** Called with only what changed (possibly nothing). */
  onSave: (patch: TaskPatch) => void;
  onCancel: () => void;
};

/**
 * Constraint type and, for the types that pin a date, the date — edited together because the
 * API accepts them only together. Enter saves, Escape cancels. The service checks the pair; a
 * refused one comes back as its problem detail.
 */
export function ConstraintEditor({ task, schedule, onSave, onCancel }: Props) {
  const [type, setType] = useState<ConstraintType>(task.constraintType);
  const [date, setDate] = useState(task.constraintDate ?? '');
  const needsDate = constraintNeedsDate(type);
  const idBase = `constraint-${task.id}`;
  const panel = useCellPopover<HTMLDivElement>();

  function changeType(next: ConstraintType) {
    setType(next);
    // Start from the date the schedule gives now, so "pin it where it is" is one keystroke.
    if (date === '' && constraintNeedsDate(next)) {
      setDate(
        datePart(constraintOnStart(next) ? schedule?.earlyStart : schedule?.earlyFinish) ?? '',
      );
    }
  }

  function save() {
    const patch: TaskPatch = {};
    if (type !== task.constraintType) patch.constraintType = type;
    const nextDate = needsDate && date !== '' ? date : null;
    if (nextDate !== (task.constraintDate ?? null)) patch.constraintDate = nextDate;
    onSave(patch);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      save();
    }
  }

  // Moving to another cell closes the editor without saving; focus that merely leaves the page
  // (relatedTarget null) keeps it open.
  function onBlur(event: FocusEvent<HTMLDivElement>) {
    const next = event.relatedTarget;
    if (next instanceof Node && !event.currentTarget.contains(next)) onCancel();
  }

  return (
    <div
      role="group"
      aria-label={`Constraint of ${task.key}`}
      ref={panel}
      className="cell-popover"
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <div className="field">
        <label htmlFor={`${idBase}-type`}>Constraint</label>
        <select
          id={`${idBase}-type`}
          autoFocus
          value={type}
          onChange={(e) => changeType(e.target.value as ConstraintType)}
        >
          {constraintOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      {needsDate && (
        <div className="field">
          <label htmlFor={`${idBase}-date`}>Constraint date</label>
          <input
            id={`${idBase}-date`}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
      )}
      <div className="popover-actions">
        <Button className="btn-sm" onClick={save}>
          Save constraint
        </Button>
        <Button variant="ghost" className="btn-sm" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
