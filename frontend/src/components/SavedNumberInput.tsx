import { useRef, useState } from 'react';

type Props = {
  /** The saved value, and the version of the row it belongs to. */
  value: number;
  version: number;
  label: string;
  className?: string;
  min: number;
  max: number;
  step: number | 'any';
  /** Saves a changed value; `onFailed` lets the same value be sent again after a refusal. */
  onSave: (value: number, onFailed: () => void) => void;
};

/**
 * A number saved on Enter or when the field is left, if it changed. It stays mounted while
 * saving so the keyboard stays in it; a new version of the row (saved here, or by someone else)
 * resets the draft.
 */
export function SavedNumberInput({
  value,
  version,
  label,
  className,
  min,
  max,
  step,
  onSave,
}: Props) {
  const [draft, setDraft] = useState(String(value));
  const [draftOf, setDraftOf] = useState(version);
  // what was last sent, from which version: Enter then leaving the field must not send it twice
  const sent = useRef<{ version: number; draft: string } | null>(null);
  if (draftOf !== version) {
    setDraftOf(version);
    setDraft(String(value));
  }

  function save() {
    const next = Number(draft);
    if (draft.trim() === '' || !Number.isFinite(next) || next === value) return;
    if (sent.current?.version === version && sent.current.draft === draft) return;
    sent.current = { version, draft };
    onSave(next, () => {
      sent.current = null;
    });
  }

  return (
    <input
      type="number"
      className={className}
      aria-label={label}
      min={min}
      max={max}
      step={step}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          save();
        }
      }}
    />
  );
}
