import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useDecideApproval } from '../api/decide-approval';
import type { Approval } from '../api/get-approvals';
import './approvals.css';

type Props = { approval: Approval; onDecided?: (decision: 'approve' | 'reject') => void };

/** Approve at once, or reject with a comment (the task goes back with it). */
export function DecisionButtons({ approval, onDecided }: Props) {
  const decide = useDecideApproval();
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState('');
  const commentId = useId();
  const what = `${approval.taskKey} ${approval.taskTitle}`;
  const send = (decision: 'approve' | 'reject') =>
    decide.mutate(
      {
        approvalId: approval.id,
        projectId: approval.projectId,
        taskId: approval.taskId,
        decision,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      },
      { onSuccess: () => onDecided?.(decision) },
    );
  const reject = (event: FormEvent) => {
    event.preventDefault();
    send('reject');
  };
  return (
    <div className="decision">
      {rejecting ? (
        <form className="decision-reject" onSubmit={reject}>
          <label htmlFor={commentId}>Why reject {approval.taskKey}?</label>
          <textarea
            id={commentId}
            required
            rows={2}
            maxLength={2000}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <div className="toolbar-actions">
            <Button type="submit" variant="danger" className="btn-sm" busy={decide.isPending}>
              Send rejection
            </Button>
            <Button variant="ghost" className="btn-sm" onClick={() => setRejecting(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div className="toolbar-actions">
          <Button
            className="btn-sm"
            busy={decide.isPending}
            aria-label={`Approve ${what}`}
            onClick={() => send('approve')}
          >
            Approve
          </Button>
          <Button
            variant="secondary"
            className="btn-sm"
            aria-label={`Reject ${what}`}
            onClick={() => setRejecting(true)}
          >
            Reject
          </Button>
        </div>
      )}
      <ProblemAlert error={decide.error} title="The decision was not recorded" />
    </div>
  );
}
