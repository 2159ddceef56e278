import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/States';
import { formatDay, formatDays } from '@/lib/format';
import { useFlow, type Flow, type FlowScope } from '../api/get-flow';
import { useTaskLabels } from '../api/get-task-labels';
import { reasonText, timeInStatusRows } from '../flow-series';
import { CumulativeFlowChart } from './CumulativeFlowChart';
import { TimeInStatusChart } from './TimeInStatusChart';
import './flow.css';

type Props = { scope: FlowScope; initialRange: { from: string; to: string } };

/** Where work waits: bottlenecks first, then cumulative flow and time in each status. */
export function FlowScreen({ scope, initialRange }: Props) {
  const [range, setRange] = useState(initialRange);
  const flow = useFlow(scope, range.from, range.to);
  const valid = range.from <= range.to;
  return (
    <div className="stack">
      <form className="form-row flow-range" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="flow-from">From</label>
          <input
            id="flow-from"
            type="date"
            value={range.from}
            max={range.to}
            required
            onChange={(e) => e.target.value && setRange({ ...range, from: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="flow-to">To</label>
          <input
            id="flow-to"
            type="date"
            value={range.to}
            min={range.from}
            required
            onChange={(e) => e.target.value && setRange({ ...range, to: e.target.value })}
          />
        </div>
        {!valid && <p className="field-error">The first day must not be after the last.</p>}
      </form>
      {flow.isPending ? (
        <LoadingState label="Loading the flow…" />
      ) : flow.isError ? (
        <ErrorState
          error={flow.error}
          title="The flow could not be loaded"
          onRetry={() => void flow.refetch()}
        />
      ) : (
        <FlowView flow={flow.data} />
      )}
    </div>
  );
}

function FlowView({ flow }: { flow: Flow }) {
  const statusName = (key: string) => flow.statuses.find((s) => s.key === key)?.name ?? key;
  const rows = useMemo(
    () => timeInStatusRows(flow.statuses, flow.timeInStatus),
    [flow.statuses, flow.timeInStatus],
  );
  const taskIds = useMemo(
    () => [...new Set(flow.bottlenecks.flatMap((b) => b.tasks.map((t) => t.taskId)))],
    [flow.bottlenecks],
  );
  const labels = useTaskLabels(taskIds);
  return (
    <>
      <section className="card" aria-labelledby="bottlenecks-title">
        <h2 id="bottlenecks-title">Bottlenecks</h2>
        {flow.bottlenecks.length === 0 ? (
          <p className="muted">No status holds work up in this range.</p>
        ) : (
          <ul className="bottlenecks">
            {flow.bottlenecks.map((b) => (
              <li key={`${b.status}-${b.reason}`} className={`bottleneck bottleneck-${b.reason}`}>
                <p className="bottleneck-head">
                  <strong>{statusName(b.status)}</strong> · {reasonText(b.reason)}
                </p>
                <p>{b.detail}</p>
                {b.tasks.length > 0 && (
                  <>
                    <p className="muted">Waiting longest:</p>
                    <ul className="aging">
                      {b.tasks.map((t) => (
                        <li key={t.taskId}>
                          <Link to={`/projects/${t.projectId}/board`}>{labels.get(t.taskId)}</Link>{' '}
                          <span className="muted">· {formatDays(t.daysInStatus)} in status</span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="cfd-title">
        <h2 id="cfd-title">Cumulative flow</h2>
        <p className="hint">
          Tasks in each status at the end of each day, {formatDay(flow.from)} to{' '}
          {formatDay(flow.to)}. A band that widens is work piling up.
        </p>
        <CumulativeFlowChart statuses={flow.statuses} days={flow.days} />
        <table className="visually-hidden">
          <caption>Tasks in each status by day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              {flow.statuses.map((s) => (
                <th scope="col" key={s.key}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {flow.days.map((d) => (
              <tr key={d.date}>
                <th scope="row">{formatDay(d.date)}</th>
                {flow.statuses.map((s) => (
                  <td key={s.key}>{d.counts[s.key] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="tis-title">
        <h2 id="tis-title">Time in status</h2>
        <p className="hint">
          Days a task spent in each status: half took less than the median, 85 in 100 less than the
          85th percentile.
        </p>
        <TimeInStatusChart rows={rows} />
        <table className="visually-hidden">
          <caption>Days in each status</caption>
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col">Median days</th>
              <th scope="col">85th percentile days</th>
              <th scope="col">Tasks measured</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.name}</th>
                <td>{r.p50Days}</td>
                <td>{r.p85Days}</td>
                <td>{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
