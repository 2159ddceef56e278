import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoMe, fakeApi, problem } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

type Prefs = { types: Record<string, string>; digest: string; timeZone?: string | null };

/** Makes this browser say it runs in `zone`, whatever the machine running the test is set to. */
function browserIn(zone: string) {
  const real = Intl.DateTimeFormat.prototype.resolvedOptions;
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (
    this: Intl.DateTimeFormat,
  ) {
    return { ...real.call(this), timeZone: zone };
  });
}

afterEach(() => vi.restoreAllMocks());

function prefsApi(initial: Prefs = { types: { 'task.updated': 'off' }, digest: 'none' }) {
  let saved: unknown = initial;
  return fakeApi({
    'GET /api/v1/me': { status: 200, body: demoMe },
    'GET /api/v1/me/notification-preferences': () => ({ status: 200, body: saved }),
    'PUT /api/v1/me/notification-preferences': (_req, body) => {
      saved = body;
      return { status: 200, body };
    },
    'GET /api/v1/me/calendar-feeds': { status: 200, body: { items: [] } },
  });
}

describe('Notification preferences', () => {
  it('shows each event type with its channel; absent types are in-app', async () => {
    prefsApi();
    renderApp('/notifications/preferences');
    expect(await screen.findByRole('radio', { name: 'Your task is changed: Off' })).toBeChecked();
    expect(
      screen.getByRole('radio', { name: 'Someone mentions you in a comment: In the app' }),
    ).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /daily digest/ })).not.toBeChecked();
  });

  it('saves a channel per event type and the daily digest', async () => {
    browserIn('America/Chicago');
    const { calls } = prefsApi();
    const { user } = renderApp('/notifications/preferences');
    await user.click(
      await screen.findByRole('radio', { name: 'Someone mentions you in a comment: E-mail' }),
    );
    await user.click(screen.getByRole('checkbox', { name: /daily digest/ }));
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));

    expect(await screen.findByText('Preferences saved')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.body).toEqual({
      types: { 'task.updated': 'off', 'comment.mention': 'email' },
      digest: 'daily',
      timeZone: 'America/Chicago',
    });
  });

  it("suggests the browser's time zone when none is saved", async () => {
    browserIn('Asia/Kolkata');
    prefsApi({ types: {}, digest: 'none', timeZone: null });
    renderApp('/notifications/preferences');
    const zone = await screen.findByRole('combobox', { name: 'Your time zone' });
    expect(zone).toHaveValue('Asia/Kolkata');
    expect(zone).toHaveAccessibleDescription(/your browser's zone \(Asia\/Kolkata\)/);
    expect(screen.getByRole('option', { name: 'Asia/Kolkata (UTC+05:30)' })).toBeInTheDocument();
  });

  it("shows the saved time zone, not the browser's, and saves the one chosen", async () => {
    browserIn('Europe/London');
    const { calls } = prefsApi({ types: {}, digest: 'none', timeZone: 'Europe/Berlin' });
    const { user } = renderApp('/notifications/preferences');
    const zone = await screen.findByRole('combobox', { name: 'Your time zone' });
    expect(zone).toHaveValue('Europe/Berlin');
    expect(screen.getByRole('option', { name: /^Europe\/London/ })).toBeInTheDocument();

    await user.selectOptions(zone, 'Pacific/Auckland');
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));

    expect(await screen.findByText('Preferences saved')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      types: {},
      digest: 'none',
      timeZone: 'Pacific/Auckland',
    });
  });

  it('keeps an alias the browser reports even when its zone list lacks it', async () => {
    browserIn('Asia/Calcutta');
    prefsApi({ types: {}, digest: 'none' });
    renderApp('/notifications/preferences');
    expect(await screen.findByRole('combobox', { name: 'Your time zone' })).toHaveValue(
      'Asia/Calcutta',
    );
  });

  it('says so when the preferences were not saved', async () => {
    fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/me/notification-preferences': {
        status: 200,
        body: { types: {}, digest: 'none' },
      },
      'PUT /api/v1/me/notification-preferences': problem(
        503,
        'Service Unavailable',
        'The database is not reachable.',
      ),
      'GET /api/v1/me/calendar-feeds': { status: 200, body: { items: [] } },
    });
    const { user } = renderApp('/notifications/preferences');
    await user.click(await screen.findByRole('button', { name: 'Save preferences' }));
    await waitFor(() =>
      expect(screen.getByText('Your preferences were not saved')).toBeInTheDocument(),
    );
    expect(screen.queryByText('Preferences saved')).not.toBeInTheDocument();
  });

  it('is reached from the notifications page', async () => {
    fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/me/notifications': {
        status: 200,
        body: { items: [], next: null, unreadCount: 0 },
      },
      'GET /api/v1/me/notification-preferences': {
        status: 200,
        body: { types: {}, digest: 'none' },
      },
      'GET /api/v1/me/calendar-feeds': { status: 200, body: { items: [] } },
    });
    const { user } = renderApp('/notifications');
    await user.click(await screen.findByRole('link', { name: 'Preferences and calendar feeds' }));
    expect(
      await screen.findByRole('heading', { name: 'Notification preferences' }),
    ).toBeInTheDocument();
  });
});
