import { enumLabel } from '@/lib/format';

const tones: Record<string, string> = {
  on_track: 'green',
  achieved: 'green',
  at_risk: 'amber',
  off_track: 'red',
  missed: 'red',
};

/** A red/amber/green badge for project or milestone health; the text carries the meaning too. */
export function HealthBadge({ health }: { health: string | null | undefined }) {
  if (!health) return <span className="muted">—</span>;
  return (
    <span className={`rag rag-${tones[health] ?? 'grey'}`} data-health={health}>
      <span className="rag-dot" aria-hidden="true" />
      {enumLabel(health)}
    </span>
  );
}
