import { formatDay } from '@/lib/format';

type Change = { field: string; from?: string | null; to?: string | null };

const DIMENSION_LABELS: Record<string, string> = {
  overall: 'Overall RAG',
  schedule: 'Schedule RAG',
  scope: 'Scope RAG',
  resources: 'Resources RAG',
};

const HEALTH_LABELS: Record<string, string> = {
  achieved: 'achieved',
  on_track: 'on track',
  at_risk: 'at risk',
  off_track: 'off track',
  missed: 'missed',
};

const health = (value: string) => HEALTH_LABELS[value] ?? value;
const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

function moved(from: string | null | undefined, to: string | null | undefined): string {
  if (!from) return `now ${formatDay(to)}`;
  if (!to) return `no longer forecast (was ${formatDay(from)})`;
  const n = days(from, to);
  const direction =
    n > 0 ? `${n} day${n === 1 ? '' : 's'} later` : `${-n} day${n === -1 ? '' : 's'} earlier`;
  return `${formatDay(from)} → ${formatDay(to)} (${direction})`;
}

/**
 * One line a reader understands for a difference from the previous report: the service names
 * fields as `rag.<dimension>`, `milestone.<name>.health`, `milestone.<name>.forecastDate` and
 * `finish.forecastFinish`.
 */
export function describeChange({ field, from, to }: Change): string {
  if (field.startsWith('rag.')) {
    const label = DIMENSION_LABELS[field.slice(4)] ?? field;
    return `${label}: ${from ?? 'not set'} → ${to ?? 'not set'}`;
  }
  if (field.startsWith('milestone.') && field.endsWith('.health')) {
    const name = field.slice('milestone.'.length, -'.health'.length);
    return from
      ? `Milestone ${name}: ${health(from)} → ${health(to ?? '')}`
      : `Milestone ${name} is new: ${health(to ?? '')}`;
  }
  if (field.startsWith('milestone.') && field.endsWith('.forecastDate')) {
    const name = field.slice('milestone.'.length, -'.forecastDate'.length);
    return `Milestone ${name} forecast: ${moved(from, to)}`;
  }
  if (field === 'finish.forecastFinish') return `Forecast finish: ${moved(from, to)}`;
  return `${field}: ${from ?? '—'} → ${to ?? '—'}`;
}
