import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/Button';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { formatDateTime } from '@/lib/format';
import { useProcedures } from '../api/get-procedures';
import { ProcedureEditor } from './ProcedureEditor';
import './procedures.css';

type Props = {
  workspaceId: string;
  canEdit: boolean;
  procedureHref: (procedureId: string) => string;
  onCreated: (procedureId: string) => void;
};

/** The workspace's procedures by title, and "New procedure" for coordinators. */
export function ProcedureList({ workspaceId, canEdit, procedureHref, onCreated }: Props) {
  const procedures = useProcedures(workspaceId);
  const [creating, setCreating] = useState(false);
  return (
    <div className="stack">
      {canEdit &&
        (creating ? (
          <ProcedureEditor
            workspaceId={workspaceId}
            onSaved={(p) => onCreated(p.id)}
            onCancel={() => setCreating(false)}
          />
        ) : (
          <div>
            <Button onClick={() => setCreating(true)}>New procedure</Button>
          </div>
        ))}
      {procedures.isPending ? (
        <LoadingState label="Loading the procedures…" />
      ) : procedures.isError ? (
        <ErrorState
          error={procedures.error}
          title="The procedures could not be loaded"
          onRetry={() => void procedures.refetch()}
        />
      ) : procedures.data.length === 0 ? (
        <EmptyState title="No procedures yet">
          <p className="muted">
            Write down how recurring work is done, then attach it to a workflow status.
          </p>
        </EmptyState>
      ) : (
        <ul className="card procedure-list" aria-label="Procedures">
          {procedures.data.map((p) => (
            <li key={p.id}>
              <Link to={procedureHref(p.id)}>{p.title}</Link>
              <span className="muted"> · updated {formatDateTime(p.updatedAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
