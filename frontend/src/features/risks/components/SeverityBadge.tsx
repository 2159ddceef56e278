import '../risks.css';
/** The risk's band as a badge; the text carries the meaning, the colour only repeats it. */
export function SeverityBadge({ severity, score }: { severity: string; score?: number }) {
  return (
    <span className={`sev sev-${severity}`} data-severity={severity}>
      {score !== undefined && <span className="sev-score">{score}</span>}
      {severity.charAt(0).toUpperCase() + severity.slice(1)}
    </span>
  );
}
