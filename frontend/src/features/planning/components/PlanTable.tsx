import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Button } from '@/components/Button';
import { enumLabel, formatDay, formatDays } from '@/lib/format';
import type { Task } from '../api/get-tasks';
import { useDeleteTask } from '../api/delete-task';
import { useUpdateTask, type TaskPatch } from '../api/update-task';
import { priorityOptions, statusOptions } from '../options';
import type { WbsRow } from '../wbs';
import { PlanProblem } from './PlanProblem';

const rowHeight = 36;
const overscan = 10;
const editable = ['title', 'durationDays', 'status', 'priority'] as const;
type Field = (typeof editable)[number];
const fieldLabels: Record<Field, string> = {
  title: 'Title',
  durationDays: 'Duration (days)',
  status: 'Status',
  priority: 'Priority',
};

type Props = {
  projectId: string;
  rows: WbsRow[];
  personName: (personId: string) => string;
  taskLabel: (taskId: string) => string;
  canEdit: boolean;
};

type Editing = { taskId: string; field: Field; value: string };

/**
 * The work breakdown structure as a grid: arrow keys move between cells, Enter edits, Escape
 * cancels. Only the rows in view are rendered, so a 5,000-task plan stays quick.
 */
export function PlanTable({ projectId, rows: allRows, personName, taskLabel, canEdit }: Props) {
  const [status, setStatus] = useState('');
  const [text, setText] = useState('');
  const [active, setActive] = useState({ row: 0, col: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 0 });
  const scroller = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  const update = useUpdateTask(projectId);
  const remove = useDeleteTask(projectId);

  const rows = useMemo(() => {
    const needle = text.trim().toLowerCase();
    if (!status && !needle) return allRows;
    return allRows.filter(
      (r) =>
        (!status || r.task.status === status) &&
        (!needle ||
          r.task.title.toLowerCase().includes(needle) ||
          r.task.key.toLowerCase().includes(needle)),
    );
  }, [allRows, status, text]);

  const rowIndex = Math.min(active.row, Math.max(0, rows.length - 1));
  const current = rows[rowIndex];
  const visibleCount = Math.ceil((viewport.height || 800) / rowHeight);
  const first = Math.max(0, Math.floor(viewport.top / rowHeight) - overscan);
  const last = Math.min(rows.length, first + visibleCount + overscan * 2);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let frame = 0;
    // One update per animation frame, however many scroll events arrive.
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() =>
        setViewport({ top: el.scrollTop, height: el.clientHeight }),
      );
    };
    setViewport({ top: el.scrollTop, height: el.clientHeight });
    el.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, []);

  // Keyboard moves focus to a cell that may not be rendered yet: scroll it into the window,
  // then focus it once it is there.
  useEffect(() => {
    if (!focusPending.current || editing) return;
    const el = scroller.current;
    if (!el) return;
    const top = rowIndex * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight * 2 > el.scrollTop + el.clientHeight && el.clientHeight > 0)
      el.scrollTop = top + rowHeight * 2 - el.clientHeight;
    const cell = el.querySelector<HTMLElement>(`[data-cell="${rowIndex}-${active.col}"]`);
    if (cell) {
      cell.focus();
      focusPending.current = false;
    }
  });

  function move(row: number, col: number) {
    focusPending.current = true;
    setActive({
      row: Math.max(0, Math.min(rows.length - 1, row)),
      col: Math.max(0, Math.min(editable.length - 1, col)),
    });
  }

  function startEdit(row: WbsRow, field: Field) {
    if (!canEdit || (field === 'durationDays' && row.task.summary)) return;
    update.reset();
    setEditing({ taskId: row.task.id, field, value: String(row.task[field] ?? '') });
  }

  function save(task: Task, field: Field, value: string) {
    setEditing(null);
    focusPending.current = true;
    const patch: TaskPatch = {};
    if (field === 'durationDays') {
      const days = Number(value);
      if (value.trim() === '' || !Number.isFinite(days) || days === task.durationDays) return;
      patch.durationDays = days;
    } else if (field === 'title') {
      if (value.trim() === '' || value.trim() === task.title) return;
      patch.title = value.trim();
    } else if (field === 'status') {
      if (value === task.status) return;
      patch.status = value as TaskPatch['status'];
    } else {
      if (value === task.priority) return;
      patch.priority = value as TaskPatch['priority'];
    }
    update.mutate({ task, patch });
  }

  function onCellKey(event: KeyboardEvent, index: number, col: number, row: WbsRow) {
    if (editing) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(index + 1, col),
      ArrowUp: () => move(index - 1, col),
      ArrowRight: () => move(index, col + 1),
      ArrowLeft: () => move(index, col - 1),
      Home: () => move(0, col),
      End: () => move(rows.length - 1, col),
      PageDown: () => move(index + visibleCount, col),
      PageUp: () => move(index - visibleCount, col),
      Enter: () => startEdit(row, editable[col] ?? 'title'),
      F2: () => startEdit(row, editable[col] ?? 'title'),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  }

  function cell(index: number, col: number, row: WbsRow, content: React.ReactNode) {
    const field: Field = editable[col] ?? 'title';
    const isEditing = editing?.taskId === row.task.id && editing.field === field;
    const isActive = index === rowIndex && col === active.col;
    if (isEditing) {
      const label = `${fieldLabels[field]} of ${row.task.key}`;
      const commonKeys = (event: KeyboardEvent) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          setEditing(null);
          focusPending.current = true;
        } else if (event.key === 'Enter') {
          event.preventDefault();
          save(row.task, field, editing.value);
        }
      };
      const options = field === 'status' ? statusOptions : priorityOptions;
      return (
        <td className={`cell-${field} editing`}>
          {field === 'status' || field === 'priority' ? (
            <select
              aria-label={label}
              autoFocus
              value={editing.value}
              onChange={(e) => save(row.task, field, e.target.value)}
              onKeyDown={commonKeys}
              onBlur={() => setEditing(null)}
            >
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : (
            <input
              aria-label={label}
              autoFocus
              type={field === 'durationDays' ? 'number' : 'text'}
              min={field === 'durationDays' ? 0 : undefined}
              step={field === 'durationDays' ? 'any' : undefined}
              value={editing.value}
              onChange={(e) => setEditing({ ...editing, value: e.target.value })}
              onKeyDown={commonKeys}
              onBlur={() => save(row.task, field, editing.value)}
            />
          )}
        </td>
      );
    }
    return (
      <td
        className={`cell-${field}${isActive ? ' active' : ''}`}
        tabIndex={isActive ? 0 : -1}
        data-cell={`${index}-${col}`}
        onKeyDown={(e) => onCellKey(e, index, col, row)}
        onClick={() => setActive({ row: index, col })}
        onDoubleClick={() => startEdit(row, field)}
      >
        {content}
      </td>
    );
  }

  const parentOf = (row: WbsRow) => row.task.parentId;
  const grandParent = (row: WbsRow) =>
    allRows.find((r) => r.task.id === parentOf(row))?.task.parentId ?? null;

  return (
    <div className="plan">
      <div className="toolbar" role="group" aria-label="Filter tasks">
        <div className="field field-inline">
          <label htmlFor="plan-filter-text">Find</label>
          <input
            id="plan-filter-text"
            type="search"
            placeholder="Title or key"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="field field-inline">
          <label htmlFor="plan-filter-status">Status</label>
          <select
            id="plan-filter-status"
            value={status}
            onChange={(e) => setStatus(e.target.value)}
          >
            <option value="">All statuses</option>
            {statusOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <span className="muted" aria-live="polite">
          {rows.length === allRows.length
            ? `${allRows.length} tasks`
            : `${rows.length} of ${allRows.length} tasks`}
        </span>
        {canEdit && current && (
          <div className="toolbar-actions" role="group" aria-label="Selected task">
            <Button
              variant="secondary"
              className="btn-sm"
              disabled={!current.previousSiblingId || update.isPending}
              onClick={() =>
                update.mutate({
                  task: current.task,
                  patch: { parentId: current.previousSiblingId ?? null },
                })
              }
            >
              Indent {current.task.key}
            </Button>
            <Button
              variant="secondary"
              className="btn-sm"
              disabled={!current.task.parentId || update.isPending}
              onClick={() =>
                update.mutate({ task: current.task, patch: { parentId: grandParent(current) } })
              }
            >
              Outdent {current.task.key}
            </Button>
            {confirmDelete === current.task.id ? (
              <>
                <Button
                  variant="danger"
                  className="btn-sm"
                  busy={remove.isPending}
                  onClick={() =>
                    remove.mutate(current.task.id, { onSettled: () => setConfirmDelete(null) })
                  }
                >
                  Confirm deleting {current.task.key}
                </Button>
                <Button variant="ghost" className="btn-sm" onClick={() => setConfirmDelete(null)}>
                  Keep it
                </Button>
              </>
            ) : (
              <Button
                variant="ghost"
                className="btn-sm"
                onClick={() => setConfirmDelete(current.task.id)}
              >
                Delete {current.task.key}
              </Button>
            )}
          </div>
        )}
      </div>
      <PlanProblem error={update.error} title="The change was not saved" taskLabel={taskLabel} />
      <PlanProblem error={remove.error} title="The task was not deleted" taskLabel={taskLabel} />
      {rows.length === 0 ? (
        <p className="state state-empty">
          {allRows.length === 0 ? 'No tasks yet. Add the first one below.' : 'No task matches.'}
        </p>
      ) : (
        <div className="plan-scroll" ref={scroller}>
          <table
            className="table plan-table"
            role="grid"
            aria-label="Work breakdown"
            aria-rowcount={rows.length + 1}
          >
            <colgroup>
              <col style={{ width: '30%' }} />
              <col style={{ width: '7%' }} />
              <col style={{ width: '9%' }} />
              <col style={{ width: '9%' }} />
              <col style={{ width: '7%' }} />
              <col style={{ width: '7%' }} />
              <col style={{ width: '9%' }} />
              <col style={{ width: '8%' }} />
              <col style={{ width: '14%' }} />
            </colgroup>
            <thead>
              <tr aria-rowindex={1}>
                <th scope="col">Task</th>
                <th scope="col">Duration</th>
                <th scope="col">Start</th>
                <th scope="col">Finish</th>
                <th scope="col">Total float</th>
                <th scope="col">Critical</th>
                <th scope="col">Status</th>
                <th scope="col">Priority</th>
                <th scope="col">Assignees</th>
              </tr>
            </thead>
            <tbody>
              {first > 0 && (
                <tr aria-hidden="true" style={{ height: first * rowHeight }} className="spacer" />
              )}
              {rows.slice(first, last).map((row, offset) => {
                const index = first + offset;
                const s = row.schedule;
                return (
                  <tr
                    key={row.task.id}
                    aria-rowindex={index + 2}
                    aria-selected={index === rowIndex}
                    className={[
                      row.task.summary ? 'summary' : '',
                      s?.critical ? 'critical' : '',
                    ].join(' ')}
                  >
                    {cell(
                      index,
                      0,
                      row,
                      <span className="wbs-title" style={{ paddingLeft: row.depth * 18 }}>
                        <span className="task-key">{row.task.key}</span> {row.task.title}
                      </span>,
                    )}
                    {cell(index, 1, row, formatDays(row.task.durationDays))}
                    <td className="nowrap">{formatDay(s?.earlyStart)}</td>
                    <td className="nowrap">{formatDay(s?.earlyFinish)}</td>
                    <td className={(s?.totalFloatDays ?? 0) < 0 ? 'negative' : undefined}>
                      {formatDays(s?.totalFloatDays)}
                    </td>
                    <td>{s?.critical ? <span className="flag-critical">Critical</span> : ''}</td>
                    {cell(index, 2, row, enumLabel(row.task.status))}
                    {cell(index, 3, row, enumLabel(row.task.priority))}
                    <td className="assignees">
                      {row.task.assignments.map((a) => personName(a.personId)).join(', ')}
                    </td>
                  </tr>
                );
              })}
              {last < rows.length && (
                <tr
                  aria-hidden="true"
                  style={{ height: (rows.length - last) * rowHeight }}
                  className="spacer"
                />
              )}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted hint">
        Arrow keys move between cells, Enter edits the title, duration, status or priority, Escape
        cancels.
      </p>
    </div>
  );
}
