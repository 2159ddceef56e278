import { useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { statusLabel, useStatusOptions } from '@/lib/task-status';
import { useVirtualRows } from '@/lib/use-virtual-rows';
import type { Task } from '../api/get-tasks';
import { useDeleteTask } from '../api/delete-task';
import { dependenciesQueryOptions, type Dependency } from '../api/get-dependencies';
import { useRestoreTasks } from '../api/restore-tasks';
import { deletedSubtree, inversePatch } from '../undo';
import { UndoToast, type UndoOffer } from './UndoToast';
import { useUpdateTask, type TaskPatch } from '../api/update-task';
import { restructurePatch, type Restructure } from '../restructure';
import type { WbsRow } from '../wbs';
import { useUpdateAssignmentUnits } from '../api/change-assignment';
import type { PersonOption } from './AssigneeEditor';
import { editable, inPopover, type Editing, type Field } from './plan-fields';
import { noFilter, PlanFilters, type PlanFilter } from './PlanFilters';
import { PlanProblem } from './PlanProblem';
import { PlanRow } from './PlanRow';
import { HighlightToggle } from './HighlightToggle';
import type { Highlight } from '../highlight';
import { TaskActions } from './TaskActions';
import { usePlanKeyboard } from './use-plan-keyboard';
import './plan-table.css';

const rowHeight = 36;
const overscan = 10;

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
  /** Opens a task's details beside the grid. */
  onOpenTask?: (taskId: string) => void;
  /** The task whose details are open, if any. */
  openTaskId?: string | null;
};

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
  onOpenTask,
  openTaskId = null,
}: Props) {
  const [filter, setFilter] = useState<PlanFilter>(noFilter);
  const [highlight, setHighlight] = useState<Highlight>('driving');
  const [editing, setEditing] = useState<Editing | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const statuses = useStatusOptions(projectId);
  const update = useUpdateTask(projectId);
  const remove = useDeleteTask(projectId);
  const restore = useRestoreTasks(projectId);
  const queryClient = useQueryClient();
  const [undoOffer, setUndoOffer] = useState<UndoOffer | null>(null);
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

  const { first, last, pageRows } = useVirtualRows({
    count: rows.length,
    rowHeight,
    overscan,
    scrollerRef: scroller,
    fallbackHeight: 800,
  });
  const keyboard = usePlanKeyboard({
    rows,
    rowHeight,
    pageRows,
    scrollerRef: scroller,
    editing: editing !== null,
    onEdit: (row, col) => startEdit(row, editable[col] ?? 'title'),
    onRestructure: restructure,
    onExplain,
  });
  const current = rows[keyboard.rowIndex];

  function startEdit(row: WbsRow, field: Field) {
    const allowed = canEdit || (canReport && field === 'status');
    if (!allowed || (field === 'durationDays' && row.task.summary)) return;
    update.reset();
    keyboard.stopFollowing();
    const value = inPopover(field) ? '' : String(row.task[field] ?? '');
    setEditing({ taskId: row.task.id, field, value });
  }

  function closeEditor() {
    setEditing(null);
    keyboard.refocus();
  }

  function can(kind: Restructure, row: WbsRow | undefined) {
    return canEdit && row !== undefined && restructurePatch(kind, row, allRows) !== null;
  }

  function restructure(kind: Restructure, row: WbsRow | undefined, fromKeyboard: boolean) {
    if (!row || update.isPending) return;
    const patch = canEdit ? restructurePatch(kind, row, allRows) : null;
    if (!patch) return;
    keyboard.keepOn(row.task.id, fromKeyboard);
    const verb = { up: 'Moved', down: 'Moved', indent: 'Indented', outdent: 'Outdented' }[kind];
    change(row, patch, `${verb} ${row.task.key}`);
  }

  /** Saves the change and offers to undo it (a PATCH back, with the new version's If-Match). */
  function change(row: WbsRow, patch: TaskPatch, message: string) {
    const inverse = inversePatch(row, patch);
    update.mutate(
      { task: row.task, patch },
      {
        onSuccess: (updated) =>
          setUndoOffer(
            inverse && {
              message,
              undo: () =>
                update.mutate(
                  { task: updated, patch: inverse },
                  { onSuccess: () => setUndoOffer({ message: `Undone: ${message}` }) },
                ),
            },
          ),
      },
    );
  }

  async function deleteRow(row: WbsRow, done: () => void) {
    // what the delete takes with it, to create it again on Undo
    const dependencies = await queryClient
      .fetchQuery(dependenciesQueryOptions(projectId))
      .catch((): Dependency[] => []);
    const deleted = deletedSubtree(row, allRows, dependencies);
    remove.mutate(row.task, {
      onSettled: done,
      onSuccess: () =>
        setUndoOffer({
          message: `Deleted ${row.task.key}`,
          undo: () =>
            restore.mutate(deleted, {
              onSuccess: (created) =>
                setUndoOffer({
                  message: `Restored ${row.task.key} as ${created[0]?.key ?? 'a new task'}`,
                }),
            }),
        }),
    });
  }

  function save(task: Task, field: Field, value: string) {
    setEditing(null);
    keyboard.refocus();
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
      const row = allRows.find((r) => r.task.id === task.id);
      if (row)
        return change(
          row,
          { status: value },
          `${task.key} is now ${statusLabel(statuses, value).toLowerCase()}`,
        );
      patch.status = value as TaskPatch['status'];
    } else {
      if (value === task.priority) return;
      patch.priority = value as TaskPatch['priority'];
    }
    // an edit that cannot be undone here ends the offer to undo an older one
    setUndoOffer(null);
    update.mutate({ task, patch });
  }

  function saveConstraint(task: Task, patch: TaskPatch) {
    closeEditor();
    if (Object.keys(patch).length > 0) update.mutate({ task, patch });
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
          statuses={statuses}
        />
        {allRows.some((r) => r.driving !== undefined) && (
          <HighlightToggle value={highlight} onChange={setHighlight} />
        )}
        {canEdit && current && (
          <TaskActions
            row={current}
            can={(kind) => can(kind, current)}
            onRestructure={(kind) => restructure(kind, current, false)}
            busy={update.isPending}
            deleting={remove.isPending}
            onDelete={(done) => void deleteRow(current, done)}
          />
        )}
      </div>
      <PlanProblem error={update.error} title="The change was not saved" taskLabel={taskLabel} />
      <PlanProblem error={remove.error} title="The task was not deleted" taskLabel={taskLabel} />
      <PlanProblem error={restore.error} title="The task was not restored" taskLabel={taskLabel} />
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
                return (
                  <PlanRow
                    key={row.task.id}
                    row={row}
                    index={index}
                    selected={index === keyboard.rowIndex}
                    activeCol={index === keyboard.rowIndex ? keyboard.activeCol : null}
                    editing={editing?.taskId === row.task.id ? editing : null}
                    people={people}
                    personName={personName}
                    taskLabel={taskLabel}
                    onCellKey={keyboard.onCellKey}
                    onChooseCell={(at, col, taskId) => {
                      // A panel editor left open (its focus lost) closes when another cell is chosen.
                      if (editing) setEditing(null);
                      keyboard.select(at, col, taskId);
                    }}
                    onStartEdit={startEdit}
                    onEditChange={(value) => setEditing((e) => e && { ...e, value })}
                    onSave={save}
                    onSaveConstraint={saveConstraint}
                    onChangeUnits={(assignment, units, onFailed) => {
                      update.reset();
                      changeUnits.mutate({ assignment, units }, { onError: onFailed });
                    }}
                    onCloseEditor={closeEditor}
                    onDismissEditor={() => setEditing(null)}
                    onExplain={onExplain}
                    onOpenTask={onOpenTask}
                    detailsOpen={openTaskId === row.task.id}
                    highlight={highlight}
                  />
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
      <UndoToast
        offer={undoOffer}
        busy={restore.isPending || update.isPending}
        onDismiss={() => setUndoOffer(null)}
      />
      <p className="muted hint">
        Arrow keys move between cells, Enter edits the title, duration, constraint, status, priority
        or assignees, Escape cancels. Alt+↑/↓ moves the task among its siblings, Alt+Shift+→/←
        indents and outdents it. W, or a click on a start date, shows what drives the task's dates.
      </p>
    </div>
  );
}
