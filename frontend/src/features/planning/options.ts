export const statusOptions = [
  { value: 'todo', label: 'To do' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'review', label: 'Review' },
  { value: 'blocked', label: 'Blocked' },
  { value: 'done', label: 'Done' },
  { value: 'cancelled', label: 'Cancelled' },
] as const;

export const priorityOptions = [
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
  { value: 'urgent', label: 'Urgent' },
] as const;

export const dependencyTypeOptions = [
  { value: 'fs', label: 'Finish → start (FS)' },
  { value: 'ss', label: 'Start → start (SS)' },
  { value: 'ff', label: 'Finish → finish (FF)' },
  { value: 'sf', label: 'Start → finish (SF)' },
] as const;
