import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { problem } from '@/testing/fake-api';
import { planningApi, planTasks } from '@/testing/planning-fixtures';
import { renderApp } from '@/testing/render';

const people = {
  'GET /api/v1/workspaces/:id/people': {
    status: 200,
    body: {
      items: [
        { id: 'pe-1', name: 'Dana Designer', maxUnits: 1 },
        { id: 'pe-2', name: 'Devi Developer', maxUnits: 1 },
      ],
    },
  },
};

/** A service whose task list reflects the assignments made and removed. */
function assignmentApi(extra: Parameters<typeof planningApi>[0] = {}) {
  const tasks = planTasks();
  const design = tasks[1] as { assignments: Array<Record<string, unknown>> };
  return planningApi({
    ...people,
    'GET /api/v1/projects/:id/tasks': () => ({ status: 200, body: { items: tasks } }),
    'POST /api/v1/tasks/:id/assignments': (_req, body) => {
      const created = { id: 'a-2', taskId: 't-2', ...(body as object) };
      design.assignments.push(created);
      return { status: 201, body: created };
    },
    'PATCH /api/v1/assignments/:id': (_req, body) => {
      const current = design.assignments[0] as { version: number };
      const changed = { ...current, ...(body as object), version: current.version + 1 };
      design.assignments = [changed];
      return { status: 200, body: changed };
    },
    'DELETE /api/v1/assignments/:id': (req) => {
      const id = new URL(req.url).pathname.split('/').pop();
      design.assignments = design.assignments.filter((a) => a.id !== id);
      return { status: 204 };
    },
    ...extra,
  });
}

/** Opens the assignee editor of WEB-2 (Design) from the keyboard. */
async function openAssigneesOfDesign(user: ReturnType<typeof renderApp>['user']) {
  const design = await screen.findByRole('row', { name: /WEB-2 Design/ });
  await within(design).findByText('Dana Designer');
  await user.click(within(design).getByText('WEB-2'));
  await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{Enter}');
  return screen.getByRole('group', { name: 'Assignees of WEB-2' });
}

