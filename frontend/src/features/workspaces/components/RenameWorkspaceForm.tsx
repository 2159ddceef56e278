import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ErrorState, LoadingState } from '@/components/States';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import { useWorkspace } from '../api/get-workspace';
import { useRenameWorkspace } from '../api/rename-workspace';

/** Renames the workspace, sending the ETag it read so a concurrent change is never overwritten. */
export function RenameWorkspaceForm({ workspaceId }: { workspaceId: string }) {
  const workspace = useWorkspace(workspaceId);
  const rename = useRenameWorkspace(workspaceId);
  const [draft, setDraft] = useState<string | null>(null);

  if (workspace.isPending) return <LoadingState label="Loading workspace settings…" />;
  if (workspace.isError)
    return (
      <ErrorState
        error={workspace.error}
        title="Workspace settings could not be loaded"
        onRetry={() => void workspace.refetch()}
      />
    );

  const current = workspace.data.data.name;
  const name = draft ?? current;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (workspace.data === undefined) return;
    rename.mutate(
      { name: name.trim(), etag: workspace.data.etag },
      { onSuccess: () => setDraft(null) },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Rename workspace" className="form">
      <ProblemAlert error={rename.error} />
      {rename.isSuccess && draft === null && (
        <p role="status" className="alert alert-success">
          Workspace renamed.
        </p>
      )}
      <div className="form-row">
        <TextField
          label="Workspace name"
          name="name"
          required
          value={name}
          onChange={(e) => setDraft(e.target.value)}
          error={fieldError(rename.error, 'name')}
        />
        <div className="form-actions">
          <Button
            type="submit"
            variant="secondary"
            busy={rename.isPending}
            disabled={name.trim() === current}
          >
            Rename
          </Button>
        </div>
      </div>
    </form>
  );
}
