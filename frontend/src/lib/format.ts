const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatDateTime(value: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? value : dateTime.format(parsed);
}

export function formatDate(value: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? value : date.format(parsed);
}

const roleLabels: Record<string, string> = {
  owner: 'Owner',
  admin: 'Admin',
  coordinator: 'Coordinator',
  member: 'Member',
  viewer: 'Viewer',
};

export function roleLabel(role: string): string {
  return roleLabels[role] ?? role;
}
