import { Link } from 'react-router';
import type { PickableTask } from '@/components/TaskPicker';
import { ErrorState, LoadingState } from '@/components/States';
import { enumLabel, formatDateTime, formatDay } from '@/lib/format';
import { useRisk } from '../api/get-risk';
import { useUpdateRisk } from '../api/update-risk';
import { EscalateForm } from './EscalateForm';
import { RiskForm, type Named } from './RiskForm';
import { RiskImpactPanel } from './RiskImpactPanel';
import { ScoreTrend } from './ScoreTrend';
import { SeverityBadge } from './SeverityBadge';

type Props = {
  projectId: string;
  workspaceId: string;
  riskId: string;
  tasks: PickableTask[];
  milestones: Named[];
  people: Named[];
  canEdit: boolean;
};

/** One risk: its facts, score trend, what it would do to the schedule, escalation and editing. */
export function RiskDetail(props: Props) {
  const { projectId, riskId } = props;
  const risk = useRisk(riskId);
  const update = useUpdateRisk(projectId, riskId);
  if (risk.isPending) return <LoadingState label="Loading the risk…" />;
  if (risk.isError)
    return (
      <ErrorState
        error={risk.error}
        title="The risk could not be loaded"
        onRetry={() => void risk.refetch()}
      />
    );
  const r = risk.data.data;
  const name = (list: Named[], id: string) => list.find((x) => x.id === id)?.name ?? '…';
  const taskLabel = (id: string) => {
    const t = props.tasks.find((x) => x.id === id);
    return t ? `${t.key} ${t.title}` : '…';
  };
  return (
    <div className="stack">
      <p>
        <Link to="..">← All risks</Link>
      </p>
      <section className="card" aria-labelledby="risk-title">
        <h2 id="risk-title">
          {r.title} <SeverityBadge severity={r.severity} score={r.score} />
        </h2>
        <dl className="facts">
          <dt>Kind</dt>
          <dd>{enumLabel(r.kind)}</dd>
          <dt>Status</dt>
          <dd>{enumLabel(r.status)}</dd>
          <dt>Probability × impact</dt>
          <dd>
            {r.probability} × {r.impact} = {r.score}
          </dd>
          <dt>Owner</dt>
          <dd>{r.ownerId ? name(props.people, r.ownerId) : '—'}</dd>
          <dt>Due</dt>
          <dd>{formatDay(r.dueDate)}</dd>
          <dt>Escalation</dt>
          <dd>{r.escalationLevel > 0 ? `Level ${r.escalationLevel}` : 'Not escalated'}</dd>
          <dt>Linked tasks</dt>
          <dd>{r.taskIds.length ? r.taskIds.map(taskLabel).join(', ') : '—'}</dd>
          <dt>Linked milestones</dt>
          <dd>
            {r.milestoneIds.length
              ? r.milestoneIds.map((id) => name(props.milestones, id)).join(', ')
              : '—'}
          </dd>
          <dt>Mitigation</dt>
          <dd>{r.mitigation ?? '—'}</dd>
          <dt>Contingency</dt>
          <dd>{r.contingency ?? '—'}</dd>
          <dt>Last changed</dt>
          <dd>{formatDateTime(r.updatedAt)}</dd>
        </dl>
        {r.description && <p>{r.description}</p>}
      </section>
      <section className="card" aria-labelledby="trend-title">
        <h2 id="trend-title">Score trend</h2>
        <ScoreTrend history={r.scoreHistory} />
      </section>
      <section className="card" aria-labelledby="impact-title">
        <h2 id="impact-title">Impact on schedule</h2>
        <RiskImpactPanel
          riskId={riskId}
          scheduleImpactDays={r.scheduleImpactDays}
          linkedTasks={r.taskIds.length}
        />
      </section>
      {props.canEdit && (
        <section className="card" aria-labelledby="escalate-title">
          <h2 id="escalate-title">Escalation</h2>
          <EscalateForm
            projectId={projectId}
            riskId={riskId}
            workspaceId={props.workspaceId}
            level={r.escalationLevel}
          />
        </section>
      )}
      {props.canEdit && (
        <section className="card" aria-labelledby="edit-title">
          <h2 id="edit-title">Edit</h2>
          <RiskForm
            key={risk.data.etag ?? ''}
            label="Edit the risk"
            submitLabel="Save changes"
            initial={r}
            tasks={props.tasks}
            milestones={props.milestones}
            people={props.people}
            canAddRisks
            busy={update.isPending}
            error={update.error}
            onSubmit={(v) =>
              update.mutate({
                etag: risk.data.etag,
                patch: {
                  ...v,
                  description: v.description ?? null,
                  ownerId: v.ownerId ?? null,
                  dueDate: v.dueDate ?? null,
                  mitigation: v.mitigation ?? null,
                  contingency: v.contingency ?? null,
                },
              })
            }
          />
        </section>
      )}
    </div>
  );
}
