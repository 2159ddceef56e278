import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import { useCreateToken, type CreatedToken } from '../api/create-token';

type Props = { onCreated: (token: CreatedToken) => void };

/** Turns the optional "expires on" date into the end of that day in the user's time zone. */
function endOfDay(date: string): string {
  return new Date(`${date}T23:59:59`).toISOString();
}

export function CreateTokenForm({ onCreated }: Props) {
  const [name, setName] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const create = useCreateToken();

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { name: name.trim(), ...(expiresOn ? { expiresAt: endOfDay(expiresOn) } : {}) },
      {
        onSuccess: (token) => {
          setName('');
          setExpiresOn('');
          onCreated(token);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Create a token" className="form form-inline">
      <ProblemAlert error={create.error} />
      <div className="form-row">
        <TextField
          label="Token name"
          name="name"
          required
          placeholder="e.g. CI pipeline"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(create.error, 'name')}
        />
        <TextField
          label="Expires on (optional)"
          name="expiresAt"
          type="date"
          value={expiresOn}
          onChange={(e) => setExpiresOn(e.target.value)}
          error={fieldError(create.error, 'expiresAt')}
        />
        <div className="form-actions">
          <Button type="submit" busy={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create token'}
          </Button>
        </div>
      </div>
    </form>
  );
}