describe('Plan: assignees', () => {
  it('assigns a person of the workspace with units; only people not yet on the task are offered', async () => {
    const { calls } = assignmentApi();
    const { user } = renderApp('/projects/p-1/plan');
    const editor = await openAssigneesOfDesign(user);

    expect(within(editor).getByRole('list', { name: 'People on WEB-2' })).toHaveTextContent(
      'Dana Designer · 100%',
    );
    const person = within(editor).getByRole('combobox', { name: 'Person' });
    expect(person).toHaveFocus();
    expect(within(person).queryByRole('option', { name: 'Dana Designer' })).toBeNull();
    await user.selectOptions(person, 'Devi Developer');
    const units = within(editor).getByRole('spinbutton', { name: 'Units' });
    await user.clear(units);
    await user.type(units, '0.5');
    await user.click(within(editor).getByRole('button', { name: 'Assign' }));

    await waitFor(() =>
      expect(screen.getByRole('row', { name: /WEB-2 Design/ })).toHaveTextContent(
        'Dana Designer, Devi Developer',
      ),
    );
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.path).toBe('/api/v1/tasks/t-2/assignments');
    expect(post?.body).toEqual({ personId: 'pe-2', units: 0.5 });
    expect(within(editor).getByRole('list', { name: 'People on WEB-2' })).toHaveTextContent(
      'Devi Developer · 50%',
    );
    // the keyboard stays in the editor, so Escape still closes it
    expect(within(editor).getByRole('combobox', { name: 'Person' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Assignees of WEB-2' })).not.toBeInTheDocument();
  });

  it('removes an assignment with its labelled button and keeps the keyboard in the editor', async () => {
    const { calls } = assignmentApi();
    const { user } = renderApp('/projects/p-1/plan');
    const editor = await openAssigneesOfDesign(user);

    await user.click(
      within(editor).getByRole('button', { name: 'Remove Dana Designer from WEB-2' }),
    );

    await waitFor(() => expect(within(editor).getByText('Nobody is assigned yet.')).toBeVisible());
    expect(calls.find((c) => c.method === 'DELETE')?.path).toBe('/api/v1/assignments/a-1');
    expect(within(editor).getByRole('combobox', { name: 'Person' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Assignees of WEB-2' })).not.toBeInTheDocument();
    const design = screen.getByRole('row', { name: /WEB-2 Design/ });
    expect(design.querySelector('td.cell-assignees')).toHaveTextContent(/^$/);
    await waitFor(() => expect(design.querySelector('td.cell-assignees')).toHaveFocus());
  });

  it("shows the service's problem inside the editor when an assignment is refused", async () => {
    assignmentApi({
      'POST /api/v1/tasks/:id/assignments': problem(
        409,
        'Conflict',
        'This person is already assigned to the task; change or remove that assignment instead',
      ),
    });
    const { user } = renderApp('/projects/p-1/plan');
    const editor = await openAssigneesOfDesign(user);
    await user.selectOptions(within(editor).getByLabelText('Person'), 'Devi Developer');
    await user.click(within(editor).getByRole('button', { name: 'Assign' }));

    expect(await within(editor).findByRole('alert')).toHaveTextContent(
      'This person is already assigned to the task',
    );
  });

  it('changes the units of an assignment with If-Match from its version', async () => {
    const { calls } = assignmentApi();
    const { user } = renderApp('/projects/p-1/plan');
    const editor = await openAssigneesOfDesign(user);
    const units = within(editor).getByRole('spinbutton', {
      name: 'Units of Dana Designer on WEB-2',
    });
    await user.clear(units);
    await user.type(units, '0.5{Enter}');

    await waitFor(() =>
      expect(within(editor).getByRole('list', { name: 'People on WEB-2' })).toHaveTextContent(
        'Dana Designer · 50%',
      ),
    );
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.path).toBe('/api/v1/assignments/a-1');
    expect(patch?.body).toEqual({ units: 0.5 });
    expect(patch?.ifMatch).toBe('"0"');
    // saved with Enter: the keyboard stays in the field, and leaving it sends nothing more
    expect(
      within(editor).getByRole('spinbutton', { name: 'Units of Dana Designer on WEB-2' }),
    ).toHaveFocus();
    await user.tab();
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1);
  });

  it('says the units were not changed when someone else changed the assignment first (412)', async () => {
    assignmentApi({
      'PATCH /api/v1/assignments/:id': problem(
        412,
        'Precondition Failed',
        'The object has changed since you read it (current ETag "1"); fetch it again and retry with the new If-Match',
      ),
    });
    const { user } = renderApp('/projects/p-1/plan');
    const editor = await openAssigneesOfDesign(user);
    const units = within(editor).getByRole('spinbutton', {
      name: 'Units of Dana Designer on WEB-2',
    });
    await user.clear(units);
    await user.type(units, '2{Enter}');

    const title = await screen.findByText('The units were not changed');
    expect(title.closest('[role="alert"]')).toHaveTextContent('Someone else changed this task');
    // the keyboard is still in the field, and the message outlives the editor
    expect(units).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Assignees of WEB-2' })).not.toBeInTheDocument();
    expect(screen.getByText('The units were not changed')).toBeInTheDocument();
  });

  it('removes an assignment with If-Match from its version', async () => {
    const { calls } = assignmentApi();
    const { user } = renderApp('/projects/p-1/plan');
    const editor = await openAssigneesOfDesign(user);
    await user.click(
      within(editor).getByRole('button', { name: 'Remove Dana Designer from WEB-2' }),
    );
    await waitFor(() => expect(calls.find((c) => c.method === 'DELETE')).toBeDefined());
    expect(calls.find((c) => c.method === 'DELETE')?.ifMatch).toBe('"0"');
  });

  it('removes an assignment right after changing its units, as a change on top of its own', async () => {
    const { calls } = assignmentApi({
      'PATCH /api/v1/assignments/:id': async (_req, body) => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        return {
          status: 200,
          body: { id: 'a-1', taskId: 't-2', personId: 'pe-1', ...(body as object), version: 1 },
        };
      },
    });
    const { user } = renderApp('/projects/p-1/plan');
    const editor = await openAssigneesOfDesign(user);
    const units = within(editor).getByRole('spinbutton', {
      name: 'Units of Dana Designer on WEB-2',
    });
    await user.clear(units);
    await user.type(units, '0.5');
    // leaving the field for the remove button saves the units first
    await user.click(
      within(editor).getByRole('button', { name: 'Remove Dana Designer from WEB-2' }),
    );
    await waitFor(() => expect(calls.find((c) => c.method === 'DELETE')).toBeDefined());
    expect(calls.filter((c) => c.method !== 'GET').map((c) => [c.method, c.ifMatch])).toEqual([
      ['PATCH', '"0"'],
      ['DELETE', '"1"'],
    ]);
  });
});
