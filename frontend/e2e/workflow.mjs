// Browser tests for process tracking: a card dragged on the Board through an approval step, the
// approver deciding on the Approvals screen in a second browser, the Flow screen and the workflow
// editor, with axe and screenshots of each. Data is made through the API in a fresh workspace.
// Run with `node e2e/workflow.mjs` (part of `npm run e2e`).
//
// Settings (BASE_URL, E2E_API_TARGET, E2E_PREVIEW_PORT, CHROMIUM_PATH, E2E_HEADED): see harness.mjs.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { browserHarness, unique } from './harness.mjs';

const { baseUrl, session, start, stop, expectAccessible, snap, step } = browserHarness({
  previewPort: 4175,
  profilePrefix: 'throughline-e2e-workflow-',
  viewport: { width: 1400, height: 900 },
});

const coordinator = {
  name: 'Cora Ordinator',
  email: `flow-coord-${unique}@example.com`,
  password: `flow-password-${unique}`,
};
const approver = {
  name: 'Abe Prover',
  email: `flow-approver-${unique}@example.com`,
  password: `approver-password-${unique}`,
};
const taskTitle = 'Write the launch post';
let page;
let approverBrowser;
const ids = {};

async function call(method, path, token, body) {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** The workspace, a second user with a person, a workflow with an approval step, a project, a task. */
async function makeData() {
  const registered = await fetch(`${baseUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...coordinator, workspaceName: `Flow ${unique}` }),
  }).then((r) => r.json());
  const token = registered.accessToken;
  const workspaceId = registered.workspace.id;
  // adding a member is an invitation: the approver signs in and accepts it
  const invitation = await call('POST', `/workspaces/${workspaceId}/members`, token, {
    email: approver.email,
    name: approver.name,
    role: 'member',
    initialPassword: approver.password,
  });
  const signedIn = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: approver.email, password: approver.password }),
  }).then((r) => r.json());
  await call('POST', `/invitations/${invitation.id}/accept`, signedIn.accessToken);
  const me = await call('GET', '/me', signedIn.accessToken);
  const person = await call('POST', `/workspaces/${workspaceId}/people`, token, {
    name: approver.name,
    userId: me.user.id,
  });
  const workflow = await call('POST', `/workspaces/${workspaceId}/workflows`, token, {
    name: `Content ${unique}`,
    statuses: [
      { key: 'brief', name: 'Brief', category: 'todo' },
      { key: 'draft', name: 'Draft', category: 'in_progress', wipLimit: 2 },
      {
        key: 'client_review',
        name: 'Client review',
        category: 'review',
        wipLimit: 1,
        approval: { approverPersonIds: [person.id], required: 1, rejectTo: 'draft' },
      },
      { key: 'published', name: 'Published', category: 'done' },
    ],
  });
  const project = await call('POST', `/workspaces/${workspaceId}/projects`, token, {
    key: 'FLO',
    name: 'Launch content',
    status: 'active',
    startDate: '2026-11-02',
    workflowId: workflow.id,
  });
  const task = await call('POST', `/projects/${project.id}/tasks`, token, {
    title: taskTitle,
    priority: 'medium',
    durationDays: 3,
    constraintType: 'asap',
  });
  await call('POST', `/projects/${project.id}/tasks`, token, {
    title: 'Pick the hero image',
    priority: 'low',
    durationDays: 1,
    constraintType: 'asap',
    status: 'draft',
  });
  Object.assign(ids, { workspaceId, projectId: project.id, taskId: task.id, workflow, token });
}

async function signIn(target, who) {
  await target.goto(`${baseUrl}/`);
  await target.getByRole('heading', { name: 'Sign in to Throughline' }).waitFor();
  await target.getByLabel('Email').fill(who.email);
  await target.getByLabel('Password').fill(who.password);
  await target.getByRole('button', { name: 'Sign in' }).click();
  await target.getByRole('heading', { name: 'Portfolio' }).waitFor();
}

const column = (name) => page.getByRole('region', { name: new RegExp(`^${name}`) });
const card = (title) => page.locator('.board-card', { hasText: title });

/** Drags a card by its body onto a column with the mouse, in small steps as a person would. */
async function drag(title, columnName) {
  const from = await card(title).locator('.board-card-title').boundingBox();
  const to = await column(columnName).boundingBox();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 12 });
  await page.mouse.up();
}

before(async () => {
  page = await start();
  await makeData();
});
after(async () => {
  await approverBrowser?.close();
  await stop();
});

describe('Workflows, board, approvals and flow in the browser', { concurrency: false }, () => {
  step('shows the project board with a column per workflow status', async () => {
    await signIn(page, coordinator);
    await page.goto(`${baseUrl}/projects/${ids.projectId}/board`);
    await page.getByRole('heading', { name: 'Board', level: 2 }).waitFor();
    for (const name of ['Brief', 'Draft', 'Client review', 'Published']) {
      await column(name).waitFor();
    }
    await column('Brief').getByText(taskTitle).waitFor();
    assert.match(await column('Client review').locator('.wip-count').innerText(), /^0 \/ 1/);
    await expectAccessible('board');
    await snap('f01-board');
  });

  step('drags the card into the approval column, which opens an approval round', async () => {
    await drag(taskTitle, 'Client review');
    await page.getByRole('status').filter({ hasText: 'moved to Client review' }).waitFor();
    await column('Client review').getByText(taskTitle).waitFor();
    await card(taskTitle).getByText('Approval 0/1').waitFor();
    // the coordinator is no approver of this step: no decision buttons on the card
    assert.equal(
      await card(taskTitle)
        .getByRole('button', { name: /^Approve/ })
        .count(),
      0,
    );
    await expectAccessible('board with an approval');
    await snap('f02-board-approval');
  });

  step('refuses to move it on before the approval, says why and where it may go', async () => {
    await drag(taskTitle, 'Published');
    const alert = page.getByRole('alert').filter({ hasText: 'was not moved' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /It can move to:/);
    await column('Client review').getByText(taskTitle).waitFor();
    await snap('f03-board-refused');
  });

  step('shows the move in the card history', async () => {
    await card(taskTitle).getByText('History').click();
    await card(taskTitle)
      .getByText(/Brief → Client review/)
      .waitFor();
    await expectAccessible('board with history');
  });

  step('the approver approves on the Approvals screen in a second browser', async () => {
    approverBrowser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: process.env.E2E_HEADED !== '1',
      args: ['--no-sandbox', '--disable-gpu'],
    });
    const context = await approverBrowser.newContext({ viewport: { width: 1400, height: 900 } });
    const other = await context.newPage();
    const coordinatorPage = session.page;
    session.page = other;
    try {
      await signIn(other, approver);
      const nav = other.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: /Approvals 1 waiting/ }).click();
      await other.getByRole('heading', { name: 'Approvals', level: 1 }).waitFor();
      const row = other.getByRole('row', { name: new RegExp(taskTitle) });
      await row.waitFor();
      assert.match(await row.innerText(), /Client review/);
      assert.match(await row.innerText(), /0 of 1/);
      await expectAccessible('approvals');
      await snap('f04-approvals');
      await row.getByRole('button', { name: `Approve FLO-1 ${taskTitle}` }).click();
      await other.getByRole('status').filter({ hasText: `Approved FLO-1` }).waitFor();
      await other.getByText('Nothing waits for your approval').waitFor();
      await snap('f05-approvals-done');
    } finally {
      session.page = coordinatorPage;
    }
  });

  step('back as coordinator, drags the approved card to done', async () => {
    await page.reload();
    await column('Client review').getByText(taskTitle).waitFor();
    await drag(taskTitle, 'Published');
    await page.getByRole('status').filter({ hasText: 'moved to Published' }).waitFor();
    await column('Published').getByText(taskTitle).waitFor();
    await snap('f06-board-done');
  });

  step('moves a card with the keyboard and with the Move… form', async () => {
    const handle = page.getByRole('button', { name: 'Drag FLO-2 Pick the hero image' });
    await handle.focus();
    // dnd-kit's keyboard sensor measures the columns on the frame after pick-up: give it frames between keys
    await page.keyboard.press('Space');
    await page.waitForTimeout(250);
    await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(250);
    await page.keyboard.press('Space');
    await page.getByRole('status').filter({ hasText: 'FLO-2 moved to Brief' }).waitFor();
    await column('Brief').getByText('Pick the hero image').waitFor();

    await card('Pick the hero image').getByRole('button', { name: 'Move FLO-2…' }).click();
    const form = page.getByRole('form', { name: 'Move FLO-2' });
    await form.getByLabel('Move to').selectOption({ label: 'Draft' });
    await form.getByLabel('Comment (optional)').fill('Starting on it');
    await form.getByRole('button', { name: 'Move' }).click();
    await column('Draft').getByText('Pick the hero image').waitFor();
  });

  step('shows the project flow: bottlenecks, cumulative flow and time in status', async () => {
    await page
      .getByRole('navigation', { name: 'Project views' })
      .getByRole('link', { name: 'Flow', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Cumulative flow' }).waitFor();
    await page.getByRole('heading', { name: 'Time in status' }).waitFor();
    await page.locator('.chart svg').first().waitFor();
    await page
      .getByRole('table', { name: 'Tasks in each status by day' })
      .waitFor({ state: 'attached' });
    await expectAccessible('project flow');
    await snap('f07-flow');
  });

  step('shows the workspace flow', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Flow', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Flow', level: 1 }).waitFor();
    await page.locator('.chart svg').first().waitFor();
    await expectAccessible('workspace flow');
    await snap('f08-workspace-flow');
  });

  step('edits the workflow: statuses, approval step and allowed moves', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Workflows' })
      .click();
    await page.getByRole('heading', { name: 'Workflows', level: 1 }).waitFor();
    await page.getByRole('button', { name: `Edit Content ${unique}` }).click();
    await page.getByRole('heading', { name: `Edit Content ${unique}` }).waitFor();
    await page.getByRole('checkbox', { name: 'Allow Brief to Draft' }).check();
    await expectAccessible('workflow editor');
    await snap('f09-workflow-editor');
    // Removing a status a task uses asks where its tasks go, then saves with reassign.
    await page.getByRole('button', { name: 'Remove Draft' }).click();
    await page
      .getByRole('checkbox', { name: 'Allow Brief to Draft' })
      .waitFor({ state: 'detached' });
    // the approval step rejected into Draft: point it at Brief now
    await page.getByLabel('A rejection sends it to').selectOption({ label: 'Brief' });
    await page.getByRole('button', { name: 'Save workflow' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'a status you removed' });
    await alert.waitFor();
    await alert.getByLabel('Tasks in Draft move to').selectOption({ label: 'Brief' });
    await snap('f10-workflow-reassign');
    await page.getByRole('button', { name: 'Save and move the tasks' }).click();
    await page.getByText(`Saved Content ${unique}.`).waitFor();
    await expectAccessible('workflows list');
    await snap('f11-workflows');
  });
});
