import type { Membership } from '@/features/auth/api/get-me';

type Props = {
  memberships: Membership[];
  currentId: string;
  onSelect: (workspaceId: string) => void;
};

export function WorkspaceSwitcher({ memberships, currentId, onSelect }: Props) {
  return (
    <div className="switcher">
      <label htmlFor="workspace-switcher">Workspace</label>
      <select id="workspace-switcher" value={currentId} onChange={(e) => onSelect(e.target.value)}>
        {memberships.map((m) => (
          <option key={m.workspaceId} value={m.workspaceId}>
            {m.workspaceName}
          </option>
        ))}
      </select>
    </div>
  );
}
