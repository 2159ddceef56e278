// Browser tests for a schedule that lives in the present: on today's date the demo shows no
// unfinished work before the status date, the Plan and the Timeline highlight the driving path to
// the finish, and the levelling preview shows each project's finish and milestones first.
// Run with `node e2e/present.mjs` (part of `npm run e2e`).
//
// Settings (BASE_URL, E2E_API_TARGET, E2E_PREVIEW_PORT, CHROMIUM_PATH, DEMO_EMAIL/DEMO_PASSWORD,
// E2E_HEADED): see harness.mjs.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { browserHarness, demoEmail, demoPassword } from './harness.mjs';

const { baseUrl, start, stop, expectAccessible, snap, step } = browserHarness({
  previewPort: 4175,
  profilePrefix: 'throughline-e2e-present-',
});
let page;
before(async () => {
  page = await start();
});
after(stop);

async function api(path, token) {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  assert.equal(response.status, 200, `GET ${path}`);
  return response.json();
}

async function signInToken() {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: demoEmail, password: demoPassword }),
  });
  assert.equal(response.status, 200, 'the demo login works');
  return (await response.json()).accessToken;
}

describe('A schedule in the present, in the browser', { concurrency: false }, () => {
  let token;
  let project;
  let schedule;

  step('has no unfinished work of the demo before the status date', async () => {
    token = await signInToken();
    const me = await api('/me', token);
    const workspaceId = me.memberships[0].workspaceId;
    const projects = (await api(`/workspaces/${workspaceId}/projects?limit=100`, token)).items;
    assert.ok(projects.length > 0, 'the demo has projects');
    let checked = 0;
    for (const p of projects) {
      const s = await api(`/projects/${p.id}/schedule`, token);
      const tasks = (await api(`/projects/${p.id}/tasks?limit=500`, token)).items;
      // a rolling status date (null) is today
      const statusDate =
        p.effectiveStatusDate ??
        p.statusDate ??
        s.statusDate ??
        new Date().toISOString().slice(0, 10);
      assert.ok(statusDate, `${p.key} has a status date`);
      for (const t of tasks) {
        const row = s.tasks.find((r) => r.taskId === t.id);
        const finished = t.percentComplete >= 100 || t.actualFinish || t.status === 'done';
        if (!row || finished || t.status === 'cancelled') continue;
        assert.ok(
          row.earlyFinish.slice(0, 10) >= statusDate,
          `${t.key} (${t.status}) finishes on ${row.earlyFinish}, before the status date ${statusDate}`,
        );
        if (!t.actualStart && !(t.percentComplete > 0) && !t.summary) {
          assert.ok(
            row.earlyStart.slice(0, 10) >= statusDate,
            `${t.key} has not started but is scheduled to start on ${row.earlyStart}`,
          );
        }
        checked++;
      }
      if (!project || s.drivingPath.length > schedule.drivingPath.length) {
        project = p;
        schedule = s;
      }
    }
    assert.ok(checked > 0, 'unfinished demo work was checked');
    assert.ok(schedule.drivingPath.length > 0, 'a demo project has a driving path');
    console.log(`# unfinished demo tasks checked against the status date: ${checked}`);
  });

  step('signs in and highlights the driving path in the Plan', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { name: 'Sign in to Throughline' }).waitFor();
    await page.getByLabel('Email').fill(demoEmail);
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await page.goto(`${baseUrl}/projects/${project.id}/plan`);
    const grid = page.getByRole('grid', { name: 'Work breakdown' });
    await grid.waitFor();
    await grid.getByText('Driving', { exact: true }).first().waitFor();
    // only the rows in view are rendered: every flagged row is on the path and highlighted
    const driving = await grid.getByText('Driving', { exact: true }).count();
    assert.ok(driving > 0 && driving <= schedule.drivingPath.length, 'driving tasks are flagged');
    assert.equal(
      await page.getByRole('button', { name: 'Driving path' }).getAttribute('aria-pressed'),
      'true',
      'the driving path is the default highlight',
    );
    assert.equal(
      await grid.locator('tbody tr.critical').count(),
      driving,
      'exactly the driving path is highlighted',
    );
    await expectAccessible('plan with the driving path');
    await snap('p01-plan-driving-path');
  });

  step('highlights the driving path in the Timeline, and the critical set on request', async () => {
    await page.getByRole('link', { name: 'Timeline' }).click();
    await page.locator('.gantt-chart .gantt-row').first().waitFor();
    const highlighted = page.locator('.gantt-chart .gantt-row[data-highlighted]');
    await highlighted.first().waitFor();
    assert.equal(
      await highlighted.count(),
      await page.locator('.gantt-chart .gantt-row[data-driving]').count(),
      'the Timeline highlights the driving path',
    );
    await expectAccessible('timeline with the driving path');
    await snap('p02-timeline-driving-path');
    await page.getByRole('button', { name: 'Critical tasks' }).click();
    await page.waitForTimeout(200);
    assert.equal(
      await highlighted.count(),
      await page.locator('.gantt-chart .gantt-row[data-critical]').count(),
      'the toggle shows the plain critical set',
    );
    await snap('p03-timeline-critical');
  });

  step('previews levelling with the impact per project before the task list', async () => {
    await page.goto(`${baseUrl}/`);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Workload' })
      .click();
    const level = page.getByRole('region', { name: 'Level', exact: true });
    await level.waitFor();
    // one project: the demo's spring campaign, where Chloé has two tasks at once and Amara's e-mails
    // fall in her vacation (workload.mjs levels the brand project before this suite runs)
    const scope = level.getByLabel('Scope');
    const campaign = (await scope.locator('option').allTextContents()).find((o) =>
      o.startsWith('CMP'),
    );
    await scope.selectOption({ label: campaign });
    await level.getByRole('radio', { name: /Allow the finish to slip/ }).check();
    await level.getByRole('button', { name: 'Preview' }).click();
    const impact = level.getByRole('table', { name: 'What the delays do to each project' });
    await impact.waitFor({ timeout: 180_000 });
    assert.ok((await impact.locator('tbody tr').count()) > 0, 'the projects levelling touches');
    const captions = await level.locator('table caption').allTextContents();
    assert.equal(
      captions[0],
      'What the delays do to each project',
      'the impact comes before the task list',
    );
    await level.getByRole('button', { name: 'Clear levelling' }).waitFor();
    await expectAccessible('levelling preview with impact');
    await snap('p04-leveling-preview');
  });
});
