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
  const calendarPatches: unknown[] = [];
  let calendarVersion = 1;
  let calendar = {
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
      fri: [{ from: '08:00', to: '12:00' }],
      sat: [],
      sun: [],
    },
    exceptions: [] as unknown[],
  };
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
    'GET /api/v1/workspaces/:id/calendars': () => ({
      status: 200,
      body: { items: [calendar], next: null },
    }),
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
    'GET /api/v1/calendars/:id': () => ({
      status: 200,
      body: calendar,
      headers: { ETag: `"c${calendarVersion}"` },
    }),
    'PATCH /api/v1/calendars/:id': (request, body) => {
      ifMatch.push(request.headers.get('If-Match'));
      calendarPatches.push(body);
      calendar = { ...calendar, ...(body as object) };
      calendarVersion += 1;
      return { status: 200, body: calendar, headers: { ETag: `"c${calendarVersion}"` } };
    },
    'GET /api/v1/teams/:id': () => ({
      status: 200,
      body: { id: 't-design', workspaceId: 'w-1', name: 'Design' },
      headers: { ETag: '"t1"' },
    }),
    'PATCH /api/v1/teams/:id': problem(412, 'Precondition Failed', 'The team changed.'),
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
  return { ...api, ifMatch, calendarPatches, changeBehindTheScenes };
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
    expect(screen.getByText(/· 12 h a week/)).toBeInTheDocument();
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

  it('warns about a second person with the same name without refusing them', async () => {
    peopleApi();
    const { user } = renderApp('/people');
    await screen.findByRole('button', { name: 'Edit Priya Shah' });
    const form = screen.getByRole('form', { name: 'Add a person' });
    await user.type(within(form).getByLabelText('Name'), 'priya shah');
    expect(within(form).getByRole('status')).toHaveTextContent(
      'There is already a person called Priya Shah in this workspace.',
    );
    expect(within(form).getByRole('button', { name: 'Add person' })).toBeEnabled();
    await user.type(within(form).getByLabelText('Name'), 'w');
    expect(within(form).queryByRole('status')).not.toBeInTheDocument();
  });

  it('edits a calendar: drops Friday, adds a holiday, sends the whole week with If-Match', async () => {
    const { calendarPatches, ifMatch } = peopleApi();
    const { user } = renderApp('/people');
    await user.click(await screen.findByRole('button', { name: 'Edit calendar Standard' }));
    const form = await screen.findByRole('form', { name: 'Edit calendar Standard' });
    expect(within(form).getByText('Working hours (12 h a week)')).toBeInTheDocument();
    const friday = within(form).getByRole('group', { name: 'Friday' });
    await user.click(within(friday).getByRole('button', { name: 'Remove Friday 08:00–12:00' }));
    expect(within(form).getByText('Working hours (8 h a week)')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Add exception' }));
    const exception = within(form).getByRole('group', { name: 'Exception 1' });
    await user.type(within(exception).getByLabelText('From'), '2026-12-24');
    await user.type(within(exception).getByLabelText('To'), '2026-12-26');
    await user.type(within(exception).getByLabelText('Name'), 'Christmas');
    await user.click(within(form).getByRole('button', { name: 'Save calendar' }));

    expect(await screen.findByText(/· 8 h a week/)).toBeInTheDocument();
    expect(ifMatch).toEqual(['"c1"']);
    expect(calendarPatches).toEqual([
      {
        name: 'Standard',
        workWeek: expect.objectContaining({ fri: [], mon: expect.any(Array) }),
        exceptions: [
          { name: 'Christmas', startDate: '2026-12-24', endDate: '2026-12-26', workingTimes: [] },
        ],
      },
    ]);
  });

  it('tells the user when a team was renamed by someone else first', async () => {
    peopleApi();
    const { user } = renderApp('/people');
    await user.click(await screen.findByRole('button', { name: 'Rename Design' }));
    const form = await screen.findByRole('form', { name: 'Rename Design' });
    await user.clear(within(form).getByLabelText('Team name'));
    await user.type(within(form).getByLabelText('Team name'), 'Product design');
    await user.click(within(form).getByRole('button', { name: 'Save team' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(/Someone else changed this/);
    expect(within(form).getByLabelText('Team name')).toHaveValue('Design');
  });
});
