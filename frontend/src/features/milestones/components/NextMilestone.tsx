import { HealthBadge } from '@/components/HealthBadge';
import { formatDay } from '@/lib/format';
import { useMilestones } from '../api/get-milestones';

/** The project's next milestone not yet achieved: name, forecast vs due, health. */
export function NextMilestone({ projectId }: { projectId: string }) {
  const milestones = useMilestones(projectId);
  if (milestones.isPending) return <span className="muted">…</span>;
  if (milestones.isError) return <span className="muted">unavailable</span>;
  const next = [...milestones.data]
    .filter((m) => m.health !== 'achieved')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
  if (!next) return <span className="muted">None open</span>;
  return (
    <div className="next-milestone">
      <span className="milestone-name">{next.name}</span>
      <span className="muted nowrap">
        forecast {formatDay(next.forecastDate)} · due {formatDay(next.dueDate)}
      </span>
      <HealthBadge health={next.health} />
    </div>
  );
}
