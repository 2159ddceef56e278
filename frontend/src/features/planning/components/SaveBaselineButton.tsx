import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useSaveBaseline } from '../api/save-baseline';

/** Freezes today's schedule as the baseline the Gantt draws as ghost bars. */
export function SaveBaselineButton({ projectId }: { projectId: string }) {
  const save = useSaveBaseline(projectId);
  const name = `Baseline ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`;
  return (
    <div className="baseline-action">
      <Button
        variant="secondary"
        className="btn-sm"
        busy={save.isPending}
        onClick={() => save.mutate(name)}
      >
        Save baseline
      </Button>
      {save.isSuccess && (
        <span role="status" className="muted">
          Baseline saved.
        </span>
      )}
      <ProblemAlert error={save.error} title="The baseline was not saved" />
    </div>
  );
}
