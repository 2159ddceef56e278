import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoMe, fakeApi, problem } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

const priya = {
  id: 'pp-1',
  workspaceId: 'w-1',
  name: 'Priya Shah',
  email: 'priya@example.com',
  teamId: 't-design',
  calendarId: 'c-std',
  maxUnits: 1,
  createdAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-01T09:00:00Z',
};

function peopleApi() {
  let stored = { ...priya };
  let version = 1;
  const ifMatch: Array<string | null> = [];
  const api = fakeApi({
    'GET /api/v1/me': { status: 200, body: demoMe },
    'GET /api/v1/workspaces/:id/people': () => ({
      status: 200,
      body: { items: [stored], next: null },
    }),
    'GET /api/v1/workspaces/:id/teams': {
      status: 200,
      body: { items: [{ id: 't-design', workspaceId: 'w-1', name: 'Design' }], next: null },
    },
    'GET /api/v1/workspaces/:id/calendars': {
      status: 200,
      body: {
        items: [
          {
            id: 'c-std',
            workspaceId: 'w-1',
            name: 'Standard',
            isDefault: true,
            workWeek: {
              mon: [
                { from: '08:00', to: '12:00' },
                { from: '13:00', to: '17:00' },
              ],
              tue: [],
              wed: [],
              thu: [],
              fri: [],
              sat: [],
              sun: [],
            },
            exceptions: [],
          },
        ],
        next: null,
      },
    },
    'GET /api/v1/people/:id': () => ({
      status: 200,
      body: stored,
      headers: { ETag: `"${version}"` },
    }),
    'PATCH /api/v1/people/:id': (request, body) => {
      ifMatch.push(request.headers.get('If-Match'));
      if (request.headers.get('If-Match') !== `"${version}"`) {
        return problem(412, 'Precondition Failed', 'The person changed since you read it.');
      }
      stored = { ...stored, ...(body as object) };
      version += 1;
      return { status: 200, body: stored, headers: { ETag: `"${version}"` } };
    },
    'POST /api/v1/workspaces/:id/people': problem(
      422,
      'Invalid request',
      'maxUnits: must be at most 10',
      [{ field: 'maxUnits', message: 'must be at most 10' }],
    ),
  });
  /** Someone else saves a change in between. */
  const changeBehindTheScenes = (name: string) => {
    stored = { ...stored, name };
    version += 1;
  };
  return { ...api, ifMatch, changeBehindTheScenes };
}

describe('People screen', () => {
  it('lists people with their team, calendar and capacity', async () => {
    peopleApi();
    renderApp('/people');
    const row = await screen.findByRole('row', { name: /Priya Shah/ });
    expect(await within(row).findByText('Design')).toBeInTheDocument();
    expect(within(row).getByText('Standard')).toBeInTheDocument();
    expect(within(row).getByText('100%')).toBeInTheDocument();
    expect(await screen.findByText(/Standard/, { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText(/· 8 h a week/)).toBeInTheDocument();
  });

  it('saves an edit with If-Match, and on a 412 says someone else changed it and reloads', async () => {
    const { ifMatch, changeBehindTheScenes } = peopleApi();
    const { user } = renderApp('/people');
    await user.click(await screen.findByRole('button', { name: 'Edit Priya Shah' }));
    const form = await screen.findByRole('form', { name: 'Edit Priya Shah' });
    changeBehindTheScenes('Priya Natarajan');
    await user.clear(within(form).getByLabelText('Capacity'));
    await user.type(within(form).getByLabelText('Capacity'), '0.5');
    await user.click(within(form).getByRole('button', { name: 'Save person' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(/Someone else changed this/);
    expect(ifMatch).toEqual(['"1"']);
    // The form now shows the stored version, which the next save is based on.
    const reloaded = await screen.findByRole('form', { name: 'Edit Priya Natarajan' });
    expect(within(reloaded).getByLabelText('Name')).toHaveValue('Priya Natarajan');
    await user.clear(within(reloaded).getByLabelText('Capacity'));
    await user.type(within(reloaded).getByLabelText('Capacity'), '0.5');
    await user.click(within(reloaded).getByRole('button', { name: 'Save person' }));
    expect(
      await within(await screen.findByRole('row', { name: /Priya Natarajan/ })).findByText('50%'),
    ).toBeInTheDocument();
    expect(ifMatch).toEqual(['"1"', '"2"']);
  });

  it('puts a field error from the problem next to its field', async () => {
    peopleApi();
    const { user } = renderApp('/people');
    const form = await screen.findByRole('form', { name: 'Add a person' });
    await user.type(within(form).getByLabelText('Name'), 'Erin');
    await user.clear(within(form).getByLabelText('Capacity'));
    await user.type(within(form).getByLabelText('Capacity'), '20');
    await user.click(within(form).getByRole('button', { name: 'Add person' }));
    const capacity = within(form).getByLabelText('Capacity');
    expect(await within(form).findByText('must be at most 10')).toBeInTheDocument();
    expect(capacity).toHaveAttribute('aria-invalid', 'true');
    expect(capacity).toHaveAccessibleDescription(/must be at most 10/);
    expect(screen.getByRole('alert')).toHaveTextContent('maxUnits: must be at most 10');
  });
});
