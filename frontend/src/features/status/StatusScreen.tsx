import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

type Report = components['schemas']['StatusReport'];
type Rag = components['schemas']['StatusReportRag'];
type Dimension = keyof Rag;

const DIMENSIONS: Dimension[] = ['overall', 'schedule', 'scope', 'resources'];

function useReports(projectId: string) {
  return useQuery({
    queryKey: queryKeys.statusReports(projectId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/projects/{projectId}/status-reports', {
          params: { path: { projectId }, query: { limit: 50 } },
        }),
      ),
  });
}

/** The project's status reports: draft one from the data, write the narrative and RAG, publish, history. */
export function StatusScreen({ projectId, canWrite }: { projectId: string; canWrite: boolean }) {
  const queryClient = useQueryClient();
  const reports = useReports(projectId);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: queryKeys.statusReports(projectId), exact: true });
  const draft = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/projects/{projectId}/status-reports', {
          params: { path: { projectId } },
          body: {} as components['schemas']['CreateStatusReport'],
        }),
      ),
    onSuccess: refresh,
  });
  const items = reports.data?.items ?? [];
  const open = items.find((r) => r.state === 'draft');
  const published = items.filter((r) => r.state === 'published');
  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading">Status reports</h2>
      {canWrite && !open ? (
        <button type="button" onClick={() => draft.mutate()} disabled={draft.isPending}>
          Draft this week's report
        </button>
      ) : null}
      {open ? <DraftEditor report={open} canWrite={canWrite} onSaved={refresh} /> : null}
      <h3>History</h3>
      {published.length === 0 ? <p>No published report yet.</p> : null}
      <ol>
        {published.map((r) => (
          <li key={r.id}>
            <strong>
              {r.periodStart} – {r.periodEnd}
            </strong>{' '}
            overall {r.rag?.overall ?? '—'}
            {r.narrative?.summary ? <p>{r.narrative.summary}</p> : null}
            {r.changes && r.changes.length > 0 ? (
              <ul aria-label="Changed since the previous report">
                {r.changes.map((c) => (
                  <li key={c.field}>
                    {c.field}: {c.from ?? '—'} → {c.to ?? '—'}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function DraftEditor({
  report,
  canWrite,
  onSaved,
}: {
  report: Report;
  canWrite: boolean;
  onSaved: () => Promise<unknown>;
}) {
  const [summary, setSummary] = useState(report.narrative?.summary ?? '');
  const [nextSteps, setNextSteps] = useState(report.narrative?.nextSteps ?? '');
  const [blockers, setBlockers] = useState(report.narrative?.blockers ?? '');
  const [rag, setRag] = useState<Rag>({ ...report.computedRag, ...report.rag });
  const [reason, setReason] = useState(report.ragReason ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/api/v1/status-reports/{id}', {
          params: { path: { id: report.id ?? '' } },
          body: {
            narrative: { summary, nextSteps, blockers },
            rag,
            ragReason: reason || undefined,
          } as components['schemas']['StatusReportPatch'],
        }),
      ),
    onSuccess: () => {
      setError(null);
      return onSaved();
    },
    onError: (e: Error) => setError(e.message),
  });
  const publish = useMutation({
    mutationFn: async () => {
      await save.mutateAsync();
      return unwrap(
        api.POST('/api/v1/status-reports/{id}/publish', {
          params: { path: { id: report.id ?? '' } },
        }),
      );
    },
    onSuccess: onSaved,
    onError: (e: Error) => setError(e.message),
  });
  const facts = report.facts;
  return (
    <div className="status-draft">
      <div aria-label="Facts">
        <h3>
          Draft {report.periodStart} – {report.periodEnd}
        </h3>
        <p>
          Completed {facts?.completed?.length ?? 0}, started {facts?.started?.length ?? 0}
          {facts?.slipped ? `, slipped ${facts.slipped.length}` : ''}
        </p>
        <ul aria-label="Milestones">
          {(facts?.milestones ?? []).map((m) => (
            <li key={m.milestoneId}>
              {m.name}: {m.health} (due {m.dueDate}, forecast {m.forecastDate ?? '—'})
            </li>
          ))}
        </ul>
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <label>
          Summary
          <textarea
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            disabled={!canWrite}
          />
        </label>
        <label>
          Next steps
          <textarea
            value={nextSteps}
            onChange={(e) => setNextSteps(e.target.value)}
            disabled={!canWrite}
          />
        </label>
        <label>
          Blockers and asks
          <textarea
            value={blockers}
            onChange={(e) => setBlockers(e.target.value)}
            disabled={!canWrite}
          />
        </label>
        {DIMENSIONS.map((d) => (
          <label key={d}>
            {d} RAG
            <select
              value={rag[d] ?? ''}
              onChange={(e) => setRag({ ...rag, [d]: e.target.value || undefined })}
              disabled={!canWrite}
            >
              <option value="">—</option>
              <option value="green">green</option>
              <option value="amber">amber</option>
              <option value="red">red</option>
            </select>
          </label>
        ))}
        <label>
          Reason for overriding the computed RAG
          <input value={reason} onChange={(e) => setReason(e.target.value)} disabled={!canWrite} />
        </label>
        {error ? <p role="alert">{error}</p> : null}
        {canWrite ? (
          <>
            <button type="submit" disabled={save.isPending}>
              Save
            </button>
            <button type="button" onClick={() => publish.mutate()} disabled={publish.isPending}>
              Publish
            </button>
          </>
        ) : null}
      </form>
    </div>
  );
}
