import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { milestone, planningApi } from '@/testing/planning-fixtures';
import { renderApp } from '@/testing/render';

describe('Milestones', () => {
  it('lists owner, due, forecast, health and gating tasks', async () => {
    planningApi();
    renderApp('/projects/p-1/milestones');
    const row = await screen.findByRole('row', { name: /Launch/ });
    expect(within(row).getByText('At risk')).toBeInTheDocument();
    expect(within(row).getByText('4 Dec 2026')).toBeInTheDocument();
    expect(within(row).getByText('8 Dec 2026')).toHaveClass('late');
    expect(await within(row).findByText('Dana Designer')).toBeInTheDocument();
    expect(await within(row).findByText('WEB-3 Develop')).toBeInTheDocument();
  });

  it('adds a milestone with its owner and the tasks that gate it', async () => {
    let items = [milestone];
    const { calls } = planningApi({
      'GET /api/v1/projects/:id/milestones': () => ({ status: 200, body: { items } }),
      'POST /api/v1/projects/:id/milestones': (_req, body) => {
        const m = { ...milestone, id: 'm-2', ...(body as object), health: 'on_track' };
        items = [...items, m];
        return { status: 201, body: m };
      },
    });
    const { user } = renderApp('/projects/p-1/milestones');
    const form = await screen.findByRole('form', { name: 'Add a milestone' });
    await user.type(within(form).getByLabelText('Milestone name'), 'Sign-off');
    await user.type(within(form).getByLabelText('Due date'), '2026-12-20');
    await waitFor(() =>
      expect(form.querySelector('datalist option[value="WEB-2 Design"]')).not.toBeNull(),
    );
    await user.type(within(form).getByLabelText('Gating task'), 'WEB-2');
    await user.click(within(form).getByRole('button', { name: 'Add gating task' }));
    const chips = within(form).getByRole('list', { name: 'Gating tasks' });
    expect(within(chips).getByText('WEB-2 Design')).toBeInTheDocument();
    expect(within(form).getByLabelText('Gating task')).toHaveValue('');
    await waitFor(() =>
      expect(within(form).getByRole('option', { name: 'Dana Designer' })).toBeInTheDocument(),
    );
    await user.selectOptions(within(form).getByLabelText('Owner'), 'Dana Designer');
    await user.click(within(form).getByRole('button', { name: 'Add milestone' }));

    expect(await screen.findByRole('row', { name: /Sign-off/ })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'Sign-off',
      dueDate: '2026-12-20',
      gatingTaskIds: ['t-2'],
      committed: true,
      ownerId: 'pe-1',
    });
  });

  it('shows an empty state', async () => {
    planningApi({ 'GET /api/v1/projects/:id/milestones': { status: 200, body: { items: [] } } });
    renderApp('/projects/p-1/milestones');
    expect(await screen.findByText('No milestones yet')).toBeInTheDocument();
  });
});
