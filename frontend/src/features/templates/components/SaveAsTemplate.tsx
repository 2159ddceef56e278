import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import { useSaveAsTemplate } from '../api/save-template';
import './templates.css';

type Props = { workspaceId: string; projectId: string; projectName: string };

/** "Save as template": the project's tasks, links, milestones, assignments by team, risks and workflow. */
export function SaveAsTemplate({ workspaceId, projectId, projectName }: Props) {
  const save = useSaveAsTemplate(workspaceId, projectId);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(projectName);
  const [description, setDescription] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(
      { name: name.trim(), ...(description.trim() ? { description: description.trim() } : {}) },
      { onSuccess: () => setOpen(false) },
    );
  }

  return (
    <div className="save-as-template">
      <Button
        variant="secondary"
        aria-expanded={open}
        aria-controls={open ? 'save-as-template' : undefined}
        onClick={() => {
          setOpen(!open);
          save.reset();
        }}
      >
        Save as template
      </Button>
      {save.isSuccess && !open && (
        <p role="status" className="alert alert-success">
          Saved as the template “{save.data.name}”.
        </p>
      )}
      {open && (
        <form
          id="save-as-template"
          className="form card"
          noValidate
          aria-label="Save the project as a template"
          onSubmit={submit}
        >
          <ProblemAlert error={save.error} title="The template was not saved" />
          <div className="form-row">
            <TextField
              label="Template name"
              required
              maxLength={200}
              value={name}
              onChange={(e) => setName(e.target.value)}
              error={fieldError(save.error, 'name')}
            />
            <TextField
              label="Description"
              maxLength={2000}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              error={fieldError(save.error, 'description')}
            />
          </div>
          <div className="form-actions">
            <Button type="submit" busy={save.isPending}>
              Save template
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
