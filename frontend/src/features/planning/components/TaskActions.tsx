import { useState } from 'react';
import { Button } from '@/components/Button';
import type { Restructure } from '../restructure';
import type { WbsRow } from '../wbs';

type Props = {
  row: WbsRow;
  /** Whether the task can move that way (first sibling cannot move up, …). */
  can: (kind: Restructure) => boolean;
  onRestructure: (kind: Restructure) => void;
  busy: boolean;
  deleting: boolean;
  onDelete: (onDone: () => void) => void;
};

const moves: Array<{ kind: Restructure; label: string; keys: string }> = [
  { kind: 'up', label: 'Move {key} up', keys: 'Alt+ArrowUp' },
  { kind: 'down', label: 'Move {key} down', keys: 'Alt+ArrowDown' },
  { kind: 'indent', label: 'Indent {key}', keys: 'Alt+Shift+ArrowRight' },
  { kind: 'outdent', label: 'Outdent {key}', keys: 'Alt+Shift+ArrowLeft' },
];

/** What can be done to the selected task: move it in the WBS, or delete it (after confirming). */
export function TaskActions({ row, can, onRestructure, busy, deleting, onDelete }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const key = row.task.key;
  return (
    <div className="toolbar-actions" role="group" aria-label="Selected task">
      {moves.map((m) => (
        <Button
          key={m.kind}
          variant="secondary"
          className="btn-sm"
          aria-keyshortcuts={m.keys}
          disabled={!can(m.kind) || busy}
          onClick={() => onRestructure(m.kind)}
        >
          {m.label.replace('{key}', key)}
        </Button>
      ))}
      {confirming === row.task.id ? (
        <>
          <Button
            variant="danger"
            className="btn-sm"
            busy={deleting}
            onClick={() => onDelete(() => setConfirming(null))}
          >
            Confirm deleting {key}
          </Button>
          <Button variant="ghost" className="btn-sm" onClick={() => setConfirming(null)}>
            Keep it
          </Button>
        </>
      ) : (
        <Button variant="ghost" className="btn-sm" onClick={() => setConfirming(row.task.id)}>
          Delete {key}
        </Button>
      )}
    </div>
  );
}
