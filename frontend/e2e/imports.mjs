// Browser tests for the import wizard: bring one of the shared MS Project (MSPDI) files in through
// the upload form, watch the job's progress bar, read the fidelity report, open the new project;
// a file that is not a plan fails with a sentence; a CSV task list into a new project's Plan, its
// dry run listing a problem by row and column, then fixed and imported. axe on every screen. Runs against the real
// service: `node e2e/imports.mjs` (part of `npm run e2e`). Settings: see harness.mjs.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserHarness, demoEmail, demoPassword, unique } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const mspdi = join(
  here,
  '..',
  '..',
  '..',
  'shared',
  'benchmarks',
  'mspdi',
  'mpxj_task-links_all-4-link-types_lags_msp2007.xml',
);
const { baseUrl, start, stop, expectAccessible, snap, step } = browserHarness({
  previewPort: 4193,
  profilePrefix: 'throughline-e2e-imports-',
});
let page;
before(async () => {
  page = await start();
});
after(stop);

const key = `I${unique
  .replace(/[^a-z0-9]/gi, '')
  .toUpperCase()
  .slice(-6)}`;

describe('Importing a plan in the browser', { concurrency: false }, () => {
  step('signs in and opens the import wizard from the portfolio', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { name: 'Sign in to Throughline' }).waitFor();
    await page.getByLabel('Email').fill(demoEmail);
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await page.getByRole('link', { name: 'Import plan…' }).click();
    await page.getByRole('heading', { name: 'Import a plan' }).waitFor();
    await expectAccessible('import wizard');
    await snap('i01-import-wizard');
  });

  step(
    'uploads an MS Project file, follows the progress and reads the fidelity report',
    async () => {
      const form = page.getByRole('form', { name: 'Import a plan' });
      await form.getByLabel('Plan file').setInputFiles(mspdi);
      await form.getByText('mpxj_task-links_all-4-link-types_lags_msp2007.xml').waitFor();
      await form.getByLabel('Project name').fill(`Imported links ${unique}`);
      await form.getByLabel('Key').fill(key);
      await form.getByRole('button', { name: 'Import' }).click();
      const bar = page.getByRole('progressbar', { name: 'Import progress' });
      await bar.waitFor();
      const report = page.getByRole('region', { name: 'Fidelity to MS Project' });
      await report.waitFor({ timeout: 60_000 });
      assert.equal(await bar.getAttribute('aria-valuetext'), '100%');
      const compared = Number(
        await report.locator('dt', { hasText: 'Tasks compared' }).locator('+ dd').textContent(),
      );
      assert.ok(compared > 0, `the report compares tasks (${compared})`);
      await expectAccessible('import finished with the fidelity report');
      await snap('i02-import-report');
    },
  );

  step('opens the imported project', async () => {
    await page.getByRole('link', { name: 'Open the project' }).click();
    await page.getByRole('heading', { name: new RegExp(`${key} Imported links`) }).waitFor();
    await page.getByRole('navigation', { name: 'Project views' }).waitFor();
    await snap('i03-imported-project');
  });

  step('tells a file that is not a plan as a failed import, with nothing saved', async () => {
    const notAPlan = join(tmpdir(), `not-a-plan-${unique}.xml`);
    writeFileSync(notAPlan, '<shopping><item>milk</item></shopping>');
    await page.goto(`${baseUrl}/import`);
    const form = page.getByRole('form', { name: 'Import a plan' });
    await form.getByLabel('Plan file').setInputFiles(notAPlan);
    await form.getByRole('button', { name: 'Import' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The import failed' });
    await alert.waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Try another file' }).waitFor();
    await expectAccessible('failed import');
    await snap('i04-import-failed');
  });

  step('checks a CSV task list in the Plan, lists its problems by row and column', async () => {
    const csvKey = `C${key.slice(1)}`;
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await page.getByRole('button', { name: 'New project' }).click();
    const form = page.getByRole('form', { name: 'Create a project' });
    await form.getByLabel('Key').fill(csvKey);
    await form.getByLabel('Project name').fill(`CSV launch ${unique}`);
    await form.getByLabel('Start date').fill(new Date().toISOString().slice(0, 10));
    await form.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('heading', { name: new RegExp(`${csvKey} CSV launch`) }).waitFor();
    await page.getByText('No tasks yet').waitFor();

    await page.getByRole('button', { name: 'Import CSV…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import tasks from a CSV file' });
    await dialog.getByLabel('CSV file').setInputFiles(csvFile('with-problems', withProblems));
    const problems = dialog.getByRole('table', { name: 'Problems in the file' });
    await problems.waitFor();
    const rows = await problems.locator('tbody tr').allTextContents();
    assert.equal(rows.length, 2, rows.join(' | '));
    assert.match(rows[0], /^3Predecessors.*No task has the ID 9/);
    assert.match(rows[1], /^4Status.*"Waiting" is not a status/);
    await dialog.getByText('3 tasks, 1 link, 0 assignments — 2 problems to fix').waitFor();
    assert.equal(await dialog.getByRole('button', { name: 'Import 3 tasks' }).isDisabled(), true);
    assert.equal(await page.getByText('No tasks yet').count(), 1, 'a dry run writes nothing');
    await expectAccessible('CSV dry run with problems');
    await snap('i05-csv-problems');
  });

  step('fixes the file, imports it and sees the tasks in the Plan', async () => {
    const dialog = page.getByRole('dialog', { name: 'Import tasks from a CSV file' });
    await dialog.getByRole('button', { name: 'Choose another file' }).click();
    await dialog.getByLabel('CSV file').setInputFiles(csvFile('fixed', fixed));
    await dialog.getByText('3 tasks, 2 links, 0 assignments — no problems.').waitFor();
    await dialog.getByRole('button', { name: 'Import 3 tasks' }).click();
    await dialog.getByText('Imported 3 tasks, 2 links and 0 assignments.').waitFor();
    const grid = page.getByRole('grid', { name: 'Work breakdown' });
    // % Complete and Status came in: 100% alone is Done, 40 alone In progress, "In review" by name
    for (const [title, status] of [
      ['Brief the client', 'Done'],
      ['Draft the copy', 'In progress'],
      ['Client review', 'In review'],
    ]) {
      const row = grid.getByRole('row', { name: new RegExp(title) });
      await row.waitFor();
      await row.getByText(status, { exact: true }).waitFor();
    }
    await expectAccessible('CSV imported into the Plan');
    await snap('i06-csv-imported');
  });
});

const withProblems = `Title,Duration,Predecessors,% Complete,Status
Brief the client,1d,,100%,
Draft the copy,3d,9,40,
Client review,2d,2FS+1d,,Waiting
`;
const fixed = `Title,Duration,Predecessors,% Complete,Status
Brief the client,1d,,100%,
Draft the copy,3d,1,40,
Client review,2d,2FS+1d,,In review
`;

function csvFile(name, text) {
  const path = join(tmpdir(), `plan-${name}-${unique}.csv`);
  writeFileSync(path, text);
  return path;
}
