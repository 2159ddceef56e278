import { describe, expect, it } from 'vitest';
import { matchPeople, parseQuickAdd } from './quick-add';

const people = [
  { id: 'pe-priya', name: 'Priya Natarajan', email: 'priya@northwind.example' },
  { id: 'pe-paul', name: 'Paul Okafor', email: 'p.okafor@northwind.example' },
  { id: 'pe-dana', name: 'Dana Designer', email: 'dana@northwind.example' },
];
const tasks = [
  { id: 't-2', key: 'WEB-2' },
  { id: 't-4', key: 'WEB-4' },
  { id: 't-5', key: 'WEB-5' },
];
const parse = (line: string) => parseQuickAdd(line, { people, tasks });

describe('quick add', () => {
  it('reads title, duration, assignee, predecessor and parent from one line', () => {
    expect(parse('Write copy 3d @priya after WEB-4 under WEB-2')).toEqual({
      ok: true,
      task: {
        title: 'Write copy',
        durationDays: 3,
        assigneeId: 'pe-priya',
        predecessorIds: ['t-4'],
        parentId: 't-2',
      },
    });
  });

  it('takes a plain title alone, with no duration or links', () => {
    expect(parse('  Book the venue ')).toEqual({
      ok: true,
      task: { title: 'Book the venue', predecessorIds: [] },
    });
  });

  it('reads weeks as five working days and hours as minutes', () => {
    const weeks = parse('Build 2w');
    expect(weeks.ok && weeks.task.durationDays).toBe(10);
    const hours = parse('Call client 1.5h');
    expect(hours.ok && hours.task.durationMinutes).toBe(90);
    expect(hours.ok && hours.task.durationDays).toBeUndefined();
  });

  it('accepts keys in any case and several predecessors separated by commas', () => {
    const result = parse('QA after web-4,WEB-5');
    expect(result).toEqual({ ok: true, task: { title: 'QA', predecessorIds: ['t-4', 't-5'] } });
  });

  it('keeps words such as "after" in the title when no task key follows', () => {
    const result = parse('Clean up after launch');
    expect(result.ok && result.task.title).toBe('Clean up after launch');
  });

  it('names an unknown person and creates nothing', () => {
    expect(parse('Write copy @zoe')).toEqual({
      ok: false,
      problems: ['Nobody in this workspace is called “zoe”.'],
    });
  });

  it('names an unknown task key', () => {
    expect(parse('Write copy after WEB-99 under WEB-98')).toEqual({
      ok: false,
      problems: [
        'There is no task WEB-99 in this project.',
        'There is no task WEB-98 in this project.',
      ],
    });
  });

  it('asks for more of a name that fits two people', () => {
    expect(parse('Review @p')).toEqual({
      ok: false,
      problems: ['“@p” could be Priya Natarajan or Paul Okafor: type more of the name.'],
    });
  });

  it('refuses a line with no title', () => {
    const result = parse('3d @dana');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/Write what the task is/);
  });

  it('matches a person by the start of a surname or of the e-mail name, an exact word first', () => {
    expect(matchPeople('okaf', people).map((p) => p.id)).toEqual(['pe-paul']);
    expect(matchPeople('p.okafor', people).map((p) => p.id)).toEqual(['pe-paul']);
    expect(matchPeople('DANA', people).map((p) => p.id)).toEqual(['pe-dana']);
  });
});
