import { formatDay, plural } from '@/lib/format';
import type { Fidelity } from '../api/get-job';

const fieldLabels: Record<string, string> = {
  earlyStart: 'Early start',
  earlyFinish: 'Early finish',
  totalSlack: 'Total slack',
  critical: 'Critical',
};

/** A file's or our value as people read it: `2025-06-04T17:00` → `4 Jun 2025 17:00`. */
export function fidelityValue(value: string | undefined): string {
  if (value === undefined || value === '') return '—';
  const dateTime = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  if (dateTime) return `${formatDay(dateTime[1])} ${dateTime[2]}`;
  if (value === 'true') return 'Yes';
  if (value === 'false') return 'No';
  return value;
}

/**
 * How faithfully Throughline reproduces MS Project's own dates: the counts first, then every task
 * whose early start, early finish, total slack or critical flag differs, with the reason.
 */
export function FidelityReport({ fidelity }: { fidelity: Fidelity }) {
  const { tasksCompared, matched, mismatches } = fidelity;
  const differing = tasksCompared - matched;
  return (
    <section className="fidelity" aria-labelledby="fidelity-title">
      <h3 id="fidelity-title">Fidelity to MS Project</h3>
      <dl className="fidelity-counts">
        <div>
          <dt>Tasks compared</dt>
          <dd>{tasksCompared}</dd>
        </div>
        <div>
          <dt>Same dates as MS Project</dt>
          <dd>{matched}</dd>
        </div>
        <div>
          <dt>Differing</dt>
          <dd>{differing}</dd>
        </div>
      </dl>
      {mismatches.length === 0 ? (
        <p className="alert alert-success">
          Every task starts and finishes exactly as in MS Project, with the same slack and critical
          path.
        </p>
      ) : (
        <>
          <p>
            {plural(differing, 'task')} {differing === 1 ? 'differs' : 'differ'} from the dates
            saved in the file. Each difference and its reason:
          </p>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Tasks that differ from MS Project</caption>
              <thead>
                <tr>
                  <th scope="col">Task</th>
                  <th scope="col">Field</th>
                  <th scope="col">Throughline</th>
                  <th scope="col">In the file</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {mismatches.map((m, i) => (
                  <tr key={`${m.taskName}-${m.field}-${i}`}>
                    <th scope="row">{m.taskName}</th>
                    <td>{fieldLabels[m.field] ?? m.field}</td>
                    <td>{fidelityValue(m.actual)}</td>
                    <td>{fidelityValue(m.expected)}</td>
                    <td>{m.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
