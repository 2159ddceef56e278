// Invitations in the browser: an owner invites an existing account (the screen says "invited" and
// lists the open invitation), the invited person signs in, sees the banner and accepts.
//   node e2e/invitations.mjs   (BASE_URL: a running service; see harness.mjs)
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { browserHarness, unique } from './harness.mjs';

const { baseUrl, start, stop, expectAccessible, snap, step } = browserHarness({
  previewPort: 4177,
  profilePrefix: 'throughline-invitations-',
});

async function register(name) {
  const email = `${name.toLowerCase()}-${unique}@example.test`;
  const response = await fetch(`${baseUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name,
      email,
      password: 'long-enough-password',
      workspaceName: `${name}'s studio`,
    }),
  });
  assert.equal(response.status, 201);
  return { email, password: 'long-enough-password' };
}

async function signIn(page, who) {
  await page.goto(`${baseUrl}/sign-in`);
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email').fill(who.email);
  await form.getByLabel('Password').fill(who.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

describe('invitations', () => {
  let page;
  let owner;
  let guest;
  before(async () => {
    page = await start();
    owner = await register('Olivia');
    guest = await register('Gus');
  });
  after(stop);

  step('the owner invites an existing account and sees it pending', async () => {
    await signIn(page, owner);
    await page.goto(`${baseUrl}/workspace`);
    const form = page.getByRole('form', { name: 'Invite a member' });
    await form.getByLabel('Email').fill(guest.email);
    await form.getByLabel('Role').selectOption('coordinator');
    await form.getByRole('button', { name: 'Invite' }).click();
    await form.getByText(`${guest.email} was invited as Coordinator`).waitFor();
    const pending = page.getByRole('table', { name: 'Invited, not yet accepted' });
    await pending.getByRole('row', { name: new RegExp(guest.email) }).waitFor();
    await expectAccessible('workspace with an open invitation');
    await snap('invitations-owner');
    await page.getByRole('button', { name: 'Sign out' }).click();
  });

  step('the invited person accepts from the banner and can switch to the workspace', async () => {
    await signIn(page, guest);
    const banner = page.getByRole('region', { name: 'You are invited to a workspace' });
    await banner.waitFor();
    await expectAccessible('invitation banner');
    await snap('invitations-banner');
    await banner.getByRole('button', { name: "Accept the invitation to Olivia's studio" }).click();
    await banner.waitFor({ state: 'detached' });
    const switcher = page.getByRole('combobox', { name: 'Workspace' });
    await switcher.selectOption({ label: "Olivia's studio" });
  });
});
