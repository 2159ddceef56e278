import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { CopyButton } from '@/components/CopyButton';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SelectField } from '@/components/SelectField';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import { roleLabel } from '@/lib/format';
import { useAddMember, type AddMemberInput, type SentInvitation } from '../api/add-member';
import { roleOptions, toRole } from '../roles';

type Role = AddMemberInput['role'];

export function AddMemberForm({ workspaceId }: { workspaceId: string }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [added, setAdded] = useState<SentInvitation | null>(null);
  const add = useAddMember(workspaceId);

  function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    const trimmedName = name.trim();
    add.mutate(
      { email: email.trim(), role, ...(trimmedName ? { name: trimmedName } : {}) },
      {
        onSuccess: (invitation) => {
          setEmail('');
          setName('');
          setRole('member');
          setAdded(invitation);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Invite a member" className="form">
      <ProblemAlert error={add.error} />
      {added && (
        <div role="status" className="alert alert-success">
          <p>
            {added.email} was invited as {roleLabel(added.role)}. They become a member when they
            sign in and accept.
          </p>
          {added.initialPassword && (
            <p className="secret">
              If this address has no account yet, it signs in with this password, shown once:{' '}
              <code>{added.initialPassword}</code>
              <CopyButton value={added.initialPassword} label="Copy password" />
              <br />
              <span className="muted">An existing account keeps its own password.</span>
            </p>
          )}
        </div>
      )}
      <div className="form-row">
        <TextField
          label="Email"
          type="email"
          name="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(add.error, 'email')}
        />
        <TextField
          label="Name (if they have no account)"
          name="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(add.error, 'name')}
        />
        <SelectField
          label="Role"
          name="role"
          value={role}
          options={roleOptions}
          onChange={(e) => setRole(toRole(e.target.value))}
          error={fieldError(add.error, 'role')}
        />
        <div className="form-actions">
          <Button type="submit" busy={add.isPending}>
            Invite
          </Button>
        </div>
      </div>
    </form>
  );
}
