/**
 * Every query key in one place, so a mutation in one feature can invalidate exactly what it
 * changes in another (creating a workspace changes `me` memberships) without features importing
 * each other.
 */
export const queryKeys = {
  me: ['me'] as const,
  tokens: ['me', 'tokens'] as const,
  /** Invitations to workspaces waiting for the signed-in user's answer. */
  myInvitations: ['me', 'invitations'] as const,
  myTasks: ['me', 'tasks'] as const,
  workspaces: ['workspaces'] as const,
  workspace: (workspaceId: string) => ['workspaces', workspaceId] as const,
  members: (workspaceId: string) => ['workspaces', workspaceId, 'members'] as const,
  /** Open invitations of a workspace (admins). */
  invitations: (workspaceId: string) => ['workspaces', workspaceId, 'invitations'] as const,
  people: (workspaceId: string) => ['workspaces', workspaceId, 'people'] as const,
  person: (personId: string) => ['people', personId] as const,
  timeOff: (personId: string) => ['people', personId, 'time-off'] as const,
  teams: (workspaceId: string) => ['workspaces', workspaceId, 'teams'] as const,
  calendars: (workspaceId: string) => ['workspaces', workspaceId, 'calendars'] as const,
  calendar: (calendarId: string) => ['calendars', calendarId] as const,
  /** Capacity, demand and over-allocation; changes with plans, people, time off and calendars. */
  workload: (workspaceId: string) => ['workspaces', workspaceId, 'workload'] as const,
  projects: (workspaceId: string) => ['workspaces', workspaceId, 'projects'] as const,
  /** Every project's health, progress, forecast and over-allocated people. */
  portfolio: (workspaceId: string) => ['workspaces', workspaceId, 'portfolio'] as const,
  project: (projectId: string) => ['projects', projectId] as const,
  /** Everything computed from a project's plan: schedule, milestone forecasts, health. */
  schedule: (projectId: string) => ['projects', projectId, 'schedule'] as const,
  tasks: (projectId: string) => ['projects', projectId, 'tasks'] as const,
  dependencies: (projectId: string) => ['projects', projectId, 'dependencies'] as const,
  milestones: (projectId: string) => ['projects', projectId, 'milestones'] as const,
  task: (taskId: string) => ['tasks', taskId] as const,
  /** A project's risk register; a risk and its what-if impact; the header's top risks and exposure. */
  risks: (projectId: string) => ['projects', projectId, 'risks'] as const,
  riskSummary: (projectId: string) => ['projects', projectId, 'risk-summary'] as const,
  risk: (riskId: string) => ['risks', riskId] as const,
  riskImpact: (riskId: string) => ['risks', riskId, 'impact'] as const,
  decisions: (projectId: string) => ['projects', projectId, 'decisions'] as const,
  statusReports: (projectId: string) => ['projects', projectId, 'status-reports'] as const,
  /** One status report with its ETag (a draft being edited). */
  statusReport: (reportId: string) => ['status-reports', reportId] as const,
  /** A project's share links as its coordinators see them (no secrets). */
  shareLinks: (projectId: string) => ['projects', projectId, 'share-links'] as const,
  /** A public share page, read with its token (no account). */
  sharedReport: (token: string) => ['shared', token] as const,
  /** Delivery metrics of a project or a workspace over a range. */
  projectMetrics: (projectId: string, from: string, to: string, granularity: string) =>
    ['projects', projectId, 'metrics', from, to, granularity] as const,
  workspaceMetrics: (workspaceId: string, from: string, to: string, granularity: string) =>
    ['workspaces', workspaceId, 'metrics', from, to, granularity] as const,
  escalationPolicy: (workspaceId: string) =>
    ['workspaces', workspaceId, 'escalation-policy'] as const,
  escalations: (workspaceId: string) => ['workspaces', workspaceId, 'escalations'] as const,
  explain: (taskId: string) => ['tasks', taskId, 'explain'] as const,
  /** The workspace's workflows (statuses, WIP limits, approval steps, allowed moves). */
  workflows: (workspaceId: string) => ['workspaces', workspaceId, 'workflows'] as const,
  workflow: (workflowId: string) => ['workflows', workflowId] as const,
  /** A task's moves between statuses and where it may move now. */
  transitions: (taskId: string) => ['tasks', taskId, 'transitions'] as const,
  /** Approval rounds still waiting: a project's, and the signed-in user's. */
  projectApprovals: (projectId: string) => ['projects', projectId, 'approvals'] as const,
  myApprovals: ['me', 'approvals'] as const,
  notificationsAll: ['me', 'notifications'] as const,
  notifications: (unread: boolean) => ['me', 'notifications', { unread }] as const,
  notificationPreferences: ['me', 'notification-preferences'] as const,
  /** Calendar feeds: the signed-in user's personal ones, and theirs of a project. */
  myCalendarFeeds: ['me', 'calendar-feeds'] as const,
  projectCalendarFeeds: (projectId: string) => ['projects', projectId, 'calendar-feeds'] as const,
  /** A workspace's webhooks (admins) and one webhook's delivery log. */
  webhooks: (workspaceId: string) => ['workspaces', workspaceId, 'webhooks'] as const,
  webhookDeliveries: (webhookId: string) => ['webhooks', webhookId, 'deliveries'] as const,
  /** Cumulative flow, time in status and bottlenecks over a date range. */
  flow: (projectId: string, from: string, to: string) =>
    ['projects', projectId, 'flow', from, to] as const,
  /** A task's key and title, for naming it where only its id is known. */
  taskLabel: (taskId: string) => ['tasks', taskId, 'label'] as const,
  /** A background job (a plan import): state, progress and result. */
  job: (jobId: string) => ['jobs', jobId] as const,
  /** Project templates of a workspace (built-ins first). */
  templates: (workspaceId: string) => ['workspaces', workspaceId, 'templates'] as const,
  /** Procedures (SOPs) of a workspace, one procedure, and those of a task's current status. */
  procedures: (workspaceId: string) => ['workspaces', workspaceId, 'procedures'] as const,
  procedure: (procedureId: string) => ['procedures', procedureId] as const,
  taskProcedures: (taskId: string, status: string) =>
    ['tasks', taskId, 'procedures', status] as const,
  workspaceFlow: (workspaceId: string, from: string, to: string) =>
    ['workspaces', workspaceId, 'flow', from, to] as const,
};
