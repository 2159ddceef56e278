// Performance of the planning screens on a 5,000-task project: time to first render of the Plan
// and the Timeline, and frame times while scrolling each. Prints figures; asserts nothing.
//
//   node e2e/perf.mjs            (same BASE_URL / E2E_API_TARGET / CHROMIUM_PATH as run.mjs)
//   PERF_TASKS=5000              tasks to create (250 summaries with 19 children each at 5,000)
//   PERF_ROUNDS=3                times each screen is loaded and scrolled
import { browserHarness, demoEmail, demoPassword } from './harness.mjs';

const { baseUrl, session, start, stop } = browserHarness({
  previewPort: 4173,
  profilePrefix: 'throughline-perf-',
  viewport: { width: 1440, height: 900 },
});
const taskCount = Number(process.env.PERF_TASKS ?? 5000);
const rounds = Number(process.env.PERF_ROUNDS ?? 3);

async function call(method, path, token, body) {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

/** 250 phases of 1 summary + 19 tasks; each task follows the previous one (FS), phases chain. */
function plan(count) {
  const tasks = [];
  const dependencies = [];
  const perPhase = 20;
  let previousLeaf = null;
  for (let p = 0; tasks.length < count; p++) {
    const summary = `s${p}`;
    tasks.push({ ref: summary, title: `Phase ${p + 1}`, durationDays: 0 });
    for (let i = 1; i < perPhase && tasks.length < count; i++) {
      const ref = `t${p}-${i}`;
      tasks.push({
        ref,
        parentRef: summary,
        title: `Work package ${p + 1}.${i}`,
        durationDays: 1 + ((p * 7 + i * 3) % 5),
      });
      // a few parallel branches so not everything is critical; all four link types appear
      if (previousLeaf && i % 4 !== 0) {
        const type = ['fs', 'fs', 'ss', 'ff', 'sf'][(p + i) % 5];
        dependencies.push({ predecessorRef: previousLeaf, successorRef: ref, type, lagDays: 0 });
      }
      previousLeaf = ref;
    }
  }
  return { tasks, dependencies };
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return {
    frames: sorted.length,
    meanMs: +mean.toFixed(1),
    p50Ms: +at(0.5).toFixed(1),
    p95Ms: +at(0.95).toFixed(1),
    maxMs: +sorted[sorted.length - 1].toFixed(1),
  };
}

try {
  const page = await start();
  session.context.setDefaultTimeout(120_000);
  const { accessToken, expiresIn } = await call('POST', '/auth/login', null, {
    email: demoEmail,
    password: demoPassword,
  });
  const me = await call('GET', '/me', accessToken);
  const workspaceId = me.memberships[0].workspaceId;
  const key = `P${Date.now().toString(36).toUpperCase().slice(-6)}`;
  const project = await call('POST', `/workspaces/${workspaceId}/projects`, accessToken, {
    key,
    name: `Perf ${taskCount} tasks`,
    startDate: '2026-12-01',
    status: 'planned',
  });
  const body = plan(taskCount);
  let t0 = performance.now();
  await call('POST', `/projects/${project.id}/tasks:bulk`, accessToken, body);
  console.log(
    `bulk create: ${body.tasks.length} tasks, ${body.dependencies.length} dependencies in ${Math.round(performance.now() - t0)} ms`,
  );

  await session.context.addInitScript(
    ([token, expires, ws]) => {
      localStorage.setItem('throughline.accessToken', token);
      localStorage.setItem('throughline.accessTokenExpiresAt', String(Date.now() + expires * 1000));
      localStorage.setItem('throughline.workspaceId', ws);
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    },
    [accessToken, expiresIn, workspaceId],
  );

  async function measure(view, rowSelector, scrollSelector) {
    t0 = Date.now();
    await page.goto(`${baseUrl}/projects/${project.id}/${view}`);
    await page.locator(rowSelector).first().waitFor();
    const wall = Date.now() - t0;
    const timing = await page.evaluate(() => {
      const api = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/api/v1/projects/'));
      const apiEnd = Math.max(...api.map((e) => e.responseEnd));
      const now = performance.now();
      return {
        firstRenderMs: Math.round(now),
        apiDoneMs: Math.round(apiEnd),
        renderAfterDataMs: Math.round(now - apiEnd),
        apiCalls: api.length,
        longTasksBeforeScroll: window.__longTasks.length,
        longestTaskMs: Math.round(Math.max(0, ...window.__longTasks)),
      };
    });
    const rendered = await page.locator(rowSelector).count();
    // Scroll the whole list top to bottom in 180 animation frames, timing each frame.
    const frames = await page.evaluate(async (selector) => {
      const el = document.querySelector(selector);
      window.__longTasks = [];
      const deltas = [];
      const steps = 180;
      const distance = el.scrollHeight - el.clientHeight;
      let last = performance.now();
      for (let i = 1; i <= steps; i++) {
        el.scrollTop = (distance * i) / steps;
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        deltas.push(now - last);
        last = now;
      }
      return {
        deltas,
        longTasks: window.__longTasks.length,
        longestTaskMs: Math.round(Math.max(0, ...window.__longTasks)),
        distance,
      };
    }, scrollSelector);
    const result = {
      view,
      tasks: taskCount,
      wallToFirstRowsMs: wall,
      ...timing,
      rowsInDom: rendered,
      scroll: {
        px: frames.distance,
        ...stats(frames.deltas),
        longTasks: frames.longTasks,
        longestTaskMs: frames.longestTaskMs,
      },
    };
    console.log(JSON.stringify(result));
    return result;
  }

  // Several rounds, each view loaded fresh: the median and the worst round show the machine's noise.
  const results = { plan: [], timeline: [] };
  for (let round = 0; round < rounds; round++) {
    results.plan.push(await measure('plan', '.plan-table tbody tr[aria-rowindex]', '.plan-scroll'));
    results.timeline.push(await measure('timeline', '.gantt-chart .gantt-row', '.gantt-scroll'));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`\n${taskCount} tasks, ${rounds} rounds (median / worst):`);
  for (const [view, rs] of Object.entries(results)) {
    const first = rs.map((r) => r.firstRenderMs);
    const frames = rs.map((r) => r.scroll.p95Ms);
    const longTasks = rs.map((r) => r.scroll.longTasks);
    const longest = rs.map((r) => r.scroll.longestTaskMs);
    console.log(
      `  ${view.padEnd(8)} first render ${median(first)} / ${Math.max(...first)} ms · ` +
        `scroll frame p95 ${median(frames)} / ${Math.max(...frames)} ms · ` +
        `long tasks while scrolling ${median(longTasks)} / ${Math.max(...longTasks)} ` +
        `(longest ${Math.max(...longest)} ms)`,
    );
  }
} finally {
  await stop();
}
