import { useState } from 'react';
import { Button } from './Button';

type Props = {
  /** The action, as on the button: "Revoke", "Delete". */
  label: string;
  /** The action as a gerund for the confirming button's accessible name: "revoking". */
  doing: string;
  /** What it acts on, for the accessible names: "Revoke feed ab12…", "Confirm revoking feed ab12…". */
  name: string;
  busy: boolean;
  onConfirm: () => void;
};

/** A small button that asks once more before it acts: "Revoke" turns into "Revoke now" and "Cancel". */
export function ConfirmButton({ label, doing, name, busy, onConfirm }: Props) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button
        className="btn-sm"
        variant="secondary"
        onClick={() => setConfirming(true)}
        aria-label={`${label} ${name}`}
      >
        {label}
      </Button>
    );
  }
  return (
    <span className="confirm">
      <Button
        className="btn-sm"
        variant="danger"
        busy={busy}
        onClick={onConfirm}
        aria-label={`Confirm ${doing} ${name}`}
      >
        {label} now
      </Button>
      <Button className="btn-sm" variant="ghost" onClick={() => setConfirming(false)}>
        Cancel
      </Button>
    </span>
  );
}
