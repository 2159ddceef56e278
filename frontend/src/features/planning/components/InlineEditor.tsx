import type { KeyboardEvent } from 'react';
import type { StatusOption } from '@/lib/task-status';
import { priorityOptions, statusOptions } from '../options';

type Props = {
  field: 'title' | 'durationDays' | 'status' | 'priority';
  label: string;
  value: string;
  onChange: (value: string) => void;
  onSave: (value: string) => void;
  /** Escape: back to the cell without saving. */
  onCancel: () => void;
  /** A list closed without a choice. */
  onDismiss: () => void;
  /** The statuses of the task's workflow (default: the standard six). */
  statuses?: readonly StatusOption[];
};

/**
 * The editor inside a grid cell: a text or number field (Enter or leaving it saves), or a list
 * (choosing saves). Escape cancels.
 */
export function InlineEditor({
  field,
  label,
  value,
  onChange,
  onSave,
  onCancel,
  onDismiss,
  statuses = statusOptions,
}: Props) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onSave(value);
    }
  };
  if (field === 'status' || field === 'priority') {
    const options = field === 'status' ? statuses : priorityOptions;
    return (
      <select
        aria-label={label}
        autoFocus
        value={value}
        onChange={(e) => onSave(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={onDismiss}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  const duration = field === 'durationDays';
  return (
    <input
      aria-label={label}
      autoFocus
      type={duration ? 'number' : 'text'}
      min={duration ? 0 : undefined}
      step={duration ? 'any' : undefined}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => onSave(value)}
    />
  );
}
