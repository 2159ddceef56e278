import { Button } from '@/components/Button';
import { highlightLabels, type Highlight } from '../highlight';

type Props = { value: Highlight; onChange: (value: Highlight) => void };

/** Switches the highlight between the driving path and the plain critical set. */
export function HighlightToggle({ value, onChange }: Props) {
  return (
    <div role="group" aria-label="Highlight" className="segmented">
      {(['driving', 'critical'] as const).map((h) => (
        <Button
          key={h}
          variant={value === h ? 'primary' : 'secondary'}
          className="btn-sm"
          aria-pressed={value === h}
          onClick={() => onChange(h)}
        >
          {highlightLabels[h]}
        </Button>
      ))}
    </div>
  );
}
