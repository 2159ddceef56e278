import { addDays } from './weeks';

/** Why a person has no capacity in a week: their time off, or a holiday of their calendar. */
export type Absence = { kind: 'time-off' | 'holiday'; text: string };

type Span = { startDate: string; endDate: string };
export type AbsenceSources = {
  timeOff: ReadonlyArray<Span & { reason?: string | null }>;
  exceptions: ReadonlyArray<Span & { name: string; workingTimes?: ReadonlyArray<unknown> }>;
};

function overlaps(span: Span, from: string, to: string): boolean {
  return span.startDate <= to && span.endDate >= from;
}

/** The absence that explains an empty week starting `weekStart`, if one is known. */
export function findAbsence(sources: AbsenceSources | undefined, weekStart: string) {
  if (!sources) return undefined;
  const weekEnd = addDays(weekStart, 6);
  const off = sources.timeOff.find((t) => overlaps(t, weekStart, weekEnd));
  if (off) return { kind: 'time-off', text: off.reason || 'Time off' } satisfies Absence;
  const holiday = sources.exceptions.find(
    (e) => (e.workingTimes?.length ?? 0) === 0 && overlaps(e, weekStart, weekEnd),
  );
  return holiday ? ({ kind: 'holiday', text: holiday.name } satisfies Absence) : undefined;
}
