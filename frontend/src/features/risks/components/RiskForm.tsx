import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SelectField } from '@/components/SelectField';
import { TaskPicker, type PickableTask } from '@/components/TaskPicker';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import type { CreateRiskInput } from '../api/create-risk';
import type { Risk } from '../api/get-risks';
import { TextAreaField } from './TextAreaField';

export type Named = { id: string; name: string };

type Props = {
  label: string;
  submitLabel: string;
  initial?: Risk;
  tasks: PickableTask[];
  milestones: Named[];
  people: Named[];
  canAddRisks: boolean;
  busy: boolean;
  error: unknown;
  onSubmit: (values: CreateRiskInput) => void;
};

const scale = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));
const statuses = ['open', 'mitigating', 'closed', 'occurred'].map((s) => ({
  value: s,
  label: s.charAt(0).toUpperCase() + s.slice(1),
}));

/** Adds or edits a risk; the service's problems are shown beside the fields they name. */
export function RiskForm(props: Props) {
  const { initial, tasks, milestones, people, error } = props;
  const [kind, setKind] = useState<'risk' | 'issue'>(
    initial?.kind ?? (props.canAddRisks ? 'risk' : 'issue'),
  );
  const [title, setTitle] = useState(initial?.title ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [probability, setProbability] = useState(String(initial?.probability ?? 3));
  const [impact, setImpact] = useState(String(initial?.impact ?? 3));
  const [status, setStatus] = useState<string>(initial?.status ?? 'open');
  const [ownerId, setOwnerId] = useState(initial?.ownerId ?? '');
  const [dueDate, setDueDate] = useState(initial?.dueDate ?? '');
  const [impactDays, setImpactDays] = useState(String(initial?.scheduleImpactDays ?? 0));
  const [mitigation, setMitigation] = useState(initial?.mitigation ?? '');
  const [contingency, setContingency] = useState(initial?.contingency ?? '');
  const [taskIds, setTaskIds] = useState<string[]>(initial?.taskIds ?? []);
  const [milestoneIds, setMilestoneIds] = useState<string[]>(initial?.milestoneIds ?? []);
  const [picked, setPicked] = useState('');
  const [pickerKey, setPickerKey] = useState(0);
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const score = Number(probability) * Number(impact);

  function addTask() {
    if (picked && !taskIds.includes(picked)) setTaskIds([...taskIds, picked]);
    setPicked('');
    setPickerKey((k) => k + 1);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    props.onSubmit({
      kind,
      title: title.trim(),
      description: description.trim() || undefined,
      probability: Number(probability),
      impact: Number(impact),
      status: status as CreateRiskInput['status'],
      ownerId: ownerId || undefined,
      dueDate: dueDate || undefined,
      scheduleImpactDays: impactDays === '' ? undefined : Number(impactDays),
      mitigation: mitigation.trim() || undefined,
      contingency: contingency.trim() || undefined,
      taskIds,
      milestoneIds,
    } as CreateRiskInput);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={props.label} className="form risk-form">
      <ProblemAlert error={error} title={`The ${kind} was not saved`} />
      <div className="form-row">
        <SelectField
          label="Kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as 'risk' | 'issue')}
          options={[
            ...(props.canAddRisks ? [{ value: 'risk', label: 'Risk (may happen)' }] : []),
            { value: 'issue', label: 'Issue (has happened)' },
          ]}
          error={fieldError(error, 'kind')}
        />
        <TextField
          label="Title"
          required
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fieldError(error, 'title')}
        />
        <SelectField
          label="Probability (1–5)"
          value={probability}
          onChange={(e) => setProbability(e.target.value)}
          options={scale}
          error={fieldError(error, 'probability')}
        />
        <SelectField
          label="Impact (1–5)"
          value={impact}
          onChange={(e) => setImpact(e.target.value)}
          options={scale}
          error={fieldError(error, 'impact')}
        />
        <p className="field risk-form-score" aria-live="polite">
          Score <strong>{score}</strong>
        </p>
        <SelectField
          label="Status"
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          options={statuses}
          error={fieldError(error, 'status')}
        />
        <SelectField
          label="Owner"
          value={ownerId}
          onChange={(e) => setOwnerId(e.target.value)}
          options={[
            { value: '', label: 'Nobody yet' },
            ...people.map((p) => ({ value: p.id, label: p.name })),
          ]}
          error={fieldError(error, 'ownerId')}
        />
        <TextField
          label="Due date"
          type="date"
          value={dueDate}
          onChange={(e) => setDueDate(e.target.value)}
          error={fieldError(error, 'dueDate')}
        />
        <TextField
          label="Schedule impact (working days)"
          type="number"
          inputMode="numeric"
          value={impactDays}
          onChange={(e) => setImpactDays(e.target.value)}
          hint="How many working days the linked tasks slip if it happens"
          error={fieldError(error, 'scheduleImpactDays')}
        />
      </div>
      <div className="form-row">
        <TextAreaField
          label="Description"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={fieldError(error, 'description')}
        />
        <TextAreaField
          label="Mitigation"
          value={mitigation}
          onChange={(e) => setMitigation(e.target.value)}
          error={fieldError(error, 'mitigation')}
        />
        <TextAreaField
          label="Contingency"
          value={contingency}
          onChange={(e) => setContingency(e.target.value)}
          error={fieldError(error, 'contingency')}
        />
      </div>
      <div className="form-row">
        <div className="gating">
          <TaskPicker
            key={pickerKey}
            label="Linked task"
            tasks={tasks}
            value={picked}
            onChange={setPicked}
            error={fieldError(error, 'taskIds')}
          />
          <Button variant="secondary" className="btn-sm" disabled={!picked} onClick={addTask}>
            Link task
          </Button>
          {taskIds.length > 0 && (
            <ul className="chips" aria-label="Linked tasks">
              {taskIds.map((id) => {
                const t = taskById.get(id);
                const text = t ? `${t.key} ${t.title}` : id;
                return (
                  <li key={id}>
                    {text}
                    <button
                      type="button"
                      className="chip-remove"
                      aria-label={`Unlink ${text}`}
                      onClick={() => setTaskIds(taskIds.filter((x) => x !== id))}
                    >
                      ×
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
        <fieldset className="field risk-milestones">
          <legend>Linked milestones</legend>
          {milestones.length === 0 && <p className="muted">The project has no milestones.</p>}
          {milestones.map((m) => (
            <label key={m.id} className="check">
              <input
                type="checkbox"
                checked={milestoneIds.includes(m.id)}
                onChange={(e) =>
                  setMilestoneIds(
                    e.target.checked
                      ? [...milestoneIds, m.id]
                      : milestoneIds.filter((x) => x !== m.id),
                  )
                }
              />{' '}
              {m.name}
            </label>
          ))}
          {fieldError(error, 'milestoneIds') && (
            <p className="field-error">{fieldError(error, 'milestoneIds')}</p>
          )}
        </fieldset>
      </div>
      <div className="form-actions">
        <Button type="submit" busy={props.busy}>
          {props.submitLabel}
        </Button>
      </div>
    </form>
  );
}
