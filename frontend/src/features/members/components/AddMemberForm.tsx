import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { CopyButton } from '@/components/CopyButton';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SelectField } from '@/components/SelectField';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import { roleLabel } from '@/lib/format';
import { useAddMember, type AddMemberInput, type SentInvitation } from '../api/add-member';
import { useAddMemberPerson } from '../api/add-member-person';
import { roleOptions, toRole } from '../roles';

type Role = AddMemberInput['role'];

export function AddMemberForm({ workspaceId }: { workspaceId: string }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [added, setAdded] = useState<SentInvitation | null>(null);
  const add = useAddMember(workspaceId);
  const [withPerson, setWithPerson] = useState(true);
  const person = useAddMemberPerson(workspaceId);

  function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    person.reset();
    const trimmedName = name.trim();
    const trimmedEmail = email.trim();
    add.mutate(
      { email: email.trim(), role, ...(trimmedName ? { name: trimmedName } : {}) },
      {
        onSuccess: (invitation) => {
          setEmail('');
          setName('');
          setRole('member');
          setAdded(invitation);
          if (withPerson)
            person.mutate({
              email: trimmedEmail,
              // without a name, the address's local part until someone edits the person
              name: trimmedName || trimmedEmail.split('@')[0] || trimmedEmail,
            });
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Invite a member" className="form">
      <ProblemAlert error={add.error} />
      <ProblemAlert error={person.error} title="The invitation was sent, but no person was added" />
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
          {person.data?.kind === 'created' && (
            <p>{person.data.name} was added to People, so work can be assigned to them.</p>
          )}
          {person.data?.kind === 'existing' && (
            <p>Someone in People already has this address; that person record is theirs.</p>
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
        <div className="field field-check">
          <label>
            <input
              type="checkbox"
              checked={withPerson}
              onChange={(e) => setWithPerson(e.target.checked)}
            />{' '}
            Also add them to People (to assign work)
          </label>
        </div>
        <div className="form-actions">
          <Button type="submit" busy={add.isPending || person.isPending}>
            Invite
          </Button>
        </div>
      </div>
    </form>
  );
}
