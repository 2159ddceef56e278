import type { Approval } from '../api/get-approvals';
import { DecisionButtons } from './DecisionButtons';

/** On a board card: the round's progress, and the decision buttons for an approver. */
export function ApprovalBadge({ approval }: { approval: Approval }) {
  return (
    <div className="approval-on-card">
      <span className="badge badge-approval">
        Approval {approval.approvals}/{approval.required}
      </span>
      {approval.canDecide && <DecisionButtons approval={approval} />}
    </div>
  );
}
