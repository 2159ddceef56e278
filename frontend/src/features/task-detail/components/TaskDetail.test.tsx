import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, problem } from '@/testing/fake-api';
import { TaskDetail } from './TaskDetail';

const task = {
  id: 't-1',
  workspaceId: 'w-1',
  projectId: 'p-1',
  key: 'WEB-4',
  title: 'Homepage wireframes',
  description:
    '## Scope\n\n- **hero** block\n\n<img src=x alt="wireframe sketch" onerror="alert(1)">',
  status: 'in_progress',
  durationDays: 3,
  assignments: [{ id: 'a-1', personId: 'pe-1', units: 1 }],
  schedule: {
    earlyStart: '2026-12-01T08:00:00',
    earlyFinish: '2026-12-03T17:00:00',
    totalFloatDays: 2,
    critical: false,
  },
};

type Dep = {
  id: string;
  predecessorId: string;
  successorId: string;
  type: string;
  lagDays: number;
};
let dependencies: Dep[] = [];

function routes(comments: unknown[]) {
  dependencies = [{ id: 'd-1', predecessorId: 't-2', successorId: 't-1', type: 'fs', lagDays: 0 }];
  return {
    'GET /api/v1/tasks/:id': { status: 200, body: task },
    'GET /api/v1/workspaces/:id/people': {
      status: 200,
      body: { items: [{ id: 'pe-1', name: 'Priya Sharma' }], next: null },
    },
    'GET /api/v1/tasks/:id/comments': () => ({ status: 200, body: comments }),
    'POST /api/v1/tasks/:id/comments': (_: Request, body: unknown) => {
      const comment = {
        id: `c-${comments.length + 1}`,
        taskId: 't-1',
        authorId: 'u-1',
        body: (body as { body: string }).body,
        mentionedPersonIds: ['pe-1'],
        createdAt: '2026-12-01T10:00:00Z',
      };
      comments.push(comment);
      return { status: 201, body: comment };
    },
    'GET /api/v1/tasks/:id/attachments': { status: 200, body: [] },
    'GET /api/v1/tasks/:id/schedule/explain': {
      status: 200,
      body: {
        taskId: 't-1',
        chain: [
          {
            taskId: 't-1',
            key: 'WEB-4',
            title: 'Homepage wireframes',
            earlyStart: '2026-12-01T08:00:00',
            earlyFinish: '2026-12-03T17:00:00',
            reason: 'Starts after WEB-2 finishes (fs)',
          },
          {
            taskId: 't-2',
            key: 'WEB-2',
            title: 'Brief',
            earlyStart: '2026-11-30T08:00:00',
            earlyFinish: '2026-11-30T17:00:00',
            reason: 'Starts at the project start',
          },
        ],
      },
    },
    'GET /api/v1/projects/:id/dependencies': () => ({
      status: 200,
      body: { items: dependencies, next: null },
    }),
    'POST /api/v1/dependencies': (_: Request, body: unknown) => {
      const dep = { id: `d-${dependencies.length + 10}`, ...(body as object) };
      dependencies.push(dep as (typeof dependencies)[number]);
      return { status: 201, body: dep };
    },
    'DELETE /api/v1/dependencies/:id': (request: Request) => {
      const id = new URL(request.url).pathname.split('/').pop();
      dependencies = dependencies.filter((d) => d.id !== id);
      return { status: 204 };
    },
    'GET /api/v1/projects/:id/tasks': {
      status: 200,
      body: {
        items: [
          task,
          { ...task, id: 't-2', key: 'WEB-2', title: 'Brief' },
          { ...task, id: 't-3', key: 'WEB-5', title: 'Build' },
        ],
        next: null,
      },
    },
    'GET /api/v1/projects/:id/milestones': {
      status: 200,
      body: {
        items: [
          { id: 'm-1', name: 'Design sign-off', dueDate: '2026-12-18', gatingTaskIds: ['t-1'] },
          { id: 'm-2', name: 'Launch', dueDate: '2027-01-18', gatingTaskIds: ['t-3'] },
        ],
        next: null,
      },
    },
    'GET /api/v1/tasks/:id/activity': {
      status: 200,
      body: {
        items: [
          {
            id: 1,
            entityType: 'task',
            entityId: 't-1',
            action: 'created',
            actorId: 'u-1',
            at: '2026-11-30T09:00:00Z',
            changes: {},
          },
        ],
        next: null,
      },
    },
  };
}

