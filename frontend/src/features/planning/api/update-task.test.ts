import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { fakeApi, problem } from '@/testing/fake-api';
import { planTasks } from '@/testing/planning-fixtures';
import { updateTaskInOrder } from './update-task';
import type { Task } from './get-tasks';

/** A service holding one task at `version`, refusing a stale If-Match as the real one does. */
function serviceAt(version: number) {
  const server = { version };
  const api = fakeApi({
    'PATCH /api/v1/tasks/:id': async (request, body) => {
      await new Promise((resolve) => setTimeout(resolve, 20)); // the first answer is still on its way
      if (request.headers.get('If-Match') !== `"${server.version}"`)
        return problem(412, 'Precondition Failed', 'The object has changed since you read it');
      server.version += 1;
      return { status: 200, body: { ...row, ...(body as object), version: server.version } };
    },
  });
  return { server, ...api };
}

const row = { ...(planTasks()[1] as Task), version: 7 };

describe('task edits sent from one tab', () => {
  it('sends a second edit of a row after the first, with the version the first produced', async () => {
    const { calls } = serviceAt(7);
    const queryClient = new QueryClient();
    // both edits start from the row as the list showed it (version 7)
    const first = updateTaskInOrder(queryClient, row, { title: 'Design v2' });
    const second = updateTaskInOrder(queryClient, row, { durationDays: 3 });
    await expect(first).resolves.toMatchObject({ version: 8 });
    await expect(second).resolves.toMatchObject({ version: 9 });
    expect(calls.map((c) => c.ifMatch)).toEqual(['"7"', '"8"']);
  });

  it('still refuses an edit when someone else changed the task in between', async () => {
    const { server } = serviceAt(7);
    const queryClient = new QueryClient();
    await updateTaskInOrder(queryClient, row, { title: 'Design v2' });
    server.version = 12; // another person's edit
    await expect(updateTaskInOrder(queryClient, row, { durationDays: 3 })).rejects.toMatchObject({
      status: 412,
    });
  });

  it('keeps each browser cache to its own writes', async () => {
    const { calls } = serviceAt(7);
    await updateTaskInOrder(new QueryClient(), row, { title: 'Design v2' });
    // a second tab that never saw that write sends what it shows, and is refused
    await expect(
      updateTaskInOrder(new QueryClient(), row, { durationDays: 3 }),
    ).rejects.toMatchObject({ status: 412 });
    expect(calls.map((c) => c.ifMatch)).toEqual(['"7"', '"7"']);
  });
});
