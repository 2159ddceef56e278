// Browser tests for the coordinator's everyday: the portfolio at a laptop's width, quick add and
// undo on the Plan, a comment with a mention, an attachment (and a refused oversized one), search by
// a description word and by a prefix, the Gantt with non-working days shaded, and the milestones
// chart with a single milestone; axe on each view. Runs against the real service and its demo
// data: `node e2e/everyday.mjs` (part of `npm run e2e`). Settings: see harness.mjs.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserHarness, demoEmail, demoPassword, unique } from './harness.mjs';

const { baseUrl, start, stop, expectAccessible, snap, step } = browserHarness({
  previewPort: 4181,
  profilePrefix: 'throughline-e2e-everyday-',
});
let page;
before(async () => {
  page = await start();
});
after(stop);

// a word no demo text contains, so search finds exactly our task
const word = `zephyr${unique}`;
const title = `Hero copy ${unique}`;

async function signInToken() {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: demoEmail, password: demoPassword }),
  });
  assert.equal(response.status, 200, 'the demo login works');
  return (await response.json()).accessToken;
}

async function callApi(token, method, path, body, headers = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.ok(response.ok, `${method} ${path} answered ${response.status}`);
  return { body: response.status === 204 ? null : await response.json(), response };
}

const grid = () => page.getByRole('grid', { name: 'Work breakdown' });

