import { useState } from 'react';
import { Button } from '@/components/Button';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { enumLabel } from '@/lib/format';
import { useWorkflows } from '../api/get-workflows';
import { WorkflowEditor } from './WorkflowEditor';
import './workflows.css';

type Props = {
  workspaceId: string;
  people: ReadonlyArray<{ id: string; name: string }>;
  /** The workspace's procedures, to attach one to a status. */
  procedures?: ReadonlyArray<{ id: string; title: string }>;
  canEdit: boolean;
};

/** The workspace's workflows, and the editor for a new or chosen one. */
export function WorkflowsScreen({ workspaceId, people, procedures = [], canEdit }: Props) {
  const workflows = useWorkflows(workspaceId);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (workflows.isPending) return <LoadingState label="Loading workflows…" />;
  if (workflows.isError)
    return (
      <ErrorState
        error={workflows.error}
        title="The workflows could not be loaded"
        onRetry={() => void workflows.refetch()}
      />
    );
  const current = workflows.data.find((w) => w.id === editing);
  return (
    <div className="stack">
      <section className="card" aria-labelledby="workflows-title">
        <div className="card-head">
          <h2 id="workflows-title">Workflows</h2>
          {canEdit && editing === null && (
            <Button
              onClick={() => {
                setSaved(null);
                setEditing('new');
              }}
            >
              New workflow
            </Button>
          )}
        </div>
        {saved && (
          <p role="status" className="notice notice-success">
            Saved {saved}.
          </p>
        )}
        {workflows.data.length === 0 ? (
          <EmptyState title="No workflows yet" />
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Statuses</th>
                  <th scope="col">Projects</th>
                  {canEdit && (
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {workflows.data.map((w) => (
                  <tr key={w.id}>
                    <th scope="row">
                      {w.name} {w.isDefault && <span className="badge">Default</span>}
                    </th>
                    <td>
                      <ol className="inline-list status-chain">
                        {w.statuses.map((s) => (
                          <li key={s.key} title={enumLabel(s.category)}>
                            {s.name}
                            {s.approval && <span className="muted"> (approval)</span>}
                          </li>
                        ))}
                      </ol>
                    </td>
                    <td>{w.projectCount}</td>
                    {canEdit && (
                      <td>
                        <Button
                          variant="ghost"
                          className="btn-sm"
                          aria-label={`Edit ${w.name}`}
                          onClick={() => {
                            setSaved(null);
                            setEditing(w.id);
                          }}
                        >
                          Edit
                        </Button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {!canEdit && (
          <p className="hint">Coordinators, admins and owners create and change workflows.</p>
        )}
      </section>
      {editing !== null && (
        <section className="card">
          <WorkflowEditor
            key={editing}
            workspaceId={workspaceId}
            workflow={current}
            people={people}
            procedures={procedures}
            onDone={(w) => {
              setSaved(w.name);
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        </section>
      )}
    </div>
  );
}
