import { useId, useMemo, useState } from 'react';

/** What the picker needs of a task. */
export type PickableTask = { id: string; key: string; title: string };

type Props = {
  label: string;
  tasks: PickableTask[];
  value: string;
  onChange: (taskId: string) => void;
  error?: string | undefined;
};

const maxSuggestions = 50;
const labelOf = (t: PickableTask) => `${t.key} ${t.title}`;

/**
 * Chooses a task by typing its key or title, with up to 50 suggestions. A plain select would
 * put thousands of options in the page on a large plan and slow every render.
 */
export function TaskPicker({ label, tasks, value, onChange, error }: Props) {
  const id = useId();
  const selected = tasks.find((t) => t.id === value);
  const [text, setText] = useState(selected ? labelOf(selected) : '');
  const needle = text.trim().toLowerCase();
  const suggestions = useMemo(() => {
    const out: PickableTask[] = [];
    for (const t of tasks) {
      if (out.length >= maxSuggestions) break;
      if (!needle || labelOf(t).toLowerCase().includes(needle)) out.push(t);
    }
    return out;
  }, [tasks, needle]);
  const unresolved = needle !== '' && !selected;

  function change(next: string) {
    setText(next);
    const n = next.trim().toLowerCase();
    const match = tasks.find((t) => labelOf(t).toLowerCase() === n || t.key.toLowerCase() === n);
    onChange(match?.id ?? '');
  }

  const message = error ?? (unresolved ? 'Type a task key or pick one from the list' : undefined);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        list={`${id}-list`}
        autoComplete="off"
        placeholder="Key or title"
        value={text}
        onChange={(e) => change(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={message ? `${id}-msg` : undefined}
      />
      <datalist id={`${id}-list`}>
        {suggestions.map((t) => (
          <option key={t.id} value={labelOf(t)} />
        ))}
      </datalist>
      {message && (
        <p id={`${id}-msg`} className={error ? 'field-error' : 'field-hint'}>
          {message}
        </p>
      )}
    </div>
  );
}
