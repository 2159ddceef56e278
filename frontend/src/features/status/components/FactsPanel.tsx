import type { ReactNode } from 'react';
import { HealthBadge } from '@/components/HealthBadge';
import { formatDay, plural } from '@/lib/format';
import type { ReportFacts } from '../api/status-reports';

type Level = 3 | 4;

function Section({ title, children, level }: { title: string; children: ReactNode; level: Level }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section className="facts-section">
      <Heading>{title}</Heading>
      {children}
    </section>
  );
}

function signedDays(n: number | null | undefined, unit = 'day') {
  if (n === null || n === undefined) return '';
  const abs = Math.abs(n);
  return `${abs} ${unit}${abs === 1 ? '' : 's'} ${n >= 0 ? 'later' : 'earlier'}`;
}

/** What the data says about the period, section by section; a section without a source is left out. */
export function FactsPanel({ facts, level }: { facts: ReportFacts | undefined; level: Level }) {
  if (!facts) return null;
  const finish = facts.finish;
  return (
    <div className="report-facts-list">
      <Section level={level} title="Delivery">
        <p>
          {plural(facts.completed?.length ?? 0, 'task')} completed, {facts.started?.length ?? 0}{' '}
          started
          {facts.slipped ? `, ${facts.slipped.length} slipped against the baseline` : ''}.
        </p>
        {facts.completed && facts.completed.length > 0 ? (
          <ul aria-label="Completed">
            {facts.completed.map((t) => (
              <li key={t.taskId}>
                <span className="task-key">{t.key}</span> {t.title} ({formatDay(t.on)})
              </li>
            ))}
          </ul>
        ) : null}
        {facts.slipped && facts.slipped.length > 0 ? (
          <ul aria-label="Slipped">
            {facts.slipped.map((t) => (
              <li key={t.taskId}>
                <span className="task-key">{t.key}</span> {t.title}: {t.slipDays} working days late
                (baseline {formatDay(t.baselineFinish)})
              </li>
            ))}
          </ul>
        ) : null}
      </Section>
      {facts.criticalPath ? (
        <Section level={level} title="Critical path">
          {!facts.criticalPath.joined || !facts.criticalPath.left ? (
            <p>
              {plural(facts.criticalPath.tasks?.length ?? 0, 'task')} on the critical path; no
              earlier report to compare with.
            </p>
          ) : facts.criticalPath.joined.length === 0 && facts.criticalPath.left.length === 0 ? (
            <p>No change to the critical path since the previous report.</p>
          ) : (
            <ul aria-label="Critical path changes">
              {facts.criticalPath.joined.map((t) => (
                <li key={`j-${t.taskId}`}>
                  Joined: <span className="task-key">{t.key}</span> {t.title}
                </li>
              ))}
              {facts.criticalPath.left.map((t) => (
                <li key={`l-${t.taskId}`}>
                  Left: <span className="task-key">{t.key}</span> {t.title}
                </li>
              ))}
            </ul>
          )}
        </Section>
      ) : null}
      <Section level={level} title="Milestones">
        {(facts.milestones ?? []).length === 0 ? <p>No milestones.</p> : null}
        <ul aria-label="Milestones">
          {(facts.milestones ?? []).map((m) => (
            <li key={m.milestoneId}>
              {m.name}: <HealthBadge health={m.health} /> due {formatDay(m.dueDate)}, forecast{' '}
              {formatDay(m.forecastDate)}
              {m.forecastChangeDays ? ` (moved ${signedDays(m.forecastChangeDays)})` : ''}
            </li>
          ))}
        </ul>
      </Section>
      {finish ? (
        <Section level={level} title="Finish">
          <p>
            Forecast finish {formatDay(finish.forecastFinish)}
            {finish.baselineFinish
              ? `; baseline ${formatDay(finish.baselineFinish)}${finish.daysVsBaseline ? ` (${signedDays(finish.daysVsBaseline)})` : ''}`
              : ''}
            {finish.targetFinish
              ? `; target ${formatDay(finish.targetFinish)}${finish.daysVsTarget ? ` (${signedDays(finish.daysVsTarget)})` : ''}`
              : ''}
            .
          </p>
        </Section>
      ) : null}
      {facts.topRisks && facts.topRisks.length > 0 ? (
        <Section level={level} title="Top risks">
          <ul aria-label="Top risks">
            {facts.topRisks.map((r) => (
              <li key={r.riskId}>
                {r.title} (score {r.score}, {r.severity})
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {facts.dueSoon && facts.dueSoon.length > 0 ? (
        <Section level={level} title="Due in the next two weeks">
          <ul aria-label="Due soon">
            {facts.dueSoon.map((d) => (
              <li key={d.id}>
                {d.key ? <span className="task-key">{d.key}</span> : null} {d.title} (
                {formatDay(d.dueDate)})
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {facts.overallocated && facts.overallocated.length > 0 ? (
        <Section level={level} title="Over-allocated">
          <p>{facts.overallocated.map((p) => p.name).join(', ')}</p>
        </Section>
      ) : null}
    </div>
  );
}
