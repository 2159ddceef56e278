import { statusOptions } from '../options';

type Props = {
  text: string;
  onText: (text: string) => void;
  status: string;
  onStatus: (status: string) => void;
  shown: number;
  total: number;
};

/** Find by title or key, filter by status, and how many tasks that leaves. */
export function PlanFilters({ text, onText, status, onStatus, shown, total }: Props) {
  return (
    <>
      <div className="field field-inline">
        <label htmlFor="plan-filter-text">Find</label>
        <input
          id="plan-filter-text"
          type="search"
          placeholder="Title or key"
          value={text}
          onChange={(e) => onText(e.target.value)}
        />
      </div>
      <div className="field field-inline">
        <label htmlFor="plan-filter-status">Status</label>
        <select id="plan-filter-status" value={status} onChange={(e) => onStatus(e.target.value)}>
          <option value="">All statuses</option>
          {statusOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <span className="muted" aria-live="polite">
        {shown === total ? `${total} tasks` : `${shown} of ${total} tasks`}
      </span>
    </>
  );
}
