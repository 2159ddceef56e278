import { demoMe, fakeApi, problem } from './fake-api';

/** A small project in the shape the service returns: a summary with two linked tasks. */
export const project = {
  id: 'p-1',
  workspaceId: 'w-1',
  key: 'WEB',
  name: 'Website relaunch',
  status: 'active',
  startDate: '2026-12-01',
  targetFinishDate: '2026-12-04',
  health: 'at_risk',
  createdAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-01T09:00:00Z',
};

function schedule(taskId: string, start: string, finish: string, float: number, critical: boolean) {
  return {
    taskId,
    earlyStart: `${start}T08:00:00`,
    earlyFinish: `${finish}T17:00:00`,
    lateStart: `${start}T08:00:00`,
    lateFinish: `${finish}T17:00:00`,
    totalFloatDays: float,
    freeFloatDays: float,
    critical,
    driver: { kind: 'project_start' },
    constraintConflict: false,
  };
}

export function task(
  id: string,
  key: string,
  title: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    workspaceId: 'w-1',
    projectId: 'p-1',
    key,
    title,
    status: 'todo',
    priority: 'medium',
    durationDays: 2,
    constraintType: 'asap',
    percentComplete: 0,
    tags: [],
    summary: false,
    assignments: [],
    createdAt: '2026-11-01T09:00:00Z',
    updatedAt: '2026-11-01T09:00:00Z',
    // the row version, which is the task's ETag ("7"): the list carries it for If-Match
    version: 7,
    ...extra,
  };
}

export const schedules = [
  schedule('t-1', '2026-12-01', '2026-12-08', 0, true),
  schedule('t-2', '2026-12-01', '2026-12-02', 0, true),
  schedule('t-3', '2026-12-03', '2026-12-08', 0, true),
  schedule('t-4', '2026-12-01', '2026-12-01', 4, false),
];

export function planTasks() {
  return [
    task('t-1', 'WEB-1', 'Build the site', { summary: true, durationDays: 6, position: 0 }),
    task('t-2', 'WEB-2', 'Design', {
      parentId: 't-1',
      position: 0,
      assignments: [{ id: 'a-1', taskId: 't-2', personId: 'pe-1', units: 1, version: 0 }],
    }),
    task('t-3', 'WEB-3', 'Develop', {
      parentId: 't-1',
      position: 1,
      durationDays: 4,
      status: 'in_progress',
    }),
    task('t-4', 'WEB-4', 'Write copy', { durationDays: 1, priority: 'high', position: 1 }),
  ];
}

export const milestone = {
  id: 'm-1',
  workspaceId: 'w-1',
  projectId: 'p-1',
  name: 'Launch',
  dueDate: '2026-12-04',
  ownerId: 'pe-1',
  committed: true,
  gatingTaskIds: ['t-3'],
  forecastDate: '2026-12-08',
  health: 'at_risk',
  createdAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-01T09:00:00Z',
};

const standardDay = [
  { from: '08:00', to: '12:00' },
  { from: '13:00', to: '17:00' },
];

/** The workspace's default calendar, which the project (without a calendarId) schedules on. */
export const defaultCalendar = {
  id: 'cal-1',
  workspaceId: 'w-1',
  name: 'Standard',
  isDefault: true,
  workWeek: {
    mon: standardDay,
    tue: standardDay,
    wed: standardDay,
    thu: standardDay,
    fri: standardDay,
    sat: [],
    sun: [],
  },
  exceptions: [],
};

/** The service for one project; `overrides` replace or add routes. */
export function planningApi(overrides: Parameters<typeof fakeApi>[0] = {}) {
  const tasks = planTasks();
  return fakeApi({
    'GET /api/v1/me': { status: 200, body: demoMe },
    'GET /api/v1/workspaces/:id/projects': { status: 200, body: { items: [project] } },
    'GET /api/v1/workspaces/:id/people': {
      status: 200,
      body: { items: [{ id: 'pe-1', name: 'Dana Designer', maxUnits: 1 }] },
    },
    'GET /api/v1/projects/:id': { status: 200, body: project, headers: { ETag: '"1"' } },
    'GET /api/v1/workspaces/:id/calendars': { status: 200, body: { items: [defaultCalendar] } },
    'GET /api/v1/projects/:id/tasks': () => ({ status: 200, body: { items: tasks } }),
    'GET /api/v1/projects/:id/schedule': {
      status: 200,
      body: {
        projectId: 'p-1',
        start: '2026-12-01T08:00:00',
        finish: '2026-12-08T17:00:00',
        health: 'at_risk',
        criticalPath: ['t-2', 't-3'],
        drivingPath: ['t-2', 't-3'],
        tasks: schedules,
      },
    },
    'GET /api/v1/projects/:id/dependencies': {
      status: 200,
      body: {
        items: [
          {
            id: 'd-1',
            workspaceId: 'w-1',
            predecessorId: 't-2',
            successorId: 't-3',
            type: 'fs',
            lagDays: 0,
          },
        ],
      },
    },
    'GET /api/v1/projects/:id/milestones': { status: 200, body: { items: [milestone] } },
    'GET /api/v1/tasks/:id': (req) => {
      const id = new URL(req.url).pathname.split('/').pop();
      const found = tasks.find((t) => t.id === id);
      return found
        ? { status: 200, body: found, headers: { ETag: `"${String(found.version)}"` } }
        : problem(404, 'Not Found', 'No such task');
    },
    ...overrides,
  });
}

/** The service's driving chain of WEB-3 Develop: after WEB-2 Design, which starts the project. */
export const explainDevelop = {
  'GET /api/v1/tasks/:id/schedule/explain': {
    status: 200,
    body: {
      taskId: 't-3',
      chain: [
        {
          taskId: 't-3',
          key: 'WEB-3',
          title: 'Develop',
          earlyStart: '2026-12-03T08:00:00',
          earlyFinish: '2026-12-08T17:00:00',
          driver: { kind: 'dependency', dependencyId: 'd-1' },
          reason: 'Starts after WEB-2 finishes (fs)',
        },
        {
          taskId: 't-2',
          key: 'WEB-2',
          title: 'Design',
          earlyStart: '2026-12-01T08:00:00',
          earlyFinish: '2026-12-02T17:00:00',
          driver: { kind: 'project_start' },
          reason: 'Starts at the project start',
        },
      ],
    },
  },
};
