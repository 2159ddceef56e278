import type { Membership } from '@/features/auth/api/get-me';

const planners = new Set(['owner', 'admin', 'coordinator']);

/** Coordinators (and admins, owners) change plans; members and viewers only see them. */
export function canPlanIn(memberships: Membership[], workspaceId: string): boolean {
  const role = memberships.find((m) => m.workspaceId === workspaceId)?.role;
  return role !== undefined && planners.has(role);
}

const reporters = new Set(['owner', 'admin', 'coordinator', 'member']);

/** Members (and above) report progress on tasks: status and % complete. Viewers only look. */
export function canReportIn(memberships: Membership[], workspaceId: string): boolean {
  const role = memberships.find((m) => m.workspaceId === workspaceId)?.role;
  return role !== undefined && reporters.has(role);
}
