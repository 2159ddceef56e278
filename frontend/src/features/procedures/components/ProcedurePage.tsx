import { useState } from 'react';
import { Button } from '@/components/Button';
import { SanitisedHtml } from '@/components/SanitisedHtml';
import { ErrorState, LoadingState } from '@/components/States';
import { formatDateTime } from '@/lib/format';
import { useProcedure } from '../api/get-procedure';
import { ProcedureEditor } from './ProcedureEditor';
import './procedures.css';

type Props = { workspaceId: string; procedureId: string; canEdit: boolean };

/** One procedure as the service rendered and sanitised it; coordinators may edit its markdown. */
export function ProcedurePage({ workspaceId, procedureId, canEdit }: Props) {
  const procedure = useProcedure(procedureId);
  const [editing, setEditing] = useState(false);
  if (procedure.isPending) return <LoadingState label="Loading the procedure…" />;
  if (procedure.isError)
    return (
      <ErrorState
        error={procedure.error}
        title="The procedure could not be loaded"
        onRetry={() => void procedure.refetch()}
      />
    );
  const p = procedure.data.data;
  if (editing)
    return (
      <ProcedureEditor
        workspaceId={workspaceId}
        procedure={procedure.data}
        onSaved={() => setEditing(false)}
        onCancel={() => setEditing(false)}
      />
    );
  return (
    <article className="card procedure" aria-labelledby="procedure-title">
      <div className="card-head">
        <h2 id="procedure-title">{p.title}</h2>
        {canEdit && (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Edit
          </Button>
        )}
      </div>
      <p className="muted">Updated {formatDateTime(p.updatedAt)}</p>
      <SanitisedHtml html={p.bodyHtml} label="Procedure steps" />
    </article>
  );
}
