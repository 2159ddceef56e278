import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ErrorState } from '@/components/States';
import { ApiError } from '@/lib/api/problem';
import { useJob } from '../api/get-job';
import { FidelityReport } from './FidelityReport';

type Props = {
  jobId: string;
  fileName: string;
  projectHref: (projectId: string) => string;
  onImported?: ((projectId: string) => void) | undefined;
  onRestart: () => void;
};

const stateText = {
  queued: 'Waiting to start…',
  running: 'Reading the plan and scheduling it…',
  succeeded: 'Imported',
  failed: 'The import failed',
} as const;

/** An import job followed to its end: a progress bar, then the failure or the fidelity report. */
export function JobProgress({ jobId, fileName, projectHref, onImported, onRestart }: Props) {
  const job = useJob(jobId);
  const reported = useRef(false);
  const data = job.data;
  const projectId = data?.state === 'succeeded' ? data.result?.projectId : undefined;

  useEffect(() => {
    if (projectId && !reported.current) {
      reported.current = true;
      onImported?.(projectId);
    }
  }, [projectId, onImported]);

  if (job.isError)
    return (
      <ErrorState
        error={job.error}
        title="The import could not be followed"
        onRetry={() => void job.refetch()}
      />
    );

  const state = data?.state ?? 'queued';
  const progress = state === 'succeeded' ? 100 : Math.max(0, Math.min(100, data?.progress ?? 0));
  const name = data?.fileName ?? fileName;
  return (
    <section className="card import-job" aria-labelledby="import-job-title">
      <h2 id="import-job-title">Importing {name}</h2>
      <div className="import-progress">
        <progress
          id="import-progress"
          max={100}
          value={progress}
          aria-label="Import progress"
          aria-valuetext={`${progress}%`}
        />
        <span aria-hidden="true">{progress}%</span>
      </div>
      <p role="status" className={state === 'failed' ? 'visually-hidden' : 'muted'}>
        {stateText[state]}
      </p>
      {state === 'failed' && (
        <>
          <ProblemAlert
            error={new ApiError(data?.problem?.status ?? 422, data?.problem ?? {})}
            title="The import failed; nothing was saved"
          />
          <div className="import-actions">
            <Button variant="secondary" onClick={onRestart}>
              Try another file
            </Button>
          </div>
        </>
      )}
      {state === 'succeeded' && projectId && (
        <>
          <div className="import-actions">
            <Link className="btn btn-primary" to={projectHref(projectId)}>
              Open the project
            </Link>
            <Button variant="ghost" onClick={onRestart}>
              Import another file
            </Button>
          </div>
          {data?.result?.fidelity ? (
            <FidelityReport fidelity={data.result.fidelity} />
          ) : (
            <p className="muted">
              This file carries no dates computed by MS Project, so there is nothing to compare
              with.
            </p>
          )}
        </>
      )}
    </section>
  );
}
