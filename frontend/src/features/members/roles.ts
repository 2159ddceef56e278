import { roleLabel } from '@/lib/format';
import type { MemberRole } from './api/change-member-role';

/** Roles from least to most powerful, as the pickers list them. */
export const roles: MemberRole[] = ['viewer', 'member', 'coordinator', 'admin', 'owner'];

export const roleOptions = roles.map((r) => ({ value: r, label: roleLabel(r) }));

export function toRole(value: string): MemberRole {
  return roles.find((r) => r === value) ?? 'member';
}