describe("The coordinator's everyday in the browser", { concurrency: false }, () => {
  let token;
  let taskKey;

  step('shows the whole portfolio table in a 1280 px window', async () => {
    token = await signInToken();
    await page.goto(`${baseUrl}/`);
    await page.getByLabel('Email').fill(demoEmail);
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const table = page.getByRole('table', { name: 'Projects' });
    await table.waitFor();
    const overflow = await page
      .locator('.table-wrap')
      .first()
      .evaluate((e) => e.scrollWidth - e.clientWidth);
    assert.ok(overflow <= 0, `the portfolio table overflows by ${overflow} px at 1280 px`);
    await expectAccessible('portfolio at 1280 px');
    await snap('e01-portfolio-1280');
  });

  step('quick add names an unknown person and adds a task from one line', async () => {
    await page
      .getByRole('link', { name: /Contoso website relaunch/ })
      .first()
      .click();
    const form = page.getByRole('form', { name: 'Quick add' });
    await form.waitFor();
    await grid().getByRole('row', { name: /WEB-4/ }).first().waitFor();
    await form.getByLabel('Quick add').fill(`${title} 2d @nobodyzz after WEB-4`);
    await form.getByRole('button', { name: 'Add' }).click();
    await form.getByText('Nobody in this workspace is called “nobodyzz”.').waitFor();
    await expectAccessible('quick add with a problem');

    await form.getByLabel('Quick add').fill(`${title} 2d @priya after WEB-4`);
    await form.getByText(/for Priya Natarajan · after WEB-4/).waitFor();
    await form.getByRole('button', { name: 'Add' }).click();
    const added = await form.getByRole('status').filter({ hasText: 'was added' }).textContent();
    taskKey = added.split(' ')[0];
    assert.match(taskKey, /^WEB-\d+$/);
    // the plan is long and only rows in view are rendered: find it
    await page.getByLabel('Find').fill(unique);
    const row = grid().getByRole('row', { name: new RegExp(title) });
    await row.waitFor();
    await row.getByText('Priya Natarajan').waitFor();
    await snap('e02-plan-quick-add');
  });

  step('adds a comment that mentions a person and shows the task detail', async () => {
    // the description carries the word search finds the task by
    const { body: tasks } = await callApi(
      token,
      'GET',
      `/api/v1/projects/${(await page.url()).split('/projects/')[1].split('/')[0]}/tasks?limit=500`,
    );
    const task = tasks.items.find((t) => t.key === taskKey);
    await callApi(
      token,
      'PATCH',
      `/api/v1/tasks/${task.id}`,
      { description: `Headline and body copy for the **${word}** campaign page.` },
      { 'If-Match': `"${task.version}"` },
    );
    await page.goto(`${baseUrl}/tasks/${task.id}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
    await page.getByText(`Headline and body copy for the`).waitFor();
    await page.getByLabel('Add a comment').fill('Draft ready for review @Priya Natarajan');
    await page.getByRole('button', { name: 'Comment' }).click();
    await page.getByText('Mentions: Priya Natarajan').waitFor();
    await expectAccessible('task detail with a comment');
  });

  step('attaches a file, downloads it, and refuses an oversized one with a sentence', async () => {
    const input = page.getByLabel('Attach a file');
    await input.setInputFiles({
      name: `brief-${unique}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from('The brief, version 1'),
    });
    const download = page.getByRole('button', { name: `Download brief-${unique}.txt` });
    await download.waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    assert.equal(file.suggestedFilename(), `brief-${unique}.txt`);

    // from disk: an 11 MB buffer sent through the DevTools protocol is slow on a busy machine
    let alert;
    const dir = mkdtempSync(join(tmpdir(), 'throughline-e2e-huge-'));
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, Buffer.alloc(11 * 1024 * 1024, 'a'));
    try {
      await input.setInputFiles(huge);
      alert = page.getByRole('alert').filter({ hasText: 'The file was not attached' });
      await alert.waitFor({ timeout: 60_000 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    assert.match(await alert.textContent(), /The file is too large to attach/);
    await expectAccessible('task detail with a refused file');
    await snap('e03-task-detail');
  });

  step('finds the task by a word of its description and by a prefix of its title', async () => {
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search the workspace' });
    assert.equal(await box.evaluate((e) => e === document.activeElement), true, '/ focuses search');
    await page.keyboard.type(word);
    const results = page.getByRole('list', { name: 'Search results' });
    await results.getByRole('link', { name: new RegExp(title) }).waitFor();
    await box.fill(`hero cop`);
    await results
      .getByRole('link', { name: /Hero copy/ })
      .first()
      .waitFor();
    await expectAccessible('search results');
    await snap('e04-search');
    await page.keyboard.press('Escape');
  });

  step('deletes the task and brings it back with Undo', async () => {
    await page.goBack();
    await page.goto(`${baseUrl}/`);
    await page
      .getByRole('link', { name: /Contoso website relaunch/ })
      .first()
      .click();
    await page.getByLabel('Find').fill(unique);
    const row = grid().getByRole('row', { name: new RegExp(title) });
    await row.waitFor();
    await row.getByText(taskKey, { exact: true }).click();
    await page.getByRole('button', { name: `Delete ${taskKey}` }).click();
    await page.getByRole('button', { name: `Confirm deleting ${taskKey}` }).click();
    const toast = page.locator('.undo-toast');
    await toast.getByText(`Deleted ${taskKey}`).waitFor();
    await row.waitFor({ state: 'detached' });
    await expectAccessible('plan with the undo toast');
    await toast.getByRole('button', { name: 'Undo' }).click();
    await toast.getByText(new RegExp(`Restored ${taskKey} as WEB-\\d+`)).waitFor();
    const back = grid().getByRole('row', { name: new RegExp(title) });
    await back.waitFor();
    await back.getByText('Priya Natarajan').waitFor();
    await snap('e05-plan-undo');
  });

  step('shades weekends and holidays on the Gantt', async () => {
    await page
      .getByRole('navigation', { name: 'Project views' })
      .getByRole('link', { name: 'Timeline' })
      .click();
    await page.locator('.gantt-chart .days-off').first().waitFor();
    await expectAccessible('Gantt');
    await snap('e06-gantt-shading');
  });

  step('draws the milestones chart with months, an axis and today for one milestone', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const key = `M${unique
      .slice(-4)
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, 'X')}`;
    const { body: me } = await callApi(token, 'GET', '/api/v1/me');
    const workspaceId = me.memberships[0].workspaceId;
    const { body: project } = await callApi(
      token,
      'POST',
      `/api/v1/workspaces/${workspaceId}/projects`,
      {
        key,
        name: `One milestone ${unique}`,
        status: 'active',
        startDate: today,
      },
    );
    const due = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await callApi(token, 'POST', `/api/v1/projects/${project.id}/milestones`, {
      name: 'Client sign-off',
      dueDate: due,
    });
    await page.goto(`${baseUrl}/projects/${project.id}/milestones`);
    const chart = page.locator('svg.milestone-timeline');
    await chart.waitFor();
    assert.ok((await chart.locator('.axis-label').count()) >= 2, 'month labels are drawn');
    assert.equal(await chart.locator('.axis').count(), 1, 'an axis is drawn');
    assert.equal(await chart.locator('.today').count(), 1, 'the today line is drawn');
    await page.getByRole('form', { name: 'Add a milestone' }).getByLabel('Owner').waitFor();
    await expectAccessible('milestones with one milestone');
    await snap('e07-milestones-one');
  });
});
