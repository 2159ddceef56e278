import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { enumLabel, formatDay, formatDays } from '@/lib/format';
import type { Task } from '../api/get-tasks';
import { useDeleteTask } from '../api/delete-task';
import { useUpdateTask, type TaskPatch } from '../api/update-task';
import { restructurePatch, type Restructure } from '../restructure';
import type { WbsRow } from '../wbs';
import { useUpdateAssignmentUnits } from '../api/change-assignment';
import { AssigneeEditor, type PersonOption } from './AssigneeEditor';
import { ConstraintEditor } from './ConstraintEditor';
import { ConstraintText } from './ConstraintText';
import { InlineEditor } from './InlineEditor';
import { noFilter, PlanFilters, type PlanFilter } from './PlanFilters';
import { PlanProblem } from './PlanProblem';
import { TaskActions } from './TaskActions';
import './plan-table.css';

const rowHeight = 36;
const overscan = 10;
/** The cells the keyboard moves between, left to right. */
const editable = [
  'title',
  'durationDays',
  'constraint',
  'status',
  'priority',
  'assignees',
] as const;
type Field = (typeof editable)[number];
const fieldLabels: Record<Field, string> = {
  title: 'Title',
  durationDays: 'Duration (days)',
  constraint: 'Constraint',
  status: 'Status',
  priority: 'Priority',
  assignees: 'Assignees',
};
/** Fields edited in a small panel under the cell rather than in the cell itself. */
const inPopover = (field: Field) => field === 'constraint' || field === 'assignees';

type Props = {
  projectId: string;
  rows: WbsRow[];
  /** People of the workspace who can be assigned, by name. */
  people: readonly PersonOption[];
  personName: (personId: string) => string;
  taskLabel: (taskId: string) => string;
  canEdit: boolean;
  /** Members may report progress (the status) without changing the plan. */
  canReport?: boolean;
  /** Shows why a task starts when it does (its driving chain). */
  onExplain?: (taskId: string) => void;
};

type Editing = { taskId: string; field: Field; value: string };
/** The active cell follows its task (through moves and filters); `row` is the fallback. */
type Active = { taskId: string | null; row: number; col: number };

/**
 * The work breakdown structure as a grid: arrow keys move between cells, Enter edits, Escape
 * cancels, Alt+arrows move the task in the tree. Only the rows in view are rendered, so a
 * 5,000-task plan stays quick.
 */
