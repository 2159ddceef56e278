import { useEffect } from 'react';
import { formatDateTime, formatDay } from '@/lib/format';
import type { Rag, Report } from '../api/status-reports';
import { describeChange } from '../report-changes';
import { FactsPanel } from './FactsPanel';

const DIMENSIONS: Array<keyof Rag> = ['overall', 'schedule', 'scope', 'resources'];

export function RagRow({ rag }: { rag: Rag | undefined }) {
  return (
    <dl className="rag-row">
      {DIMENSIONS.map((d) => (
        <div key={d}>
          <dt>{d}</dt>
          <dd>
            {rag?.[d] ? <span className={`rag rag-${rag[d]}`}>{rag[d]}</span> : <span>—</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function NarrativeBlock({ title, text }: { title: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <>
      <h4>{title}</h4>
      <p className="narrative-text">{text}</p>
    </>
  );
}

/** Prints one report alone: the print stylesheet hides every other report while this is set. */
function printOnly(reportId: string) {
  document.querySelector(`[data-report-id="${reportId}"]`)?.classList.add('print-target');
  document.body.dataset.printReport = reportId;
  window.print();
}

/** A published report as it reads on paper: narrative, RAG, facts and what changed. */
function PublishedReport({ report }: { report: Report }) {
  const headingId = `report-${report.id}`;
  return (
    <article className="report-doc" aria-labelledby={headingId} data-report-id={report.id}>
      <header className="report-doc-head">
        <h3 id={headingId}>
          Week {formatDay(report.periodStart)} – {formatDay(report.periodEnd)}
        </h3>
        <p className="muted">Published {formatDateTime(report.publishedAt)}</p>
        <button type="button" className="btn btn-ghost" onClick={() => printOnly(report.id)}>
          Print this report
        </button>
      </header>
      <RagRow rag={report.rag} />
      {report.ragReason ? <p>RAG reason: {report.ragReason}</p> : null}
      <NarrativeBlock title="Summary" text={report.narrative?.summary} />
      <NarrativeBlock title="Accomplishments" text={report.narrative?.accomplishments} />
      <NarrativeBlock title="Next steps" text={report.narrative?.nextSteps} />
      <NarrativeBlock title="Blockers and asks" text={report.narrative?.blockers} />
      <section className="report-changes">
        <h4>Changed since the previous report</h4>
        {report.changes && report.changes.length > 0 ? (
          <ul aria-label="Changed since the previous report">
            {report.changes.map((c) => (
              <li key={c.field}>{describeChange(c)}</li>
            ))}
          </ul>
        ) : (
          <p>Nothing changed, or this is the first report.</p>
        )}
      </section>
      <details className="report-facts">
        <summary>Facts of the period</summary>
        <FactsPanel facts={report.facts} level={4} />
      </details>
    </article>
  );
}

/** Every published report, newest first, each with what changed since the one before it. */
export function ReportHistory({ reports }: { reports: Report[] }) {
  useEffect(() => {
    // Paper cannot expand a disclosure: open the facts for printing, close them again after.
    const opened: HTMLDetailsElement[] = [];
    const before = () =>
      document
        .querySelectorAll<HTMLDetailsElement>('details.report-facts:not([open])')
        .forEach((d) => {
          d.open = true;
          opened.push(d);
        });
    const after = () => {
      delete document.body.dataset.printReport;
      document.querySelectorAll('.print-target').forEach((e) => e.classList.remove('print-target'));
      opened.splice(0).forEach((d) => (d.open = false));
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return (
    <section aria-labelledby="history-heading" className="report-history">
      <h2 id="history-heading">History</h2>
      {reports.length === 0 ? <p>No published report yet.</p> : null}
      {reports.map((r) => (
        <PublishedReport key={r.id} report={r} />
      ))}
    </section>
  );
}
