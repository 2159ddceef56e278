import { useState } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDate, roleLabel } from '@/lib/format';
import { useChangeMemberRole } from '../api/change-member-role';
import type { Member } from '../api/get-members';
import { useRemoveMember } from '../api/remove-member';
import { roleOptions, toRole } from '../roles';

type Props = { workspaceId: string; member: Member; canManage: boolean };
type Mode = 'view' | 'editing' | 'removing';

export function MemberRow({ workspaceId, member, canManage }: Props) {
  const [mode, setMode] = useState<Mode>('view');
  const [role, setRole] = useState(member.role);
  const change = useChangeMemberRole(workspaceId);
  const remove = useRemoveMember(workspaceId);

  return (
    <tr>
      <th scope="row">{member.name}</th>
      <td className="email">{member.email}</td>
      <td>
        {mode === 'editing' ? (
          <select
            aria-label={`Role of ${member.name}`}
            value={role}
            onChange={(e) => setRole(toRole(e.target.value))}
          >
            {roleOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : (
          <span className={`role role-${member.role}`}>{roleLabel(member.role)}</span>
        )}
      </td>
      <td className="nowrap">{formatDate(member.joinedAt)}</td>
      {canManage && (
        <td className="actions">
          {mode === 'view' && (
            <span className="confirm">
              <Button
                variant="secondary"
                className="btn-sm"
                onClick={() => {
                  setRole(member.role);
                  change.reset();
                  setMode('editing');
                }}
                aria-label={`Change role of ${member.name}`}
              >
                Change role
              </Button>
              <Button
                variant="ghost"
                className="btn-sm"
                onClick={() => {
                  remove.reset();
                  setMode('removing');
                }}
                aria-label={`Remove ${member.name}`}
              >
                Remove
              </Button>
            </span>
          )}
          {mode === 'editing' && (
            <span className="confirm">
              <Button
                className="btn-sm"
                busy={change.isPending}
                disabled={role === member.role}
                onClick={() =>
                  change.mutate(
                    { userId: member.userId, role },
                    { onSuccess: () => setMode('view') },
                  )
                }
                aria-label={`Save role of ${member.name}`}
              >
                Save
              </Button>
              <Button className="btn-sm" variant="ghost" onClick={() => setMode('view')}>
                Cancel
              </Button>
            </span>
          )}
          {mode === 'removing' && (
            <span className="confirm">
              <Button
                className="btn-sm"
                variant="danger"
                busy={remove.isPending}
                onClick={() => remove.mutate(member.userId)}
                aria-label={`Confirm removing ${member.name}`}
              >
                Remove now
              </Button>
              <Button className="btn-sm" variant="ghost" onClick={() => setMode('view')}>
                Cancel
              </Button>
            </span>
          )}
          <ProblemAlert error={change.error ?? remove.error} />
        </td>
      )}
    </tr>
  );
}