export function PlanTable({
  projectId,
  rows: allRows,
  people,
  personName,
  taskLabel,
  canEdit,
  canReport = canEdit,
  onExplain,
}: Props) {
  const [filter, setFilter] = useState<PlanFilter>(noFilter);
  const [active, setActive] = useState<Active>({ taskId: null, row: 0, col: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 0 });
  const scroller = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  // After a move from the keyboard the reloaded rows put the task elsewhere: focus follows it.
  const followMove = useRef(false);
  const update = useUpdateTask(projectId);
  const remove = useDeleteTask(projectId);
  // Here, not in the editor: a refused change must stay visible after the editor closes.
  const changeUnits = useUpdateAssignmentUnits({
    projectId,
    workspaceId: allRows[0]?.task.workspaceId ?? '',
  });

  const rows = useMemo(() => {
    const { status, assignee, criticalOnly } = filter;
    const needle = filter.text.trim().toLowerCase();
    if (!status && !needle && !assignee && !criticalOnly) return allRows;
    return allRows.filter(
      (r) =>
        (!status || r.task.status === status) &&
        (!assignee || r.task.assignments.some((a) => a.personId === assignee)) &&
        (!criticalOnly || r.schedule?.critical === true) &&
        (!needle ||
          r.task.title.toLowerCase().includes(needle) ||
          r.task.key.toLowerCase().includes(needle)),
    );
  }, [allRows, filter]);

  const activeIndex = active.taskId ? rows.findIndex((r) => r.task.id === active.taskId) : -1;
  const rowIndex =
    activeIndex >= 0 ? activeIndex : Math.min(active.row, Math.max(0, rows.length - 1));
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

  // Browsers differ on whether a focused row that moves in the DOM keeps the focus; if it was
  // dropped (or is still in the grid), put it back on the moved task's cell.
  useEffect(() => {
    const focused = document.activeElement;
    if (followMove.current && (focused === document.body || scroller.current?.contains(focused)))
      focusPending.current = true;
  }, [rows]);

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
    followMove.current = false;
    const index = Math.max(0, Math.min(rows.length - 1, row));
    setActive({
      taskId: rows[index]?.task.id ?? null,
      row: index,
      col: Math.max(0, Math.min(editable.length - 1, col)),
    });
  }

  function startEdit(row: WbsRow, field: Field) {
    const allowed = canEdit || (canReport && field === 'status');
    if (!allowed || (field === 'durationDays' && row.task.summary)) return;
    update.reset();
    followMove.current = false;
    const value = inPopover(field) ? '' : String(row.task[field] ?? '');
    setEditing({ taskId: row.task.id, field, value });
  }

  function closeEditor() {
    setEditing(null);
    focusPending.current = true;
  }

  function can(kind: Restructure, row: WbsRow | undefined) {
    return canEdit && row !== undefined && restructurePatch(kind, row, allRows) !== null;
  }

  function restructure(kind: Restructure, row: WbsRow | undefined, fromKeyboard: boolean) {
    if (!row || update.isPending) return;
    const patch = canEdit ? restructurePatch(kind, row, allRows) : null;
    if (!patch) return;
    followMove.current = fromKeyboard;
    setActive((a) => ({ ...a, taskId: row.task.id }));
    update.mutate({ task: row.task, patch });
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

  function saveConstraint(task: Task, patch: TaskPatch) {
    closeEditor();
    if (Object.keys(patch).length > 0) update.mutate({ task, patch });
  }

  function onCellKey(event: KeyboardEvent, index: number, col: number, row: WbsRow) {
    if (editing) return;
    if (event.altKey) {
      // Alt+↑/↓ move among siblings, Alt+Shift+→/← indent and outdent (as in MS Project).
      // Plain Alt+←/→ stay the browser's back and forward.
      const kind: Restructure | undefined = event.shiftKey
        ? { ArrowRight: 'indent' as const, ArrowLeft: 'outdent' as const }[event.key]
        : { ArrowUp: 'up' as const, ArrowDown: 'down' as const }[event.key];
      if (kind) {
        event.preventDefault();
        restructure(kind, row, true);
      }
      return;
    }
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
      // "Why does this start then?" from any cell of the row.
      w: () => onExplain?.(row.task.id),
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
    if (isEditing && inPopover(field)) {
      return (
        <td className={`cell-${field} editing`}>
          {content}
          {field === 'constraint' ? (
            <ConstraintEditor
              task={row.task}
              schedule={row.schedule}
              onSave={(patch) => saveConstraint(row.task, patch)}
              onCancel={closeEditor}
            />
          ) : (
            <AssigneeEditor
              task={row.task}
              people={people}
              personName={personName}
              taskLabel={taskLabel}
              onChangeUnits={(assignment, units, onFailed) => {
                update.reset();
                changeUnits.mutate({ assignment, units }, { onError: onFailed });
              }}
              onClose={closeEditor}
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
            onChange={(value) => setEditing({ ...editing, value })}
            onSave={(value) => save(row.task, field, value)}
            onCancel={closeEditor}
            onDismiss={() => setEditing(null)}
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
        onClick={() => {
          followMove.current = false;
          // A panel editor left open (its focus lost) closes when another cell is chosen.
          if (editing) setEditing(null);
          setActive({ taskId: row.task.id, row: index, col });
        }}
        onDoubleClick={() => startEdit(row, field)}
      >
        {content}
      </td>
    );
  }

  return (
    <div className="plan">
      <div className="toolbar" role="group" aria-label="Filter tasks">
        <PlanFilters
          filter={filter}
          onChange={setFilter}
          people={people}
          shown={rows.length}
          total={allRows.length}
        />
        {canEdit && current && (
          <TaskActions
            row={current}
            can={(kind) => can(kind, current)}
            onRestructure={(kind) => restructure(kind, current, false)}
            busy={update.isPending}
            deleting={remove.isPending}
            onDelete={(done) => remove.mutate(current.task, { onSettled: done })}
          />
        )}
      </div>
      <PlanProblem error={update.error} title="The change was not saved" taskLabel={taskLabel} />
      <PlanProblem error={remove.error} title="The task was not deleted" taskLabel={taskLabel} />
      <PlanProblem
        error={changeUnits.error}
        title="The units were not changed"
        taskLabel={taskLabel}
      />
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
              <col style={{ width: '21%' }} />
              <col style={{ width: '7%' }} />
              <col style={{ width: '9%' }} />
              <col style={{ width: '9%' }} />
              <col style={{ width: '6%' }} />
              <col style={{ width: '7%' }} />
              <col style={{ width: '13%' }} />
              <col style={{ width: '8%' }} />
              <col style={{ width: '7%' }} />
              <col style={{ width: '13%' }} />
            </colgroup>
            <thead>
              <tr aria-rowindex={1}>
                <th scope="col">Task</th>
                <th scope="col">Duration</th>
                <th scope="col">Start</th>
                <th scope="col">Finish</th>
                <th scope="col">Total float</th>
                <th scope="col">Critical</th>
                <th scope="col">Constraint</th>
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
                    <td>{s?.critical ? <span className="flag-critical">Critical</span> : ''}</td>
                    {cell(
                      index,
                      2,
                      row,
                      <ConstraintText task={row.task} conflict={s?.constraintConflict === true} />,
                    )}
                    {cell(index, 3, row, enumLabel(row.task.status))}
                    {cell(index, 4, row, enumLabel(row.task.priority))}
                    {cell(
                      index,
                      5,
                      row,
                      row.task.assignments.map((a) => personName(a.personId)).join(', '),
                    )}
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
        Arrow keys move between cells, Enter edits the title, duration, constraint, status, priority
        or assignees, Escape cancels. Alt+↑/↓ moves the task among its siblings, Alt+Shift+→/←
        indents and outdents it. W, or a click on a start date, shows what drives the task's dates.
      </p>
    </div>
  );
}
