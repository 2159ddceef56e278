import type { Risk } from '../api/get-risks';

type Point = Risk['scoreHistory'][number];

const width = 240;
const height = 60;

/** The score over time as a small line; the label reads the whole history out. */
export function ScoreTrend({ history }: { history: Point[] }) {
  if (history.length === 0) return <p className="muted">No score recorded yet.</p>;
  const step = history.length > 1 ? width / (history.length - 1) : 0;
  const y = (score: number) => height - (score / 25) * (height - 8) - 4;
  const points = history.map((p, i) => `${i * step},${y(p.score)}`).join(' ');
  const first = history[0]?.score ?? 0;
  const last = history[history.length - 1]?.score ?? 0;
  const spoken = history
    .map((p) => `${p.score} on ${new Date(p.at).toLocaleDateString()}`)
    .join(', ');
  return (
    <figure className="score-trend">
      <svg
        role="img"
        aria-label={`Score trend: ${spoken}`}
        viewBox={`-4 0 ${width + 8} ${height}`}
        width={width + 8}
        height={height}
      >
        <line x1="0" x2={width} y1={y(16)} y2={y(16)} className="trend-critical" />
        <polyline points={points} className="trend-line" />
        {history.map((p, i) => (
          <circle key={i} cx={i * step} cy={y(p.score)} r="3" className="trend-dot" />
        ))}
      </svg>
      <figcaption className="muted">
        {history.length === 1
          ? `Score ${first} since it was added`
          : `From ${first} to ${last} over ${history.length} scores`}
      </figcaption>
    </figure>
  );
}
