/** Every event type a person can be notified of (API.md), with how the screen names it. */
export const EVENT_TYPES: ReadonlyArray<{ type: string; label: string }> = [
  { type: 'comment.mention', label: 'Someone mentions you in a comment' },
  { type: 'task.assigned', label: 'A task is assigned to you' },
  { type: 'task.status_changed', label: 'The status of your task changes' },
  { type: 'task.updated', label: 'Your task is changed' },
  { type: 'task.created', label: 'A task is created' },
  { type: 'task.deleted', label: 'A task is deleted' },
  { type: 'dependency.changed', label: 'A dependency of your task changes' },
  { type: 'deadline.approaching', label: 'A deadline is approaching' },
  { type: 'task.overdue', label: 'A task is overdue' },
  { type: 'milestone.at_risk', label: 'A milestone turns at risk' },
  { type: 'milestone.missed', label: 'A milestone is missed' },
  { type: 'milestone.achieved', label: 'A milestone is achieved' },
  { type: 'approval.requested', label: 'Your approval is requested' },
  { type: 'approval.decided', label: 'An approval is decided' },
  { type: 'risk.escalated', label: 'A risk is escalated' },
  { type: 'status_report.published', label: 'A status report is published' },
];
