// What every browser test file shares: where the app is, the browser (Debian's Chromium through
// playwright-core, on a fresh profile), the optional `vite preview` in front of a service, the axe
// scan, screenshots, and steps that leave a screenshot when they fail.
//
//   BASE_URL          where the app is served (default http://localhost:8080; the service serves dist/)
//   E2E_API_TARGET    if set, start `vite preview` on E2E_PREVIEW_PORT proxying /api to this URL
//                     and test that instead (needs `npm run build` first)
//   CHROMIUM_PATH     the browser (default /usr/bin/chromium, Debian's package)
//   DEMO_EMAIL / DEMO_PASSWORD   the seeded demo login (coordinator@example.com / throughline-demo)
//   E2E_HEADED=1      show the browser window (needs a display)
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const screenshotDir = join(here, 'screenshots');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where a screenshot named {@code name} is saved. */
export const screenshotPath = (name) => join(screenshotDir, `${name}.png`);

export const demoEmail = process.env.DEMO_EMAIL ?? 'coordinator@example.com';
export const demoPassword = process.env.DEMO_PASSWORD ?? 'throughline-demo';
export const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
      lastError = new Error(`${url} answered ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not come up within ${timeoutMs} ms: ${lastError}`);
}

/**
 * The browser and the helpers bound to its page: call `start()` in the test file's `before` hook
 * (it returns the page) and `stop()` in its `after` hook.
 */
export function browserHarness({
  previewPort,
  profilePrefix,
  permissions = [],
  viewport = { width: 1280, height: 800 },
  timezoneId,
}) {
  const apiTarget = process.env.E2E_API_TARGET;
  const port = Number(process.env.E2E_PREVIEW_PORT ?? previewPort);
  const baseUrl = (
    apiTarget ? `http://localhost:${port}` : (process.env.BASE_URL ?? 'http://localhost:8080')
  ).replace(/\/$/, '');
  const session = { page: undefined, context: undefined };
  let preview;
  let userDataDir;

  async function start() {
    mkdirSync(screenshotDir, { recursive: true });
    if (apiTarget) {
      // Vite's own entry under node, not npx, so that killing `preview` stops the server itself.
      const vite = join(here, '..', 'node_modules', 'vite', 'bin', 'vite.js');
      preview = spawn(
        process.execPath,
        [vite, 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
        { cwd: join(here, '..'), env: { ...process.env, API_TARGET: apiTarget }, stdio: 'ignore' },
      );
    }
    await waitForHttp(`${baseUrl}/`, 60_000);
    userDataDir = mkdtempSync(join(tmpdir(), profilePrefix));
    session.context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: process.env.E2E_HEADED !== '1',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ].filter((a) => a !== '--headless' || process.env.E2E_HEADED !== '1'),
      viewport,
      permissions,
      ...(timezoneId ? { timezoneId } : {}),
    });
    session.context.setDefaultTimeout(15_000);
    session.page = session.context.pages()[0] ?? (await session.context.newPage());
    session.page.on('pageerror', (error) => console.log(`# page error: ${error.message}`));
    return session.page;
  }

  async function stop() {
    await session.context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    if (preview) preview.kill();
  }

  /** Fails on serious or critical accessibility violations; reports the rest. */
  async function expectAccessible(screen) {
    const results = await new AxeBuilder({ page: session.page }).analyze();
    const blocking = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    for (const v of results.violations.filter((x) => !blocking.includes(x))) {
      console.log(`# axe (${screen}, ${v.impact}): ${v.id} — ${v.help} (${v.nodes.length} nodes)`);
    }
    const summary = blocking
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
      )
      .join('\n');
    assert.equal(
      blocking.length,
      0,
      `axe found serious/critical violations on ${screen}:\n${summary}`,
    );
  }

  async function snap(name) {
    await session.page.screenshot({ path: screenshotPath(name), fullPage: true });
  }

  /** A test that leaves a screenshot of the page as it was when it failed. */
  function step(name, fn) {
    it(name, async () => {
      try {
        await fn();
      } catch (error) {
        await snap(`failure-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => {});
        throw error;
      }
    });
  }

  return { baseUrl, session, start, stop, expectAccessible, snap, step };
}
