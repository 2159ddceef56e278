import '../risks.css';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SelectField } from '@/components/SelectField';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import { formatDay } from '@/lib/format';
import { useCreateDecision, type CreateDecisionInput } from '../api/create-decision';
import { useDecisions, type Decision } from '../api/get-decisions';
import { useRisks } from '../api/get-risks';
import { TextAreaField } from './TextAreaField';

type Props = { projectId: string; canRecord: boolean; today: string };

/** The decision log: append-only; a superseded decision stays, marked, beside the one that replaced it. */
export function DecisionLog({ projectId, canRecord, today }: Props) {
  const decisions = useDecisions(projectId);
  if (decisions.isPending) return <LoadingState label="Loading decisions…" />;
  if (decisions.isError)
    return (
      <ErrorState
        error={decisions.error}
        title="Decisions could not be loaded"
        onRetry={() => void decisions.refetch()}
      />
    );
  const byId = new Map(decisions.data.map((d) => [d.id, d]));
  return (
    <div className="stack">
      <section className="card" aria-labelledby="log-title">
        <h2 id="log-title">Decision log</h2>
        {decisions.data.length === 0 ? (
          <EmptyState title="No decisions recorded">
            <p className="muted">Record what was decided, by whom and why.</p>
          </EmptyState>
        ) : (
          <ol className="decisions">
            {decisions.data.map((d) => (
              <DecisionItem key={d.id} decision={d} byId={byId} />
            ))}
          </ol>
        )}
      </section>
      {canRecord && (
        <section className="card" aria-labelledby="new-decision-title">
          <h2 id="new-decision-title">Record a decision</h2>
          <DecisionForm projectId={projectId} standing={decisions.data} today={today} />
        </section>
      )}
    </div>
  );
}

function DecisionItem({ decision: d, byId }: { decision: Decision; byId: Map<string, Decision> }) {
  const newer = d.supersededById ? byId.get(d.supersededById) : undefined;
  const older = d.supersedesId ? byId.get(d.supersedesId) : undefined;
  return (
    <li className={`decision${d.supersededById ? ' decision-superseded' : ''}`}>
      <h3>
        {d.title}
        {d.supersededById && <span className="badge">Superseded</span>}
      </h3>
      <p className="muted">
        {formatDay(d.decidedOn)} · decided by {d.decidedBy}
      </p>
      <dl className="facts">
        <dt>Context</dt>
        <dd>{d.context}</dd>
        <dt>Decision</dt>
        <dd>{d.decision}</dd>
        {d.optionsConsidered && (
          <>
            <dt>Options considered</dt>
            <dd>{d.optionsConsidered}</dd>
          </>
        )}
      </dl>
      {newer && (
        <p>
          Superseded by “{newer.title}” ({formatDay(newer.decidedOn)}).
        </p>
      )}
      {older && <p>Supersedes “{older.title}”.</p>}
    </li>
  );
}

function DecisionForm({
  projectId,
  standing,
  today,
}: {
  projectId: string;
  standing: Decision[];
  today: string;
}) {
  const create = useCreateDecision(projectId);
  const risks = useRisks(projectId);
  const [title, setTitle] = useState('');
  const [context, setContext] = useState('');
  const [decision, setDecision] = useState('');
  const [options, setOptions] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  const [decidedOn, setDecidedOn] = useState(today);
  const [supersedesId, setSupersedesId] = useState('');
  const [riskId, setRiskId] = useState('');
  const [saved, setSaved] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const input = {
      title: title.trim(),
      context: context.trim(),
      decision: decision.trim(),
      optionsConsidered: options.trim() || undefined,
      decidedBy: decidedBy.trim(),
      decidedOn,
      riskIds: riskId ? [riskId] : [],
      supersedesId: supersedesId || undefined,
    } as CreateDecisionInput;
    create.mutate(input, {
      onSuccess: () => {
        setSaved(true);
        setTitle('');
        setContext('');
        setDecision('');
        setOptions('');
        setSupersedesId('');
        setRiskId('');
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Record a decision" className="form">
      <ProblemAlert error={create.error} title="The decision was not recorded" />
      {saved && (
        <p className="notice notice-success" role="status">
          Decision recorded. It cannot be edited; record a new one to supersede it.
        </p>
      )}
      <div className="form-row">
        <TextField
          label="Title"
          required
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fieldError(create.error, 'title')}
        />
        <TextField
          label="Decided by"
          required
          value={decidedBy}
          onChange={(e) => setDecidedBy(e.target.value)}
          error={fieldError(create.error, 'decidedBy')}
        />
        <TextField
          label="Decided on"
          type="date"
          required
          value={decidedOn}
          onChange={(e) => setDecidedOn(e.target.value)}
          error={fieldError(create.error, 'decidedOn')}
        />
        <SelectField
          label="Supersedes"
          value={supersedesId}
          onChange={(e) => setSupersedesId(e.target.value)}
          options={[
            { value: '', label: 'Nothing (a new decision)' },
            ...standing
              .filter((d) => !d.supersededById)
              .map((d) => ({ value: d.id, label: d.title })),
          ]}
          error={fieldError(create.error, 'supersedesId')}
        />
        <SelectField
          label="Linked risk"
          value={riskId}
          onChange={(e) => setRiskId(e.target.value)}
          options={[
            { value: '', label: 'None' },
            ...(risks.data ?? []).map((r) => ({ value: r.id, label: r.title })),
          ]}
          error={fieldError(create.error, 'riskIds')}
        />
      </div>
      <div className="form-row">
        <TextAreaField
          label="Context"
          required
          value={context}
          onChange={(e) => setContext(e.target.value)}
          error={fieldError(create.error, 'context')}
        />
        <TextAreaField
          label="Decision"
          required
          value={decision}
          onChange={(e) => setDecision(e.target.value)}
          error={fieldError(create.error, 'decision')}
        />
        <TextAreaField
          label="Options considered"
          value={options}
          onChange={(e) => setOptions(e.target.value)}
          error={fieldError(create.error, 'optionsConsidered')}
        />
      </div>
      <div className="form-actions">
        <Button type="submit" busy={create.isPending}>
          Record decision
        </Button>
      </div>
    </form>
  );
}
