import { plural } from '@/lib/format';
import { useState } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SelectField } from '@/components/SelectField';
import { useProjectTaskLabels } from '../api/get-project-task-labels';
import {
  useLevelResources,
  type Leveling,
  type LevelingMode,
  type LevelingScope,
} from '../api/level-resources';
import { useClearLeveling } from '../api/clear-leveling';
import { LevelingDiff } from './LevelingDiff';

type Props = {
  workspaceId: string;
  projects: ReadonlyArray<{ id: string; key: string; name: string }>;
  personName: (personId: string) => string;
};

const modes: ReadonlyArray<{ value: LevelingMode; label: string; hint: string }> = [
  {
    value: 'within_float',
    label: 'Within float',
    hint: 'Delay tasks only as far as their float allows; the finish does not move.',
  },
  {
    value: 'allow_slip',
    label: 'Allow the finish to slip',
    hint: 'Remove all over-allocation, even if projects finish later.',
  },
];

/** Choose a scope and mode, preview the delays levelling would make, then apply them. */
export function LevelPanel({ workspaceId, projects, personName }: Props) {
  const [scopeId, setScopeId] = useState('');
  const [mode, setMode] = useState<LevelingMode>('within_float');
  const [preview, setPreview] = useState<Leveling | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [applied, setApplied] = useState<Leveling | null>(null);
  const level = useLevelResources(workspaceId);
  const clear = useClearLeveling(workspaceId);
  const scopeProject = projects.find((p) => p.id === scopeId);
  const projectIds = [...new Set((preview ?? applied)?.changes.map((c) => c.projectId) ?? [])];
  const labels = useProjectTaskLabels(projectIds);

  const scope: LevelingScope =
    scopeId === '' ? { kind: 'workspace', workspaceId } : { kind: 'project', projectId: scopeId };

  function reset() {
    setPreview(null);
    setConfirming(false);
    setApplied(null);
    level.reset();
    clear.reset();
  }

  function runPreview() {
    setApplied(null);
    setConfirming(false);
    level.mutate({ scope, mode, apply: false }, { onSuccess: (result) => setPreview(result) });
  }

  function apply() {
    level.mutate(
      { scope, mode, apply: true },
      {
        onSuccess: (result) => {
          setPreview(null);
          setConfirming(false);
          setApplied(result);
        },
      },
    );
  }

  const shown = preview ?? applied;
  return (
    <section className="card" aria-labelledby="level-title">
      <h2 id="level-title">Level</h2>
      <p className="muted">
        Levelling delays tasks so nobody is booked beyond their capacity. Preview first; nothing is
        saved until you apply, and a project&rsquo;s levelling can be cleared again.
      </p>
      <form
        className="form"
        aria-label="Levelling options"
        onSubmit={(e) => {
          e.preventDefault();
          runPreview();
        }}
      >
        <div className="form-row">
          <SelectField
            label="Scope"
            value={scopeId}
            onChange={(e) => {
              setScopeId(e.target.value);
              reset();
            }}
            options={[
              { value: '', label: 'Whole workspace' },
              ...projects.map((p) => ({ value: p.id, label: `${p.key} · ${p.name}` })),
            ]}
          />
          <fieldset className="field radio-group">
            <legend>Mode</legend>
            {modes.map((m) => (
              <label key={m.value} className="radio">
                <input
                  type="radio"
                  name="leveling-mode"
                  value={m.value}
                  checked={mode === m.value}
                  onChange={() => {
                    setMode(m.value);
                    reset();
                  }}
                />
                <span>
                  {m.label} <span className="muted">— {m.hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
        </div>
        <div className="form-actions">
          <Button type="submit" variant="secondary" busy={level.isPending && !confirming}>
            Preview
          </Button>
          {scopeProject && (
            <Button
              variant="ghost"
              busy={clear.isPending}
              onClick={() => {
                setPreview(null);
                setApplied(null);
                setConfirming(false);
                clear.mutate(scopeProject.id);
              }}
            >
              Clear levelling
            </Button>
          )}
        </div>
      </form>
      <ProblemAlert error={level.error} title="Levelling failed" />
      <ProblemAlert error={clear.error} title="Levelling was not cleared" />
      {clear.isSuccess && scopeProject && (
        <p role="status" className="alert alert-success">
          Levelling cleared for {scopeProject.key}: its tasks are back where their dependencies put
          them.
        </p>
      )}
      {applied && (
        <p role="status" className="alert alert-success">
          Applied: {plural(applied.changes.length, 'task')} delayed. The heatmap shows the new
          workload.
        </p>
      )}
      {shown && (
        <div className="stack">
          <h3>{preview ? 'Preview' : 'Applied changes'}</h3>
          <ProblemAlert error={labels.error} title="Task names could not be loaded" />
          <LevelingDiff
            result={shown}
            taskLabel={(id) => labels.labels.get(id)}
            personName={personName}
          />
          {preview && preview.changes.length > 0 && !confirming && (
            <div className="form-actions">
              <Button onClick={() => setConfirming(true)}>Apply…</Button>
            </div>
          )}
          {preview && confirming && (
            <div className="confirm" role="group" aria-label="Confirm levelling">
              <p>
                Delay {plural(preview.changes.length, 'task')}? Each gets a levelling delay after
                what drives it, recorded in the activity log; “Clear levelling” on a project removes
                them.
              </p>
              <div className="form-actions">
                <Button busy={level.isPending} onClick={apply}>
                  Apply {preview.changes.length} changes
                </Button>
                <Button variant="ghost" onClick={() => setConfirming(false)}>
                  Cancel
                </Button>
              </div>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