function renderDetail(canPlan = false) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>
        <TaskDetail taskId="t-1" canPlanIn={() => canPlan} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...result, user };
}

describe('Task detail', () => {
  it('shows the plan facts and the description as sanitised markdown', async () => {
    fakeApi(routes([]));
    const { container } = renderDetail();
    expect(
      await screen.findByRole('heading', { level: 1, name: /Homepage wireframes/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Scope' })).toBeInTheDocument();
    // the status by its name in the workflow, not its key
    expect(screen.getByText('In progress')).toBeInTheDocument();
    expect(screen.queryByText('in_progress')).not.toBeInTheDocument();
    expect(await screen.findByText('Priya Sharma')).toBeInTheDocument();
    expect(container.querySelector('img')?.getAttribute('onerror')).toBeFalsy();
    expect(await screen.findByText(/Created/)).toBeInTheDocument();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('adds a comment that mentions a person and lists whom it mentions', async () => {
    const { calls } = fakeApi(routes([]));
    const { user } = renderDetail();
    await user.type(
      await screen.findByLabelText('Add a comment'),
      'Ready for review @Priya Sharma',
    );
    await user.click(screen.getByRole('button', { name: 'Comment' }));
    expect(await screen.findByText('Ready for review @Priya Sharma')).toBeInTheDocument();
    expect(screen.getByText('Mentions: Priya Sharma')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      body: 'Ready for review @Priya Sharma',
    });
  });

  it('says why an oversized file was not attached', async () => {
    const { fetchMock } = fakeApi(routes([]));
    const fake = fetchMock.getMockImplementation();
    if (!fake) throw new Error('fakeApi installs a fetch implementation');
    fetchMock.mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.endsWith('/attachments') && (init?.method ?? 'GET') === 'POST') {
        const reply = problem(
          413,
          'Attachment too large',
          'The file has 20000000 bytes; attachments may have at most 10485760',
        );
        return new Response(JSON.stringify(reply.body), {
          status: 413,
          headers: { 'Content-Type': 'application/problem+json' },
        });
      }
      return fake(input, init);
    });
    const { user } = renderDetail();
    const input = await screen.findByLabelText('Attach a file');
    await user.upload(input, new File(['x'.repeat(10)], 'huge.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText('The file was not attached')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(/at most 10485760/)).toBeInTheDocument());
    vi.unstubAllGlobals();
  });

  it('explains its dates, lists its links and the milestones it gates, and links and unlinks tasks', async () => {
    const { calls } = fakeApi(routes([]));
    const { user, container } = renderDetail(true);
    const chain = await screen.findByRole('list', { name: 'Driving chain' });
    expect(chain).toHaveTextContent('Starts after WEB-2 finishes (fs)');
    expect(await screen.findByRole('list', { name: 'Predecessors' })).toHaveTextContent(
      'WEB-2 Brief',
    );
    expect(screen.getByText('No successors.')).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: 'Gated milestones' })).toHaveTextContent(
      'Design sign-off',
    );
    expect(screen.queryByText('Launch')).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'holds up' }));
    await user.type(screen.getByLabelText('Other task'), 'WEB-5');
    await user.click(screen.getByRole('button', { name: 'Link' }));
    expect(await screen.findByRole('list', { name: 'Successors' })).toHaveTextContent(
      'WEB-5 Build',
    );
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      predecessorId: 't-1',
      successorId: 't-3',
      type: 'fs',
      lagDays: 0,
    });

    await user.click(screen.getByRole('button', { name: 'Remove the link with WEB-2 Brief' }));
    expect(await screen.findByText('No predecessors.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/v1/dependencies/d-1')).toBe(
      true,
    );
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('offers no link changes to someone who may not plan', async () => {
    fakeApi(routes([]));
    renderDetail(false);
    await screen.findByRole('list', { name: 'Predecessors' });
    expect(screen.queryByRole('button', { name: /Remove the link/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Link a task' })).not.toBeInTheDocument();
  });
});
