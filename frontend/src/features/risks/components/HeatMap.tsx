import type { Risk } from '../api/get-risks';

export type Cell = { probability: number; impact: number };

type Props = { risks: Risk[]; selected: Cell | null; onSelect: (cell: Cell | null) => void };

const levels = [1, 2, 3, 4, 5];

function band(score: number) {
  if (score <= 4) return 'low';
  if (score <= 9) return 'medium';
  if (score <= 15) return 'high';
  return 'critical';
}

/** Probability × impact: each cell counts the live risks in it; choosing one filters the register. */
export function HeatMap({ risks, selected, onSelect }: Props) {
  const count = (p: number, i: number) =>
    risks.filter((r) => r.probability === p && r.impact === i).length;
  return (
    <table className="heatmap" aria-label="Risks by probability and impact">
      <caption className="visually-hidden">
        Rows are impact from 5 down to 1, columns probability from 1 to 5. Choose a cell to show
        only its risks.
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">Impact</span>
          </th>
          {levels.map((p) => (
            <th key={p} scope="col">
              P{p}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...levels].reverse().map((i) => (
          <tr key={i}>
            <th scope="row">I{i}</th>
            {levels.map((p) => {
              const n = count(p, i);
              const isSelected = selected?.probability === p && selected.impact === i;
              return (
                <td key={p} className={`heat heat-${band(p * i)}`}>
                  <button
                    type="button"
                    aria-pressed={isSelected}
                    aria-label={`Probability ${p}, impact ${i}: ${n} ${n === 1 ? 'risk' : 'risks'}`}
                    onClick={() => onSelect(isSelected ? null : { probability: p, impact: i })}
                  >
                    {n > 0 ? n : ''}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
