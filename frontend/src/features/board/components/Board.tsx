import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { useMemo, useState, type ReactNode } from 'react';
import { EmptyState } from '@/components/States';
import {
  boardColumns,
  refusedMove,
  wipText,
  type BoardColumn,
  type BoardStatus,
} from '../board-columns';
import { useMoveTask, type MovedTask } from '../api/move-task';
import { BoardCard } from './BoardCard';
import { columnCoordinates } from './column-keys';
import './board.css';

type Props = {
  projectId: string;
  statuses: readonly BoardStatus[];
  tasks: readonly MovedTask[];
  canMove: boolean;
  personName: (personId: string) => string;
  userName: (userId: string) => string;
  /** The approval badge and buttons of a task with a pending round, if any. */
  approvalFor: (taskId: string) => ReactNode;
};

type Outcome =
  | { kind: 'refused'; taskKey: string; detail: string; allowed: string[] }
  | { kind: 'failed'; taskKey: string; detail: string }
  | { kind: 'wip'; taskKey: string; status: string; count: string }
  | { kind: 'moved'; taskKey: string; status: string };

/** The project's tasks in one column per workflow status; drag a card to move the task. */
export function Board({
  projectId,
  statuses,
  tasks,
  canMove,
  personName,
  userName,
  approvalFor,
}: Props) {
  const move = useMoveTask(projectId);
  const [moving, setMoving] = useState<Map<string, string>>(new Map());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const columns = useMemo(() => boardColumns(statuses, tasks, moving), [statuses, tasks, moving]);
  const statusName = (key: string) => statuses.find((s) => s.key === key)?.name ?? key;
  const byId = useMemo(() => new Map(tasks.map((t) => [t.id, t])), [tasks]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }),
  );

  const moveTo = (task: MovedTask, to: string, comment = '') => {
    if (to === task.status) return;
    setOutcome(null);
    setMoving((m) => new Map(m).set(task.id, to));
    const settle = () =>
      setMoving((m) => {
        const next = new Map(m);
        next.delete(task.id);
        return next;
      });
    move.mutate(
      { taskId: task.id, to, ...(comment ? { comment } : {}) },
      {
        onSuccess: (moved) => {
          settle();
          const column = columns.find((c) => c.status.key === to);
          const count = (column?.tasks.filter((t) => t.id !== task.id).length ?? 0) + 1;
          setOutcome(
            moved.wipExceeded
              ? {
                  kind: 'wip',
                  taskKey: task.key,
                  status: statusName(to),
                  count: wipText(count, column?.status.wipLimit),
                }
              : { kind: 'moved', taskKey: task.key, status: statusName(to) },
          );
        },
        onError: (error) => {
          settle();
          const refused = refusedMove(error);
          setOutcome(
            refused
              ? { kind: 'refused', taskKey: task.key, ...refused }
              : { kind: 'failed', taskKey: task.key, detail: error.message },
          );
        },
      },
    );
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const task = byId.get(String(active.id));
    if (task && over) moveTo(task, String(over.id));
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${byId.get(String(active.id))?.key ?? 'the card'}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${byId.get(String(active.id))?.key ?? 'The card'} is over ${statusName(String(over.id))}.`
        : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? `${byId.get(String(active.id))?.key ?? 'The card'} dropped on ${statusName(String(over.id))}.`
        : 'Dropped outside the columns; the card stays.',
    onDragCancel: () => 'Move cancelled; the card stays.',
  };

  if (statuses.length === 0) return <EmptyState title="The project's workflow has no statuses" />;
  return (
    <div className="stack">
      <BoardOutcome outcome={outcome} statusName={statusName} />
      <DndContext
        sensors={sensors}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: {
            draggable:
              'Press space to pick up the card, arrow left or right to choose a column, space to drop it there, escape to cancel.',
          },
        }}
      >
        <div className="board">
          {columns.map((column) => (
            <Column key={column.status.key} column={column}>
              {column.tasks.map((task) => (
                <BoardCard
                  key={task.id}
                  task={task}
                  statuses={statuses}
                  canMove={canMove}
                  moving={moving.has(task.id)}
                  personName={personName}
                  userName={userName}
                  statusName={statusName}
                  approval={approvalFor(task.id)}
                  onMove={moveTo}
                />
              ))}
            </Column>
          ))}
        </div>
      </DndContext>
    </div>
  );
}

function Column({ column, children }: { column: BoardColumn<MovedTask>; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: column.status.key });
  const { status, tasks, wip } = column;
  const headingId = `column-${status.key}`;
  return (
    <section
      ref={setNodeRef}
      className={['board-column', isOver && 'over', `wip-${wip}`].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="board-column-head">
        <span>{status.name}</span>
        <span className={`wip-count wip-${wip}`}>
          {wipText(tasks.length, status.wipLimit)}
          <span className="visually-hidden">
            {status.wipLimit !== undefined
              ? ` tasks against a WIP limit of ${status.wipLimit}`
              : ' tasks'}
            {wip === 'over' ? ', over the limit' : ''}
          </span>
        </span>
      </h3>
      {tasks.length === 0 ? (
        <p className="board-empty muted">No tasks</p>
      ) : (
        <ul className="board-cards" aria-label={`${status.name} tasks`}>
          {children}
        </ul>
      )}
    </section>
  );
}

function BoardOutcome({
  outcome,
  statusName,
}: {
  outcome: Outcome | null;
  statusName: (key: string) => string;
}) {
  if (outcome?.kind === 'refused' || outcome?.kind === 'failed')
    return (
      <div role="alert" className="alert alert-error">
        <p className="alert-title">{outcome.taskKey} was not moved</p>
        <p>{outcome.detail}</p>
        {outcome.kind === 'refused' && (
          <p>
            {outcome.allowed.length > 0
              ? `It can move to: ${outcome.allowed.map(statusName).join(', ')}.`
              : 'It cannot move anywhere now.'}
          </p>
        )}
      </div>
    );
  return (
    <p
      role="status"
      className={
        outcome?.kind === 'wip'
          ? 'alert alert-warning'
          : outcome
            ? 'notice notice-success'
            : 'visually-hidden'
      }
    >
      {outcome?.kind === 'wip' &&
        `${outcome.taskKey} moved to ${outcome.status}, which is now over its WIP limit (${outcome.count}).`}
      {outcome?.kind === 'moved' && `${outcome.taskKey} moved to ${outcome.status}.`}
    </p>
  );
}
