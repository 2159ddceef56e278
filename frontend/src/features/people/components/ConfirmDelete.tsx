import { useState } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';

type Props = {
  /** What is deleted, for the accessible names: "Delete Design", "Confirm deleting Design". */
  name: string;
  consequence: string;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  label?: string;
};

/** A delete button that asks once more before it acts. */
export function ConfirmDelete({
  name,
  consequence,
  busy,
  error,
  onConfirm,
  label = 'Delete',
}: Props) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button
        variant="ghost"
        className="btn-sm"
        aria-label={`${label} ${name}`}
        onClick={() => setConfirming(true)}
      >
        {label}
      </Button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={`Confirm: ${label.toLowerCase()} ${name}`}>
      <p>{consequence}</p>
      <ProblemAlert error={error} />
      <Button
        variant="danger"
        className="btn-sm"
        busy={busy}
        aria-label={`Confirm ${label.toLowerCase()} ${name}`}
        onClick={onConfirm}
      >
        {label}
      </Button>
      <Button variant="ghost" className="btn-sm" onClick={() => setConfirming(false)}>
        Cancel
      </Button>
    </div>
  );
}
