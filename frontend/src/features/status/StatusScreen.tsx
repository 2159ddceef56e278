import { Button } from '@/components/Button';
import { ErrorState, LoadingState } from '@/components/States';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useDraftReport, useReports } from './api/status-reports';
import { DraftEditor } from './components/DraftEditor';
import { ReportHistory } from './components/ReportHistory';
import { SharePanel } from './components/SharePanel';
import './components/status.css';

/** The project's status reports: draft one from the data, write the narrative and RAG, publish, history. */
export function StatusScreen({ projectId, canWrite }: { projectId: string; canWrite: boolean }) {
  const reports = useReports(projectId);
  const draft = useDraftReport(projectId);
  if (reports.isPending) return <LoadingState label="Loading status reports…" />;
  if (reports.isError)
    return (
      <ErrorState
        error={reports.error}
        title="The status reports could not be loaded"
        onRetry={() => void reports.refetch()}
      />
    );
  const items = reports.data.items ?? [];
  const open = items.find((r) => r.state === 'draft');
  const published = items.filter((r) => r.state === 'published');
  return (
    <div className="status-screen stack">
      <div className="status-actions">
        {canWrite && !open ? (
          <Button onClick={() => draft.mutate()} busy={draft.isPending}>
            Draft this week's report
          </Button>
        ) : null}
        {published.length > 0 ? (
          <Button variant="secondary" onClick={() => window.print()}>
            Print reports
          </Button>
        ) : null}
      </div>
      <ProblemAlert error={draft.error} title="The draft could not be created" />
      {open?.id ? (
        <DraftEditor projectId={projectId} reportId={open.id} canWrite={canWrite} />
      ) : null}
      <ReportHistory reports={published} />
      {canWrite ? <SharePanel projectId={projectId} /> : null}
    </div>
  );
}
