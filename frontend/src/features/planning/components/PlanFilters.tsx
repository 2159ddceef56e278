import { plural } from '@/lib/format';
import type { StatusOption } from '@/lib/task-status';
import { statusOptions } from '../options';

export type PlanFilter = {
  text: string;
  status: string;
  /** A person's id; '' for anyone. */
  assignee: string;
  criticalOnly: boolean;
};

export const noFilter: PlanFilter = { text: '', status: '', assignee: '', criticalOnly: false };

type Props = {
  filter: PlanFilter;
  onChange: (filter: PlanFilter) => void;
  people: ReadonlyArray<{ id: string; name: string }>;
  shown: number;
  total: number;
  /** The statuses of the project's workflow (default: the standard six). */
  statuses?: readonly StatusOption[];
};

/**
 * Find by title or key; narrow to a status, a person's tasks or the critical path; and how many
 * tasks that leaves.
 */
export function PlanFilters({
  filter,
  onChange,
  people,
  shown,
  total,
  statuses = statusOptions,
}: Props) {
  const set = (change: Partial<PlanFilter>) => onChange({ ...filter, ...change });
  return (
    <>
      <div className="field field-inline">
        <label htmlFor="plan-filter-text">Find</label>
        <input
          id="plan-filter-text"
          type="search"
          placeholder="Title or key"
          value={filter.text}
          onChange={(e) => set({ text: e.target.value })}
        />
      </div>
      <div className="field field-inline">
        <label htmlFor="plan-filter-status">Status</label>
        <select
          id="plan-filter-status"
          value={filter.status}
          onChange={(e) => set({ status: e.target.value })}
        >
          <option value="">All statuses</option>
          {statuses.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-inline">
        <label htmlFor="plan-filter-assignee">Assignee</label>
        <select
          id="plan-filter-assignee"
          value={filter.assignee}
          onChange={(e) => set({ assignee: e.target.value })}
        >
          <option value="">Anyone</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-check plan-filter-critical">
        <label>
          <input
            type="checkbox"
            checked={filter.criticalOnly}
            onChange={(e) => set({ criticalOnly: e.target.checked })}
          />
          Critical only
        </label>
      </div>
      <span className="muted" aria-live="polite">
        {shown === total ? plural(total, 'task') : `${shown} of ${plural(total, 'task')}`}
      </span>
    </>
  );
}
