import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { formatDateTime } from '@/lib/format';
import { useMyApprovals } from '../api/get-approvals';
import { DecisionButtons } from './DecisionButtons';

type Props = { statusName: (projectId: string, key: string) => string };

/** The approval rounds waiting for the signed-in person, newest first, to decide here. */
export function ApprovalsScreen({ statusName }: Props) {
  const approvals = useMyApprovals();
  const [decided, setDecided] = useState<string | null>(null);
  if (approvals.isPending) return <LoadingState label="Loading your approvals…" />;
  if (approvals.isError)
    return (
      <ErrorState
        error={approvals.error}
        title="Your approvals could not be loaded"
        onRetry={() => void approvals.refetch()}
      />
    );
  return (
    <section className="card" aria-labelledby="approvals-title">
      <h2 id="approvals-title">Waiting for your decision</h2>
      <p role="status" className={decided ? 'notice notice-success' : 'visually-hidden'}>
        {decided ?? ''}
      </p>
      {approvals.data.length === 0 ? (
        <EmptyState title="Nothing waits for your approval" />
      ) : (
        <div className="table-wrap">
          <table className="table approvals-table">
            <thead>
              <tr>
                <th scope="col">Task</th>
                <th scope="col">Status</th>
                <th scope="col">Requested</th>
                <th scope="col">Approvals</th>
                <th scope="col">Decision</th>
              </tr>
            </thead>
            <tbody>
              {approvals.data.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link to={`/projects/${a.projectId}/board`}>
                      <span className="task-key">{a.taskKey}</span> {a.taskTitle}
                    </Link>
                  </th>
                  <td>{statusName(a.projectId, a.statusKey)}</td>
                  <td>{formatDateTime(a.requestedAt)}</td>
                  <td>
                    {a.approvals} of {a.required}
                  </td>
                  <td>
                    {a.canDecide ? (
                      <DecisionButtons
                        approval={a}
                        onDecided={(d) =>
                          setDecided(
                            `${d === 'approve' ? 'Approved' : 'Rejected'} ${a.taskKey} ${a.taskTitle}.`,
                          )
                        }
                      />
                    ) : (
                      <span className="muted">Decided by you</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
