import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { problem } from '@/testing/fake-api';
import { planningApi, planTasks } from '@/testing/planning-fixtures';
import { renderApp } from '@/testing/render';

const echoPatch = (index: number) => ({
  'PATCH /api/v1/tasks/:id': (_req: Request, body: unknown) => ({
    status: 200,
    body: { ...planTasks()[index], ...(body as object), version: 8 },
  }),
});

/** Opens the constraint editor of WEB-4 (Write copy) from the keyboard. */
async function openConstraintOfWriteCopy(user: ReturnType<typeof renderApp>['user']) {
  const copy = await screen.findByRole('row', { name: /WEB-4 Write copy/ });
  await user.click(within(copy).getByText(/Write copy/));
  await user.keyboard('{ArrowRight}{ArrowRight}{Enter}');
  return screen.getByRole('group', { name: 'Constraint of WEB-4' });
}

describe('Plan: constraints', () => {
  it('shows each constraint as its abbreviation and date, and ASAP muted', async () => {
    planningApi({
      'GET /api/v1/projects/:id/tasks': {
        status: 200,
        body: {
          items: planTasks().map((t) =>
            t.id === 't-3' ? { ...t, constraintType: 'snet', constraintDate: '2026-12-03' } : t,
          ),
        },
      },
    });
    renderApp('/projects/p-1/plan');
    const develop = await screen.findByRole('row', { name: /WEB-3 Develop/ });
    const cell = develop.querySelector('td.cell-constraint');
    expect(cell).toHaveTextContent('SNET 3 Dec 2026');
    expect(within(cell as HTMLElement).getByTitle('Start no earlier than')).toHaveTextContent(
      'SNET',
    );
    expect(
      screen.getByRole('row', { name: /WEB-2 Design/ }).querySelector('td.cell-constraint'),
    ).toHaveTextContent('ASAP');
  });

  it('sets a dated constraint from the keyboard, starting from the scheduled date', async () => {
    const { calls, fetchMock } = planningApi(echoPatch(3));
    const { user } = renderApp('/projects/p-1/plan');
    const editor = await openConstraintOfWriteCopy(user);

    const type = within(editor).getByRole('combobox', { name: 'Constraint' });
    expect(type).toHaveFocus();
    expect(within(editor).queryByLabelText('Constraint date')).not.toBeInTheDocument();
    await user.selectOptions(type, 'snet');
    // WEB-4 is scheduled to start on 1 Dec: that is where the new constraint starts
    const date = within(editor).getByLabelText('Constraint date');
    expect(date).toHaveValue('2026-12-01');
    fireEvent.change(date, { target: { value: '2026-12-03' } });
    await user.type(date, '{Enter}');

    await waitFor(() =>
      expect(
        screen.getByRole('row', { name: /WEB-4 Write copy/ }).querySelector('td.cell-constraint'),
      ).toHaveTextContent('SNET 3 Dec 2026'),
    );
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({
      constraintType: 'snet',
      constraintDate: '2026-12-03',
    });
    const request = fetchMock.mock.calls
      .map(([input]) => input as Request)
      .find((r) => r.method === 'PATCH');
    expect(request?.headers.get('If-Match')).toBe('"7"');
    expect(screen.queryByRole('group', { name: 'Constraint of WEB-4' })).not.toBeInTheDocument();
  });

  it('clears a constraint by choosing "as soon as possible", which sends no date', async () => {
    const { calls } = planningApi({
      'GET /api/v1/projects/:id/tasks': {
        status: 200,
        body: {
          items: planTasks().map((t) =>
            t.id === 't-4' ? { ...t, constraintType: 'mfo', constraintDate: '2026-12-04' } : t,
          ),
        },
      },
      ...echoPatch(3),
    });
    const { user } = renderApp('/projects/p-1/plan');
    const editor = await openConstraintOfWriteCopy(user);
    expect(within(editor).getByLabelText('Constraint date')).toHaveValue('2026-12-04');
    await user.selectOptions(within(editor).getByLabelText('Constraint'), 'asap');
    await user.click(within(editor).getByRole('button', { name: 'Save constraint' }));

    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({
        constraintType: 'asap',
        constraintDate: null,
      }),
    );
  });

  it('cancels with Escape: nothing is sent and the cell has the focus again', async () => {
    const { calls } = planningApi();
    const { user } = renderApp('/projects/p-1/plan');
    const editor = await openConstraintOfWriteCopy(user);
    await user.selectOptions(within(editor).getByLabelText('Constraint'), 'mso');
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('group', { name: 'Constraint of WEB-4' })).not.toBeInTheDocument();
    const cell = screen
      .getByRole('row', { name: /WEB-4 Write copy/ })
      .querySelector('td.cell-constraint');
    await waitFor(() => expect(cell).toHaveFocus());
    expect(cell).toHaveTextContent('ASAP');
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
  });

  it("shows the service's problem when it refuses the constraint", async () => {
    planningApi({
      'PATCH /api/v1/tasks/:id': problem(
        422,
        'Invalid request',
        'constraintDate: is required for the constraint mso',
        [{ field: 'constraintDate', message: 'is required for the constraint mso' }],
      ),
    });
    const { user } = renderApp('/projects/p-1/plan');
    const editor = await openConstraintOfWriteCopy(user);
    await user.selectOptions(within(editor).getByLabelText('Constraint'), 'mso');
    await user.clear(within(editor).getByLabelText('Constraint date'));
    await user.click(within(editor).getByRole('button', { name: 'Save constraint' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The change was not saved');
    expect(alert).toHaveTextContent('constraintDate: is required for the constraint mso');
  });
});
