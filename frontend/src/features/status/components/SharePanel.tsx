import { Button } from '@/components/Button';
import { CopyButton } from '@/components/CopyButton';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useCreateShareLink } from '../api/create-share-link';

/** Creates a stakeholder link to the published reports and shows it once, to copy. */
export function SharePanel({ projectId }: { projectId: string }) {
  const create = useCreateShareLink(projectId);
  const url = create.data ? `${window.location.origin}${create.data.url}` : null;
  return (
    <section className="share-panel" aria-labelledby="share-heading">
      <h2 id="share-heading">Share with stakeholders</h2>
      <p className="muted">
        A secret link shows the published reports and milestone health without an account — no
        tasks, no internal comments.
      </p>
      {url ? (
        <p>
          <label htmlFor="share-url">Share link (shown once)</label>{' '}
          <input id="share-url" readOnly value={url} size={60} />{' '}
          <CopyButton value={url} label="Copy link" />
        </p>
      ) : (
        <Button variant="secondary" onClick={() => create.mutate()} busy={create.isPending}>
          Create share link
        </Button>
      )}
      <ProblemAlert error={create.error} title="The link could not be created" />
    </section>
  );
}
