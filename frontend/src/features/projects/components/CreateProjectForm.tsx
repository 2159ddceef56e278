import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import { today } from '@/lib/clock';
import { useCreateProject, type CreateProjectInput } from '../api/create-project';

type Props = { workspaceId: string; onCreated?: (projectId: string) => void };

export function CreateProjectForm({ workspaceId, onCreated }: Props) {
  const create = useCreateProject(workspaceId);
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [startDate, setStartDate] = useState(today);
  const [targetFinishDate, setTargetFinishDate] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const input: CreateProjectInput = {
      key: key.trim().toUpperCase(),
      name: name.trim(),
      startDate,
      status: 'planned',
      ...(targetFinishDate ? { targetFinishDate } : {}),
    };
    create.mutate(input, { onSuccess: (project) => onCreated?.(project.id) });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Create a project" className="form">
      <ProblemAlert error={create.error} title="The project was not created" />
      <div className="form-row">
        <TextField
          label="Key"
          name="key"
          required
          hint="2–10 capitals or digits, e.g. WEB"
          value={key}
          onChange={(e) => setKey(e.target.value)}
          error={fieldError(create.error, 'key')}
        />
        <TextField
          label="Project name"
          name="name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(create.error, 'name')}
        />
        <TextField
          label="Start date"
          name="startDate"
          type="date"
          required
          value={startDate}
          onChange={(e) => setStartDate(e.target.value)}
          error={fieldError(create.error, 'startDate')}
        />
        <TextField
          label="Target finish"
          name="targetFinishDate"
          type="date"
          value={targetFinishDate}
          onChange={(e) => setTargetFinishDate(e.target.value)}
          error={fieldError(create.error, 'targetFinishDate')}
        />
        <div className="form-actions">
          <Button type="submit" busy={create.isPending}>
            Create project
          </Button>
        </div>
      </div>
    </form>
  );
}
