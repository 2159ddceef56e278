import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import { today } from '@/lib/clock';
import { plural } from '@/lib/format';
import { useTemplates, type TemplateSummary } from '../api/get-templates';
import { useInstantiateTemplate } from '../api/instantiate-template';
import './templates.css';

type Props = {
  workspaceId: string;
  /** Called with the new project's id once it is created. */
  onCreated: (projectId: string) => void;
};

/** Every template of the workspace (built-ins first); choosing one opens the form that starts a project from it. */
export function TemplateGallery({ workspaceId, onCreated }: Props) {
  const templates = useTemplates(workspaceId);
  const [chosen, setChosen] = useState<TemplateSummary | null>(null);
  if (templates.isPending) return <LoadingState label="Loading the templates…" />;
  if (templates.isError)
    return (
      <ErrorState
        error={templates.error}
        title="The templates could not be loaded"
        onRetry={() => void templates.refetch()}
      />
    );
  if (templates.data.length === 0) return <EmptyState title="No templates yet" />;
  return (
    <div className="stack">
      <ul className="template-gallery" aria-label="Templates">
        {templates.data.map((t) => (
          <li key={t.id} className="card template-card" aria-labelledby={`template-${t.id}`}>
            <h2 id={`template-${t.id}`}>{t.name}</h2>
            <p className="template-meta muted">
              {t.builtIn ? <span className="badge">Built in</span> : <span>Workspace</span>} ·{' '}
              {plural(t.taskCount, 'task')} · {plural(t.milestoneCount, 'milestone')}
            </p>
            {t.description && <p>{t.description}</p>}
            <Button
              variant={chosen?.id === t.id ? 'primary' : 'secondary'}
              aria-label={`Use ${t.name}`}
              aria-pressed={chosen?.id === t.id}
              onClick={() => setChosen(t)}
            >
              Use this template
            </Button>
          </li>
        ))}
      </ul>
      {chosen && (
        <NewProjectFromTemplate
          key={chosen.id}
          workspaceId={workspaceId}
          template={chosen}
          onCreated={onCreated}
          onCancel={() => setChosen(null)}
        />
      )}
    </div>
  );
}

type Direction = 'forwards' | 'backwards';

function NewProjectFromTemplate({
  workspaceId,
  template,
  onCreated,
  onCancel,
}: {
  workspaceId: string;
  template: TemplateSummary;
  onCreated: (projectId: string) => void;
  onCancel: () => void;
}) {
  const instantiate = useInstantiateTemplate(workspaceId);
  const [name, setName] = useState('');
  const [key, setKey] = useState('');
  const [direction, setDirection] = useState<Direction>('forwards');
  const [date, setDate] = useState(today);

  function submit(event: FormEvent) {
    event.preventDefault();
    instantiate.mutate(
      {
        templateId: template.id,
        input: {
          key: key.trim().toUpperCase(),
          name: name.trim(),
          ...(direction === 'forwards' ? { startDate: date } : { finishDate: date }),
        },
      },
      { onSuccess: (project) => onCreated(project.id) },
    );
  }

  const dateField = direction === 'forwards' ? 'startDate' : 'finishDate';
  return (
    <section className="card" aria-labelledby="from-template-title">
      <div className="card-head">
        <h2 id="from-template-title">New project from “{template.name}”</h2>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
      <form
        className="form"
        noValidate
        aria-label="New project from the template"
        onSubmit={submit}
      >
        <ProblemAlert error={instantiate.error} title="The project was not created" />
        <div className="form-row">
          <TextField
            label="Project name"
            name="name"
            required
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={fieldError(instantiate.error, 'name')}
          />
          <TextField
            label="Key"
            name="key"
            required
            hint="2–10 capitals or digits, e.g. SPR"
            value={key}
            onChange={(e) => setKey(e.target.value)}
            error={fieldError(instantiate.error, 'key')}
          />
        </div>
        <fieldset className="plan-direction">
          <legend>Plan it</legend>
          <div className="field-check">
            <input
              id="plan-forwards"
              type="radio"
              name="direction"
              checked={direction === 'forwards'}
              onChange={() => setDirection('forwards')}
            />
            <label htmlFor="plan-forwards">Forwards from a start date</label>
          </div>
          <div className="field-check">
            <input
              id="plan-backwards"
              type="radio"
              name="direction"
              checked={direction === 'backwards'}
              onChange={() => setDirection('backwards')}
            />
            <label htmlFor="plan-backwards">Backwards from a target finish date</label>
          </div>
        </fieldset>
        <div className="form-row">
          <TextField
            label={direction === 'forwards' ? 'Start date' : 'Target finish date'}
            name={dateField}
            type="date"
            required
            hint={
              direction === 'forwards'
                ? 'The first task starts on this day'
                : 'The plan is moved so that its last task finishes on this day'
            }
            value={date}
            onChange={(e) => setDate(e.target.value)}
            error={fieldError(instantiate.error, dateField)}
          />
        </div>
        <div className="form-actions">
          <Button type="submit" busy={instantiate.isPending}>
            Create project
          </Button>
        </div>
      </form>
    </section>
  );
}
