import type { KeyboardEvent } from 'react';
import { labelWidth, rowHeight } from '../gantt-layout';
import type { WbsRow } from '../wbs';

type Props = {
  rows: WbsRow[];
  first: number;
  last: number;
  selectedTaskId: string | null;
  /** The row with the list's one tab stop. */
  focusRow: number;
  onFocusRow: (row: number) => void;
  onKey: (event: KeyboardEvent, row: number) => void;
  onSelectTask: (taskId: string) => void;
};

/** The task names beside the bars, indented by depth; choosing one selects its task. */
export function GanttLabels({
  rows,
  first,
  last,
  selectedTaskId,
  focusRow,
  onFocusRow,
  onKey,
  onSelectTask,
}: Props) {
  return (
    <ol className="gantt-labels" style={{ width: labelWidth }} aria-label="Tasks">
      {rows.slice(first, last).map((r, offset) => (
        <li key={r.task.id} style={{ height: rowHeight }}>
          <button
            type="button"
            className={`gantt-label${r.task.id === selectedTaskId ? ' selected' : ''}`}
            style={{ paddingLeft: 8 + r.depth * 14 }}
            aria-pressed={r.task.id === selectedTaskId}
            tabIndex={first + offset === focusRow ? 0 : -1}
            data-row={first + offset}
            onFocus={() => onFocusRow(first + offset)}
            onKeyDown={(e) => onKey(e, first + offset)}
            onClick={() => onSelectTask(r.task.id)}
          >
            <span className="task-key">{r.task.key}</span>{' '}
            <span className={r.task.summary ? 'summary-title' : undefined}>{r.task.title}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
