import type { Arrow } from '../gantt-arrows';

function ArrowHead({ id, className }: { id: string; className: string }) {
  return (
    <marker
      id={id}
      viewBox="0 0 8 8"
      refX="7"
      refY="4"
      markerWidth="7"
      markerHeight="7"
      orient="auto-start-reverse"
    >
      <path d="M0,0 L8,4 L0,8 z" className={className} />
    </marker>
  );
}

/** The arrow heads, defined once per chart for the arrows to refer to. */
export function GanttArrowHeads() {
  return (
    <defs>
      <ArrowHead id="gantt-arrow" className="arrow-head" />
      <ArrowHead id="gantt-arrow-critical" className="arrow-head-critical" />
    </defs>
  );
}

/** Dependency arrows, red where both tasks are critical. */
export function GanttArrows({ arrows }: { arrows: Arrow[] }) {
  return arrows.map((a) => (
    <path
      key={a.id}
      d={a.d}
      className={a.critical ? 'dep critical' : 'dep'}
      markerEnd={a.critical ? 'url(#gantt-arrow-critical)' : 'url(#gantt-arrow)'}
    />
  ));
}
