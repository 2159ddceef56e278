import { useRef, useState, type FocusEvent, type FormEvent, type KeyboardEvent } from 'react';
import { Button } from '@/components/Button';
import { SavedNumberInput } from '@/components/SavedNumberInput';
import { useAssignPerson } from '../api/assign-person';
import { useRemoveAssignment, type Assignment } from '../api/change-assignment';
import type { Task } from '../api/get-tasks';
import { PlanProblem } from './PlanProblem';
import { useCellPopover } from './use-cell-popover';

export type PersonOption = { id: string; name: string };

type Props = {
  task: Task;
  people: readonly PersonOption[];
  personName: (personId: string) => string;
  taskLabel: (taskId: string) => string;
  /** Saves new units; the grid shows a refusal, so it outlives this editor. */
  onChangeUnits: (assignment: Assignment, units: number, onFailed: () => void) => void;
  onClose: () => void;
};

const percent = (units: number) => `${Math.round(units * 100)}%`;

/**
 * Who works on a task: remove an assignment, or add a person of the workspace with their share
 * of time (1 = full time). Stays open for several changes; Escape or "Done" closes it.
 */
export function AssigneeEditor({
  task,
  people,
  personName,
  taskLabel,
  onChangeUnits,
  onClose,
}: Props) {
  const [personId, setPersonId] = useState('');
  const [units, setUnits] = useState('1');
  const picker = useRef<HTMLSelectElement>(null);
  const assign = useAssignPerson(task);
  const unassign = useRemoveAssignment(task);
  const assigned = new Set(task.assignments.map((a) => a.personId));
  const available = people.filter((p) => !assigned.has(p.id));
  const idBase = `assignees-${task.id}`;
  const panel = useCellPopover<HTMLDivElement>();

  function add(event: FormEvent) {
    event.preventDefault();
    if (personId === '') return;
    unassign.reset();
    assign.mutate(
      { task, personId, units: Number(units) },
      {
        onSuccess: () => {
          setPersonId('');
          setUnits('1');
        },
        // "Assign" is disabled until the next choice, which would drop the focus: keep it here.
        onSettled: () => picker.current?.focus(),
      },
    );
  }

  function remove(assignment: Assignment) {
    assign.reset();
    // The removed button takes focus with it: hand it to the picker so the keyboard stays here.
    unassign.mutate(assignment, { onSettled: () => picker.current?.focus() });
  }

  function saveUnits(assignment: Assignment, units: number, onFailed: () => void) {
    assign.reset();
    unassign.reset();
    onChangeUnits(assignment, units, onFailed);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  }

  function onBlur(event: FocusEvent<HTMLDivElement>) {
    const next = event.relatedTarget;
    if (next instanceof Node && !event.currentTarget.contains(next)) onClose();
  }

  return (
    <div
      role="group"
      aria-label={`Assignees of ${task.key}`}
      ref={panel}
      className="cell-popover assignee-editor"
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      {task.assignments.length === 0 ? (
        <p className="muted">Nobody is assigned yet.</p>
      ) : (
        <ul className="chips" aria-label={`People on ${task.key}`}>
          {task.assignments.map((a) => (
            <li key={a.id}>
              {personName(a.personId)} · {percent(a.units)}
              <SavedNumberInput
                value={a.units}
                version={a.version}
                label={`Units of ${personName(a.personId)} on ${task.key}`}
                className="units-input"
                min={0.01}
                max={10}
                step="any"
                onSave={(units, onFailed) => saveUnits(a, units, onFailed)}
              />
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${personName(a.personId)} from ${task.key}`}
                disabled={unassign.isPending}
                onClick={() => remove(a)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="assignee-add" aria-label={`Assign a person to ${task.key}`} onSubmit={add}>
        <div className="field">
          <label htmlFor={`${idBase}-person`}>Person</label>
          <select
            id={`${idBase}-person`}
            ref={picker}
            autoFocus
            value={personId}
            onChange={(e) => setPersonId(e.target.value)}
          >
            <option value="">
              {available.length === 0 ? 'Everyone is assigned' : 'Choose a person…'}
            </option>
            {available.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-units">
          <label htmlFor={`${idBase}-units`}>Units</label>
          <input
            id={`${idBase}-units`}
            type="number"
            min={0.01}
            max={10}
            step="any"
            value={units}
            onChange={(e) => setUnits(e.target.value)}
            aria-describedby={`${idBase}-units-hint`}
          />
        </div>
        <Button type="submit" className="btn-sm" busy={assign.isPending} disabled={personId === ''}>
          Assign
        </Button>
      </form>
      <p id={`${idBase}-units-hint`} className="field-hint">
        Units: 1 = full time, 0.5 = half time.
      </p>
      <PlanProblem error={assign.error} title="The person was not assigned" taskLabel={taskLabel} />
      <PlanProblem
        error={unassign.error}
        title="The assignment was not removed"
        taskLabel={taskLabel}
      />
      <div className="popover-actions">
        <Button variant="secondary" className="btn-sm" onClick={onClose}>
          Done
        </Button>
      </div>
    </div>
  );
}
