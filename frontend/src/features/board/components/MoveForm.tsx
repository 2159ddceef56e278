import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import type { BoardStatus } from '../board-columns';

type Props = {
  taskKey: string;
  current: string;
  statuses: readonly BoardStatus[];
  busy: boolean;
  onMove: (to: string, comment: string) => void;
  onCancel: () => void;
};

/** The keyboard- and screen-reader-friendly way to move a card: a target and a comment. */
export function MoveForm({ taskKey, current, statuses, busy, onMove, onCancel }: Props) {
  const targets = statuses.filter((s) => s.key !== current);
  const [to, setTo] = useState(targets[0]?.key ?? '');
  const [comment, setComment] = useState('');
  const toId = useId();
  const commentId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (to) onMove(to, comment.trim());
  };
  return (
    <form className="move-form" onSubmit={submit} aria-label={`Move ${taskKey}`}>
      <div className="field">
        <label htmlFor={toId}>Move to</label>
        <select id={toId} value={to} onChange={(e) => setTo(e.target.value)}>
          {targets.map((s) => (
            <option key={s.key} value={s.key}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={commentId}>Comment (optional)</label>
        <textarea
          id={commentId}
          rows={2}
          maxLength={2000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <div className="toolbar-actions">
        <Button type="submit" className="btn-sm" busy={busy}>
          Move
        </Button>
        <Button variant="ghost" className="btn-sm" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
