import '../risks.css';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ErrorState, LoadingState } from '@/components/States';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import { useEscalationPolicy, type EscalationPolicy } from '../api/get-escalation-policy';
import { usePutEscalationPolicy, type PolicyInput } from '../api/put-escalation-policy';
import type { Named } from './RiskForm';

type Props = { workspaceId: string; people: Named[]; canEdit: boolean };

/** The workspace's ladder (ordered levels with their people) and the rules that climb it. */
export function EscalationPolicyEditor({ workspaceId, people, canEdit }: Props) {
  const policy = useEscalationPolicy(workspaceId);
  if (policy.isPending) return <LoadingState label="Loading the escalation policy…" />;
  if (policy.isError)
    return (
      <ErrorState
        error={policy.error}
        title="The escalation policy could not be loaded"
        onRetry={() => void policy.refetch()}
      />
    );
  return (
    <PolicyForm
      key={policy.data.etag ?? ''}
      workspaceId={workspaceId}
      people={people}
      canEdit={canEdit}
      policy={policy.data.data}
      etag={policy.data.etag}
    />
  );
}

type Level = { name: string; personIds: string[] };

function PolicyForm({
  workspaceId,
  people,
  canEdit,
  policy,
  etag,
}: Omit<Props, 'workspaceId'> & {
  workspaceId: string;
  policy: EscalationPolicy;
  etag: string | null;
}) {
  const save = usePutEscalationPolicy(workspaceId);
  const [levels, setLevels] = useState<Level[]>(
    policy.levels.map((l) => ({ name: l.name, personIds: l.personIds ?? [] })),
  );
  const [scoreAtLeast, setScoreAtLeast] = useState(String(policy.rules.scoreAtLeast ?? ''));
  const [overdueDays, setOverdueDays] = useState(String(policy.rules.overdueDays ?? ''));
  const [milestoneAtRisk, setMilestoneAtRisk] = useState(policy.rules.milestoneAtRisk ?? false);
  const [saved, setSaved] = useState(false);

  function change(index: number, next: Partial<Level>) {
    setLevels(levels.map((l, i) => (i === index ? { ...l, ...next } : l)));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const input = {
      levels: levels.map((l, i) => ({ level: i + 1, name: l.name.trim(), personIds: l.personIds })),
      rules: {
        scoreAtLeast: scoreAtLeast === '' ? undefined : Number(scoreAtLeast),
        overdueDays: overdueDays === '' ? undefined : Number(overdueDays),
        milestoneAtRisk,
      },
    } as PolicyInput;
    save.mutate({ input, etag }, { onSuccess: () => setSaved(true) });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Escalation policy" className="form">
      <ProblemAlert error={save.error} title="The policy was not saved" />
      {saved && (
        <p className="notice notice-success" role="status">
          Policy saved; its rules ran over the open risks.
        </p>
      )}
      <ol className="levels">
        {levels.map((level, i) => (
          <li key={i} className="level">
            <TextField
              label={`Level ${i + 1} name`}
              value={level.name}
              disabled={!canEdit}
              onChange={(e) => change(i, { name: e.target.value })}
              error={fieldError(save.error, `levels[${i}].name`)}
            />
            <fieldset className="field">
              <legend>People told at level {i + 1}</legend>
              <div className="level-people">
                {people.map((p) => (
                  <label key={p.id} className="check">
                    <input
                      type="checkbox"
                      disabled={!canEdit}
                      checked={level.personIds.includes(p.id)}
                      onChange={(e) =>
                        change(i, {
                          personIds: e.target.checked
                            ? [...level.personIds, p.id]
                            : level.personIds.filter((x) => x !== p.id),
                        })
                      }
                    />{' '}
                    {p.name}
                  </label>
                ))}
              </div>
            </fieldset>
            {canEdit && (
              <Button
                variant="ghost"
                className="btn-sm"
                onClick={() => setLevels(levels.filter((_, j) => j !== i))}
              >
                Remove level {i + 1}
              </Button>
            )}
          </li>
        ))}
      </ol>
      {canEdit && (
        <Button
          variant="secondary"
          className="btn-sm"
          onClick={() => setLevels([...levels, { name: '', personIds: [] }])}
        >
          Add a level
        </Button>
      )}
      <h3>Rules</h3>
      <div className="form-row">
        <TextField
          label="Raise when the score reaches"
          type="number"
          min={1}
          max={25}
          disabled={!canEdit}
          value={scoreAtLeast}
          onChange={(e) => setScoreAtLeast(e.target.value)}
          hint="1–25; empty switches the rule off"
          error={fieldError(save.error, 'scoreAtLeast')}
        />
        <TextField
          label="Raise when open this many days past due"
          type="number"
          min={1}
          disabled={!canEdit}
          value={overdueDays}
          onChange={(e) => setOverdueDays(e.target.value)}
          hint="Only risks without mitigation under way"
          error={fieldError(save.error, 'overdueDays')}
        />
        <div className="field field-check">
          <label>
            <input
              type="checkbox"
              disabled={!canEdit}
              checked={milestoneAtRisk}
              onChange={(e) => setMilestoneAtRisk(e.target.checked)}
            />{' '}
            Raise when a linked milestone is at risk or missed
          </label>
        </div>
      </div>
      {canEdit && (
        <div className="form-actions">
          <Button type="submit" busy={save.isPending}>
            Save policy
          </Button>
        </div>
      )}
    </form>
  );
}
