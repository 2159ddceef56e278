// Load on the packaged service as many clients make it: a workspace of 50 projects × 400 tasks
// (20,000 tasks, chained within phases, a third of them assigned), then a mix of 80 % reads (task
// pages, a task, the schedule, the portfolio, the workload, my work) and 20 % edits (a task's
// duration with If-Match, so the schedule is recomputed) at fixed rates of 200, 500 and 1,000
// requests/s (autocannon's overall rate over enough connections that the rate, not the answers,
// paces the requests while answers are fast; a slow service holds the connections, so this is
// a rate-capped closed model, and the rate reached is printed beside the rate asked). Prints p50/p99, the rate reached and errors per rate; asserts nothing.
//
//   node bench/load.mjs                 (BASE_URL, default http://localhost:18080)
//   LOAD_RATES=200,500,1000  LOAD_SECONDS=20  LOAD_PROJECTS=50  LOAD_TASKS=400
import autocannon from 'autocannon';

const base = process.env.BASE_URL ?? 'http://localhost:18080';
const rates = (process.env.LOAD_RATES ?? '200,500,1000').split(',').map(Number);
const seconds = Number(process.env.LOAD_SECONDS ?? 20);
const projectCount = Number(process.env.LOAD_PROJECTS ?? 50);
const tasksPerProject = Number(process.env.LOAD_TASKS ?? 400);
const PHASE = 20;

async function call(method, path, token, body) {
  const response = await fetch(`${base}/api/v1${path}`, {
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

/** Phases of one summary and 19 tasks, each task after the previous one (finish-to-start). */
function plan() {
  const tasks = [];
  const dependencies = [];
  for (let i = 0; i < tasksPerProject; i++) {
    const phase = Math.floor(i / PHASE);
    if (i % PHASE === 0) {
      tasks.push({ ref: `s${phase}`, title: `Phase ${phase + 1}`, durationDays: 0 });
      continue;
    }
    tasks.push({
      ref: `t${i}`,
      parentRef: `s${phase}`,
      title: `Task ${i} of phase ${phase + 1}`,
      durationDays: 1 + (i % 5),
    });
    if (i % PHASE > 1)
      dependencies.push({ predecessorRef: `t${i - 1}`, successorRef: `t${i}`, type: 'fs' });
  }
  return { tasks, dependencies };
}

async function seed() {
  const started = performance.now();
  const registered = await call('POST', '/auth/register', undefined, {
    name: 'Load bench',
    email: `load-${Date.now()}@example.test`,
    password: 'benchmark-password-1',
    workspaceName: 'Load benchmark',
  });
  const token = registered.accessToken;
  const workspace = registered.workspace.id;
  const me = await call('GET', '/me', token);
  const people = [];
  for (let i = 0; i < 40; i++) {
    const body = {
      name: `Person ${i + 1}`,
      maxUnits: 1,
      ...(i === 0 ? { userId: me.user.id } : {}),
    };
    people.push((await call('POST', `/workspaces/${workspace}/people`, token, body)).id);
  }
  const projects = [];
  const leaves = [];
  for (let p = 0; p < projectCount; p++) {
    const project = await call('POST', `/workspaces/${workspace}/projects`, token, {
      key: `L${String(p).padStart(3, '0')}`,
      name: `Client project ${p + 1}`,
      startDate: '2026-09-01',
    });
    projects.push(project.id);
    const created = await call('POST', `/projects/${project.id}/tasks:bulk`, token, plan());
    const ids = created.tasks.filter((t) => t.ref.startsWith('t')).map((t) => t.id);
    leaves.push(...ids);
    // a third of the leaves assigned, round robin over the people, in parallel batches
    const assigned = ids.filter((_, i) => i % 3 === 0);
    for (let i = 0; i < assigned.length; i += 16) {
      await Promise.all(
        assigned.slice(i, i + 16).map((task, j) =>
          call('POST', `/tasks/${task}/assignments`, token, {
            personId: people[(i + j + p) % people.length],
            units: 1,
          }),
        ),
      );
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Seeded ${projectCount} projects × ${tasksPerProject} tasks (${leaves.length} leaves, 40 people) in ${seconds.toFixed(0)} s`,
  );
  return { token, workspace, projects, leaves };
}

/** One request of the mix: 80 % reads, 20 % edits. */
function mix({ token, workspace, projects, leaves }) {
  const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const pick = (list) => list[Math.floor(Math.random() * list.length)];
  const weighted = [
    [25, () => ({ method: 'GET', path: `/api/v1/projects/${pick(projects)}/tasks?limit=100` })],
    [20, () => ({ method: 'GET', path: `/api/v1/tasks/${pick(leaves)}` })],
    [15, () => ({ method: 'GET', path: `/api/v1/projects/${pick(projects)}/schedule` })],
    [8, () => ({ method: 'GET', path: '/api/v1/me/tasks' })],
    [7, () => ({ method: 'GET', path: `/api/v1/workspaces/${workspace}/portfolio` })],
    [
      5,
      () => ({
        method: 'GET',
        path: `/api/v1/workspaces/${workspace}/workload?from=2026-11-30&to=2027-01-24&granularity=week`,
      }),
    ],
    [
      20,
      () => ({
        method: 'PATCH',
        path: `/api/v1/tasks/${pick(leaves)}`,
        headers: { ...auth, 'If-Match': '*' },
        body: JSON.stringify({ durationDays: 1 + Math.floor(Math.random() * 8) }),
      }),
    ],
  ];
  const total = weighted.reduce((sum, [w]) => sum + w, 0);
  return (request) => {
    let r = Math.random() * total;
    for (const [w, make] of weighted) {
      r -= w;
      if (r < 0) return { ...request, headers: auth, ...make() };
    }
    return request;
  };
}

function run(rate, setupRequest, duration) {
  return autocannon({
    url: base,
    connections: Math.max(20, Math.ceil(rate / 10)),
    overallRate: rate,
    duration,
    requests: [{ setupRequest }],
  });
}

const workspace = await seed();
const setupRequest = mix(workspace);
await run(100, setupRequest, 10); // warm-up: JIT, caches, warm plans
console.log(
  `\nMixed load (80 % reads, 20 % edits), ${seconds} s per rate, ${projectCount * tasksPerProject} tasks:`,
);
console.log('  rate asked   reached     p50 ms   p90 ms   p99 ms    max ms   errors  non-2xx');
const goal = [];
for (const rate of rates) {
  const result = await run(rate, setupRequest, seconds);
  const reached = result.requests.total / seconds;
  const failures = result.errors + result.timeouts + result.non2xx;
  console.log(
    `  ${String(rate).padStart(6)}/s  ${reached.toFixed(0).padStart(6)}/s  ${String(result.latency.p50).padStart(8)} ${String(result.latency.p90).padStart(8)} ${String(result.latency.p99).padStart(8)} ${String(result.latency.max).padStart(9)}  ${String(result.errors + result.timeouts).padStart(7)} ${String(result.non2xx).padStart(8)}`,
  );
  if (rate === 500) goal.push(result.latency.p99 <= 50 && failures === 0 && reached >= 475);
}
if (goal.length)
  console.log(`  goal at 500/s (p99 ≤ 50 ms, 0 errors, rate held): ${goal[0] ? 'MET' : 'MISSED'}`);
