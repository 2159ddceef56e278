import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import { useCreateWorkspace } from '../api/create-workspace';

type Props = { onCreated: (workspaceId: string) => void };

export function CreateWorkspaceForm({ onCreated }: Props) {
  const [name, setName] = useState('');
  const create = useCreateWorkspace();

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { name: name.trim() },
      {
        onSuccess: (workspace) => {
          setName('');
          onCreated(workspace.id);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Create a workspace" className="form">
      <ProblemAlert error={create.error} />
      <div className="form-row">
        <TextField
          label="New workspace name"
          name="name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(create.error, 'name')}
        />
        <div className="form-actions">
          <Button type="submit" variant="secondary" busy={create.isPending}>
            Create workspace
          </Button>
        </div>
      </div>
    </form>
  );
}
