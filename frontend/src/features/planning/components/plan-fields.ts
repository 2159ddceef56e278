/** The cells the keyboard moves between, left to right. */
export const editable = [
  'title',
  'durationDays',
  'constraint',
  'status',
  'priority',
  'assignees',
] as const;

export type Field = (typeof editable)[number];

export const fieldLabels: Record<Field, string> = {
  title: 'Title',
  durationDays: 'Duration (days)',
  constraint: 'Constraint',
  status: 'Status',
  priority: 'Priority',
  assignees: 'Assignees',
};

/** Fields edited in a small panel under the cell rather than in the cell itself. */
export const inPopover = (field: Field) => field === 'constraint' || field === 'assignees';

/** A cell being edited, with the value typed so far. */
export type Editing = { taskId: string; field: Field; value: string };
