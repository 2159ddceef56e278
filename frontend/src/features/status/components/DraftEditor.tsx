import { useState } from 'react';
import { Button } from '@/components/Button';
import { LoadingState, ErrorState } from '@/components/States';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDay } from '@/lib/format';
import {
  isConflict,
  useReport,
  useReportWrites,
  type Rag,
  type Report,
  type ReportEdit,
} from '../api/status-reports';
import { FactsPanel } from './FactsPanel';

const DIMENSIONS: Array<keyof Rag> = ['overall', 'schedule', 'scope', 'resources'];
const DIMENSION_LABELS: Record<keyof Rag, string> = {
  overall: 'Overall',
  schedule: 'Schedule',
  scope: 'Scope',
  resources: 'Resources',
};

type Props = { projectId: string; reportId: string; canWrite: boolean };

/**
 * The open draft: its generated facts beside the narrative and RAG. The form starts from the
 * version it loaded and sends that version's ETag; if someone else saved first the service answers
 * 412, the report is read again and the form restarts from their text.
 */
export function DraftEditor({ projectId, reportId, canWrite }: Props) {
  const report = useReport(reportId);
  const { save, publish } = useReportWrites(projectId, reportId);
  const [conflict, setConflict] = useState(false);
  if (report.isPending) return <LoadingState label="Loading the draft…" />;
  if (report.isError)
    return (
      <ErrorState
        error={report.error}
        title="The draft could not be loaded"
        onRetry={() => void report.refetch()}
      />
    );
  const { data, etag } = report.data;
  const onError = (error: unknown) => setConflict(isConflict(error));
  const error = [save.error, publish.error].find((e) => e && !isConflict(e));
  return (
    <section className="status-draft" aria-labelledby="draft-heading">
      <div className="status-facts" aria-label="Facts">
        <h2 id="draft-heading">
          Draft for {formatDay(data.periodStart)} – {formatDay(data.periodEnd)}
        </h2>
        <FactsPanel facts={data.facts} level={3} />
      </div>
      <div className="status-editor">
        {conflict ? (
          <div role="alert" className="alert alert-error">
            <p className="alert-title">Someone else changed this report</p>
            <p>It has been reloaded with their changes. Check it and make your edits again.</p>
          </div>
        ) : null}
        <ProblemAlert error={error} title="The report was not saved" />
        <NarrativeForm
          // A new version (ours or someone else's) restarts the form from what is stored.
          key={etag ?? 'none'}
          report={data}
          canWrite={canWrite}
          busy={save.isPending || publish.isPending}
          onSave={(edit) => {
            setConflict(false);
            save.mutate({ edit, etag }, { onError });
          }}
          onPublish={(edit) => {
            setConflict(false);
            publish.mutate({ edit, etag }, { onError });
          }}
        />
      </div>
    </section>
  );
}

type FormProps = {
  report: Report;
  canWrite: boolean;
  busy: boolean;
  onSave: (edit: ReportEdit) => void;
  onPublish: (edit: ReportEdit) => void;
};

function NarrativeForm({ report, canWrite, busy, onSave, onPublish }: FormProps) {
  const [summary, setSummary] = useState(report.narrative?.summary ?? '');
  const [accomplishments, setAccomplishments] = useState(report.narrative?.accomplishments ?? '');
  const [nextSteps, setNextSteps] = useState(report.narrative?.nextSteps ?? '');
  const [blockers, setBlockers] = useState(report.narrative?.blockers ?? '');
  const [rag, setRag] = useState<Partial<Rag>>({ ...report.computedRag, ...report.rag });
  const [reason, setReason] = useState(report.ragReason ?? '');
  const computed: Partial<Rag> = report.computedRag ?? {};
  const overridden = DIMENSIONS.some((d) => computed[d] && rag[d] && computed[d] !== rag[d]);
  const edit = (): ReportEdit => ({
    narrative: { summary, accomplishments, nextSteps, blockers },
    rag: rag as Rag,
    ...(reason ? { ragReason: reason } : {}),
  });
  const area = (label: string, value: string, set: (v: string) => void, id: string) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={value}
        onChange={(e) => set(e.target.value)}
        disabled={!canWrite}
      />
    </div>
  );
  return (
    <form
      className="form"
      aria-label="Narrative and RAG"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(edit());
      }}
    >
      {area('Summary', summary, setSummary, 'report-summary')}
      {area('Accomplishments', accomplishments, setAccomplishments, 'report-accomplishments')}
      {area('Next steps', nextSteps, setNextSteps, 'report-next-steps')}
      {area('Blockers and asks', blockers, setBlockers, 'report-blockers')}
      <fieldset className="rag-pickers">
        <legend>RAG</legend>
        {DIMENSIONS.map((d) => (
          <div className="field" key={d}>
            <label htmlFor={`rag-${d}`}>{DIMENSION_LABELS[d]} RAG</label>
            <select
              id={`rag-${d}`}
              value={rag[d] ?? ''}
              onChange={(e) =>
                setRag({ ...rag, [d]: (e.target.value || undefined) as Rag[typeof d] })
              }
              disabled={!canWrite}
              aria-describedby={computed[d] ? `rag-${d}-hint` : undefined}
            >
              <option value="">—</option>
              <option value="green">green</option>
              <option value="amber">amber</option>
              <option value="red">red</option>
            </select>
            {computed[d] ? (
              <p className="field-hint" id={`rag-${d}-hint`}>
                computed: {computed[d]}
              </p>
            ) : null}
          </div>
        ))}
      </fieldset>
      {overridden || reason ? (
        <div className="field">
          <label htmlFor="rag-reason">Reason for overriding the computed RAG</label>
          <input
            id="rag-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            disabled={!canWrite}
            required={overridden}
          />
        </div>
      ) : null}
      {canWrite ? (
        <div className="form-actions">
          <Button type="submit" variant="secondary" busy={busy}>
            Save
          </Button>
          <Button onClick={() => onPublish(edit())} busy={busy}>
            Publish
          </Button>
        </div>
      ) : null}
    </form>
  );
}
