import { Button } from '@/components/Button';
import type { Zoom } from '../gantt-scale';
import { highlightLabels, type Highlight } from '../highlight';
import { HighlightToggle } from './HighlightToggle';

const zoomLabels: Record<Zoom, string> = { day: 'Day', week: 'Week', month: 'Month' };

type Props = {
  zoom: Zoom;
  onZoom: (zoom: Zoom) => void;
  onGoToToday: () => void;
  highlight: Highlight;
  onHighlight: (highlight: Highlight) => void;
};

/** Zoom, a jump to today, what is highlighted, and what the colours mean. */
export function GanttToolbar({ zoom, onZoom, onGoToToday, highlight, onHighlight }: Props) {
  return (
    <div className="toolbar">
      <div role="group" aria-label="Zoom" className="segmented">
        {(['day', 'week', 'month'] as const).map((z) => (
          <Button
            key={z}
            variant={zoom === z ? 'primary' : 'secondary'}
            className="btn-sm"
            aria-pressed={zoom === z}
            onClick={() => onZoom(z)}
          >
            {zoomLabels[z]}
          </Button>
        ))}
      </div>
      <Button variant="secondary" className="btn-sm" onClick={onGoToToday}>
        Go to today
      </Button>
      <HighlightToggle value={highlight} onChange={onHighlight} />
      <ul className="gantt-legend" aria-label="Legend">
        <li>
          <span className="swatch swatch-task" aria-hidden="true" /> Task
        </li>
        <li>
          <span className="swatch swatch-critical" aria-hidden="true" />{' '}
          {highlight === 'driving' ? highlightLabels.driving : 'Critical'}
        </li>
        <li>
          <span className="swatch swatch-late" aria-hidden="true" /> Late against a deadline or
          constraint
        </li>
        <li>
          <span className="swatch swatch-baseline" aria-hidden="true" /> Baseline
        </li>
        <li>
          <span className="swatch swatch-milestone" aria-hidden="true" /> Milestone
        </li>
      </ul>
    </div>
  );
}
