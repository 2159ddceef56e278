import { NavLink } from 'react-router';
import { useMyApprovals } from '@/features/approvals/api/get-approvals';

/** "Approvals" in the main nav, with the number of rounds waiting for the signed-in person. */
export function ApprovalsNavLink() {
  const approvals = useMyApprovals();
  const count = approvals.data?.length ?? 0;
  return (
    <NavLink to="/approvals">
      Approvals
      {count > 0 && (
        <span className="nav-count">
          {' '}
          {count}
          <span className="visually-hidden"> waiting</span>
        </span>
      )}
    </NavLink>
  );
}
