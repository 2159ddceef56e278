import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planningApi, task } from '@/testing/planning-fixtures';
import { renderApp } from '@/testing/render';

describe('Quick add on the plan', () => {
  it('creates the task with its parent and duration, then assigns it and links its predecessor', async () => {
    const { calls } = planningApi({
      'POST /api/v1/projects/:id/tasks': (_req, body) => ({
        status: 201,
        body: task('t-9', 'WEB-9', (body as { title: string }).title),
      }),
      'POST /api/v1/tasks/:id/assignments': { status: 201, body: { id: 'a-9' } },
      'POST /api/v1/dependencies': { status: 201, body: { id: 'd-9' } },
    });
    const { user } = renderApp('/projects/p-1/plan');
    const form = await screen.findByRole('form', { name: 'Quick add' });
    await waitFor(() => expect(screen.getAllByText('Dana Designer').length).toBeGreaterThan(0));
    await user.click(within(form).getByLabelText('Quick add'));
    await user.paste('Hero copy 3d @dana after WEB-4 under WEB-1');
    expect(
      within(form).getByText(
        /“Hero copy” · 3 working days · for Dana Designer · after WEB-4 · under WEB-1/,
      ),
    ).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Add' }));

    expect(await within(form).findByText('WEB-9 Hero copy was added.')).toBeInTheDocument();
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => [c.path, c.body])).toEqual([
      [
        '/api/v1/projects/p-1/tasks',
        {
          title: 'Hero copy',
          status: 'todo',
          priority: 'medium',
          constraintType: 'asap',
          parentId: 't-1',
          durationDays: 3,
        },
      ],
      ['/api/v1/tasks/t-9/assignments', { personId: 'pe-1', units: 1 }],
      ['/api/v1/dependencies', { predecessorId: 't-4', successorId: 't-9', type: 'fs' }],
    ]);
    expect(within(form).getByLabelText('Quick add')).toHaveValue('');
  });

  it('names an unknown person and task key and sends nothing', async () => {
    const { calls } = planningApi();
    const { user } = renderApp('/projects/p-1/plan');
    const form = await screen.findByRole('form', { name: 'Quick add' });
    await user.click(within(form).getByLabelText('Quick add'));
    await user.paste('Hero copy @zoe after WEB-77');
    await user.click(within(form).getByRole('button', { name: 'Add' }));

    const alert = within(form).getByRole('alert');
    expect(alert).toHaveTextContent('Nobody in this workspace is called “zoe”.');
    expect(alert).toHaveTextContent('There is no task WEB-77 in this project.');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });
});
