import type { KeyboardEvent, ReactNode } from 'react';
import { enumLabel, formatDay, formatDays } from '@/lib/format';
import { statusLabel, useStatusOptions } from '@/lib/task-status';
import type { Assignment } from '../api/change-assignment';
import type { Task } from '../api/get-tasks';
import type { TaskPatch } from '../api/update-task';
import type { WbsRow } from '../wbs';
import { isHighlighted, isLate, type Highlight } from '../highlight';
import { AssigneeEditor, type PersonOption } from './AssigneeEditor';
import { ConstraintEditor } from './ConstraintEditor';
import { ConstraintText } from './ConstraintText';
import { InlineEditor } from './InlineEditor';
import { editable, fieldLabels, inPopover, type Editing, type Field } from './plan-fields';

type Props = {
  row: WbsRow;
  index: number;
  selected: boolean;
  /** The keyboard's column when the active cell is in this row. */
  activeCol: number | null;
  /** The cell of this row being edited. */
  editing: Editing | null;
  people: readonly PersonOption[];
  personName: (personId: string) => string;
  taskLabel: (taskId: string) => string;
  onCellKey: (event: KeyboardEvent, index: number, col: number, row: WbsRow) => void;
  onChooseCell: (index: number, col: number, taskId: string) => void;
  onStartEdit: (row: WbsRow, field: Field) => void;
  onEditChange: (value: string) => void;
  onSave: (task: Task, field: Field, value: string) => void;
  onSaveConstraint: (task: Task, patch: TaskPatch) => void;
  onChangeUnits: (assignment: Assignment, units: number, onFailed: () => void) => void;
  /** Back to the cell, focused (Escape, or a panel editor closed). */
  onCloseEditor: () => void;
  /** A list closed without a choice: the editor goes, focus stays where it is. */
  onDismissEditor: () => void;
  onExplain?: (taskId: string) => void;
  /** Opens the task's details in a side panel. */
  onOpenTask?: ((taskId: string) => void) | undefined;
  detailsOpen?: boolean;
  /** What the row's red mark follows: the driving path (default) or the critical set. */
  highlight?: Highlight;
};

/** One task of the grid: its editable cells and its computed dates. */
export function PlanRow({
  row,
  index,
  selected,
  activeCol,
  editing,
  people,
  personName,
  taskLabel,
  onCellKey,
  onChooseCell,
  onStartEdit,
  onEditChange,
  onSave,
  onSaveConstraint,
  onChangeUnits,
  onCloseEditor,
  onDismissEditor,
  onExplain,
  onOpenTask,
  detailsOpen = false,
  highlight = 'driving',
}: Props) {
  const s = row.schedule;
  const statuses = useStatusOptions(row.task.projectId);

  function cell(col: number, content: ReactNode) {
    const field: Field = editable[col] ?? 'title';
    const isEditing = editing?.field === field;
    const isActive = activeCol === col;
    if (isEditing && inPopover(field)) {
      return (
        <td className={`cell-${field} editing`}>
          {content}
          {field === 'constraint' ? (
            <ConstraintEditor
              task={row.task}
              schedule={row.schedule}
              onSave={(patch) => onSaveConstraint(row.task, patch)}
              onCancel={onCloseEditor}
            />
          ) : (
            <AssigneeEditor
              task={row.task}
              people={people}
              personName={personName}
              taskLabel={taskLabel}
              onChangeUnits={onChangeUnits}
              onClose={onCloseEditor}
            />
          )}
        </td>
      );
    }
    if (isEditing && field !== 'constraint' && field !== 'assignees') {
      return (
        <td className={`cell-${field} editing`}>
          <InlineEditor
            field={field}
            label={`${fieldLabels[field]} of ${row.task.key}`}
            value={editing.value}
            onChange={onEditChange}
            onSave={(value) => onSave(row.task, field, value)}
            onCancel={onCloseEditor}
            onDismiss={onDismissEditor}
            statuses={statuses}
          />
        </td>
      );
    }
    return (
      <td
        className={`cell-${field}${isActive ? ' active' : ''}`}
        tabIndex={isActive ? 0 : -1}
        data-cell={`${index}-${col}`}
        onKeyDown={(e) => onCellKey(e, index, col, row)}
        onClick={() => onChooseCell(index, col, row.task.id)}
        onDoubleClick={() => onStartEdit(row, field)}
      >
        {content}
      </td>
    );
  }

  return (
    <tr
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={[
        row.task.summary ? 'summary' : '',
        isHighlighted(row, highlight) ? 'critical' : '',
      ]
        .join(' ')
        .trim()}
    >
      {cell(
        0,
        <span className="wbs-title" style={{ paddingLeft: row.depth * 18 }}>
          <span className="task-key">{row.task.key}</span> {row.task.title}
          {onOpenTask && (
            <button
              type="button"
              className="btn btn-ghost btn-small row-details"
              tabIndex={-1}
              aria-label={`Details of ${row.task.key}`}
              aria-expanded={detailsOpen}
              onClick={(e) => {
                e.stopPropagation();
                onOpenTask(row.task.id);
              }}
            >
              Details
            </button>
          )}
        </span>,
      )}
      {cell(1, formatDays(row.task.durationDays))}
      <td className="nowrap">
        {onExplain && s ? (
          <button
            type="button"
            className="link-button"
            tabIndex={-1}
            aria-label={`Why ${row.task.key} starts on ${formatDay(s.earlyStart)}`}
            onClick={() => onExplain(row.task.id)}
          >
            {formatDay(s.earlyStart)}
          </button>
        ) : (
          formatDay(s?.earlyStart)
        )}
      </td>
      <td className="nowrap">{formatDay(s?.earlyFinish)}</td>
      <td className={(s?.totalFloatDays ?? 0) < 0 ? 'negative' : undefined}>
        {formatDays(s?.totalFloatDays)}
      </td>
      <td>
        {row.driving && (
          <span className="flag-driving" title="On the driving path: sets the project finish">
            Driving
          </span>
        )}
        {s?.critical && !row.driving && !isLate(row) && (
          <span className="flag-critical">Critical</span>
        )}
        {isLate(row) && (
          <span className="flag-late" title="Late against a deadline or constraint">
            Critical, late
          </span>
        )}
      </td>
      {cell(2, <ConstraintText task={row.task} conflict={s?.constraintConflict === true} />)}
      {cell(3, statusLabel(statuses, row.task.status))}
      {cell(4, enumLabel(row.task.priority))}
      {cell(5, row.task.assignments.map((a) => personName(a.personId)).join(', '))}
    </tr>
  );
}
