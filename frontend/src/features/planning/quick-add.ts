/**
 * Quick add: one line such as `Write copy 3d @priya after WEB-4 under WEB-2` read as the fields
 * of a new task. Pure: the people and tasks to resolve names and keys against are passed in.
 *
 * - `3d` (working days, decimals allowed), `2w` (weeks of 5 working days) or `4h` (hours): the duration
 * - `@priya`: the assignee, by the start of any word of a person's name or of their e-mail's local part
 * - `after WEB-4`: the predecessor (finish-to-start); `after WEB-4,WEB-5` for several
 * - `under WEB-2`: the parent (summary) task
 * - every other word: the title
 */

export type QuickAddPerson = { id: string; name: string; email?: string | null };
export type QuickAddTask = { id: string; key: string };

export type QuickAdd = {
  title: string;
  /** Working days; absent when the line has no duration (or gives it in hours). */
  durationDays?: number;
  /** Working minutes, when the duration was given in hours. */
  durationMinutes?: number;
  assigneeId?: string;
  predecessorIds: string[];
  parentId?: string;
};

export type QuickAddResult = { ok: true; task: QuickAdd } | { ok: false; problems: string[] };

const durationToken = /^(\d+(?:[.,]\d+)?)([dwh])$/i;
const keyToken = /^[A-Za-z][A-Za-z0-9]*-\d+$/;

function words(person: QuickAddPerson): string[] {
  const local = person.email?.split('@')[0] ?? '';
  return [
    ...person.name.toLowerCase().split(/\s+/),
    person.name.toLowerCase().replace(/\s+/g, ''),
    ...(local ? [local.toLowerCase()] : []),
  ].filter(Boolean);
}

/** The people whose name (or e-mail name) has a word starting with {@code handle}. */
export function matchPeople(handle: string, people: QuickAddPerson[]): QuickAddPerson[] {
  const needle = handle.toLowerCase();
  const exact = people.filter((p) => words(p).some((w) => w === needle));
  if (exact.length > 0) return exact;
  return people.filter((p) => words(p).some((w) => w.startsWith(needle)));
}

function splitKeys(value: string): string[] {
  return value
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
}

export function parseQuickAdd(
  line: string,
  context: { people: QuickAddPerson[]; tasks: QuickAddTask[] },
): QuickAddResult {
  const tokens = line.trim().split(/\s+/).filter(Boolean);
  const byKey = new Map(context.tasks.map((t) => [t.key.toUpperCase(), t.id]));
  const problems: string[] = [];
  const title: string[] = [];
  const task: QuickAdd = { title: '', predecessorIds: [] };

  const resolveKey = (key: string, role: string): string | undefined => {
    if (!keyToken.test(key)) {
      problems.push(`“${key}” after “${role}” is not a task key such as WEB-4.`);
      return undefined;
    }
    const id = byKey.get(key.toUpperCase());
    if (!id) problems.push(`There is no task ${key.toUpperCase()} in this project.`);
    return id;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const next = tokens[i + 1];
    const lower = token.toLowerCase();
    const duration = durationToken.exec(token);
    if (duration && task.durationDays === undefined && task.durationMinutes === undefined) {
      const amount = Number((duration[1] as string).replace(',', '.'));
      const unit = (duration[2] as string).toLowerCase();
      if (unit === 'h') task.durationMinutes = Math.round(amount * 60);
      else task.durationDays = unit === 'w' ? amount * 5 : amount;
      continue;
    }
    if (token.startsWith('@') && token.length > 1) {
      const handle = token.slice(1);
      const found = matchPeople(handle, context.people);
      if (found.length === 0) problems.push(`Nobody in this workspace is called “${handle}”.`);
      else if (found.length > 1)
        problems.push(
          `“@${handle}” could be ${found.map((p) => p.name).join(' or ')}: type more of the name.`,
        );
      else if (task.assigneeId && task.assigneeId !== found[0]?.id)
        problems.push('Quick add takes one assignee; add others on the task.');
      else task.assigneeId = found[0]?.id;
      continue;
    }
    if (
      (lower === 'after' || lower === 'under') &&
      next &&
      keyToken.test(splitKeys(next)[0] ?? '')
    ) {
      i++;
      if (lower === 'after') {
        for (const key of splitKeys(next)) {
          const id = resolveKey(key, 'after');
          if (id && !task.predecessorIds.includes(id)) task.predecessorIds.push(id);
        }
      } else {
        const keys = splitKeys(next);
        if (keys.length > 1) problems.push('A task has one parent: write one key after “under”.');
        const id = resolveKey(keys[0] as string, 'under');
        if (id) task.parentId = id;
      }
      continue;
    }
    title.push(token);
  }
  task.title = title.join(' ');
  if (!task.title) problems.unshift('Write what the task is, e.g. “Write copy 3d @priya”.');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, task };
}

/** The duration of a parsed line in words, for the preview under the input. */
export function describeDuration(task: QuickAdd): string | null {
  if (task.durationMinutes !== undefined) {
    const hours = task.durationMinutes / 60;
    return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  }
  if (task.durationDays !== undefined)
    return `${task.durationDays} working ${task.durationDays === 1 ? 'day' : 'days'}`;
  return null;
}
