import { useDraggable } from '@dnd-kit/core';
import { useState, type PointerEvent, type ReactNode } from 'react';
import { Button } from '@/components/Button';
import { formatDay } from '@/lib/format';
import { initials, type BoardStatus } from '../board-columns';
import type { MovedTask } from '../api/move-task';
import { MoveForm } from './MoveForm';
import { TaskHistory } from './TaskHistory';

type Props = {
  task: MovedTask;
  statuses: readonly BoardStatus[];
  canMove: boolean;
  moving: boolean;
  personName: (personId: string) => string;
  userName: (userId: string) => string;
  statusName: (key: string) => string;
  approval?: ReactNode;
  onMove: (task: MovedTask, to: string, comment: string) => void;
};

const interactive = 'button, a, input, select, textarea, summary, label';

/**
 * A task on the board. The whole card drags with a pointer; the grip button drags it with the
 * keyboard (space, arrows, space), and "Move…" does the same through a form.
 */
export function BoardCard({
  task,
  statuses,
  canMove,
  moving,
  personName,
  userName,
  statusName,
  approval,
  onMove,
}: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } =
    useDraggable({ id: task.id, disabled: !canMove || moving, data: { status: task.status } });
  const [moveOpen, setMoveOpen] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const style = transform
    ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` }
    : undefined;
  // Buttons and fields inside the card keep their clicks: only the card's body starts a drag.
  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if ((event.target as HTMLElement).closest(interactive)) return;
    listeners?.onPointerDown?.(event);
  };
  const finish = task.schedule?.earlyFinish;
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={['board-card', isDragging && 'dragging', moving && 'moving']
        .filter(Boolean)
        .join(' ')}
      onPointerDown={canMove ? onPointerDown : undefined}
      data-task-key={task.key}
    >
      <div className="board-card-head">
        <span className="task-key">{task.key}</span>
        {canMove && (
          <button
            type="button"
            ref={setActivatorNodeRef}
            className="drag-handle"
            {...attributes}
            onKeyDown={(event) => listeners?.onKeyDown?.(event)}
            aria-label={`Drag ${task.key} ${task.title}`}
            aria-roledescription="draggable card"
          >
            <span aria-hidden="true">⠿</span>
          </button>
        )}
      </div>
      <p className="board-card-title">{task.title}</p>
      <div className="board-card-meta">
        <span className="assignees">
          {task.assignments.map((a) => (
            <abbr key={a.id} className="avatar" title={personName(a.personId)}>
              {initials(personName(a.personId))}
            </abbr>
          ))}
        </span>
        {finish && <span className="muted">Finish {formatDay(finish)}</span>}
      </div>
      {approval}
      <div className="board-card-actions">
        {canMove && (
          <Button
            variant="ghost"
            className="btn-sm"
            aria-expanded={moveOpen}
            aria-label={`Move ${task.key}…`}
            onClick={() => setMoveOpen(!moveOpen)}
          >
            Move…
          </Button>
        )}
        <details onToggle={(e) => setHistoryOpen(e.currentTarget.open)}>
          <summary>
            History<span className="visually-hidden"> of {task.key}</span>
          </summary>
          {historyOpen && (
            <TaskHistory taskId={task.id} statusName={statusName} userName={userName} />
          )}
        </details>
      </div>
      {moveOpen && (
        <MoveForm
          taskKey={task.key}
          current={task.status}
          statuses={statuses}
          busy={moving}
          onCancel={() => setMoveOpen(false)}
          onMove={(to, comment) => {
            setMoveOpen(false);
            onMove(task, to, comment);
          }}
        />
      )}
    </li>
  );
}
