import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import { useRegister, type RegisterInput } from '../api/register';

type Props = { onRegistered: (workspaceId: string) => void };

const empty: RegisterInput = { name: '', email: '', password: '', workspaceName: '' };

export function RegisterForm({ onRegistered }: Props) {
  const [values, setValues] = useState<RegisterInput>(empty);
  const registration = useRegister();

  function update(field: keyof RegisterInput) {
    return (e: React.ChangeEvent<HTMLInputElement>) =>
      setValues((v) => ({ ...v, [field]: e.target.value }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    registration.mutate(
      {
        ...values,
        name: values.name.trim(),
        email: values.email.trim(),
        workspaceName: values.workspaceName.trim(),
      },
      { onSuccess: (created) => onRegistered(created.workspace.id) },
    );
  }

  const error = registration.error;
  return (
    <form onSubmit={submit} noValidate aria-label="Create your account" className="form">
      <ProblemAlert error={error} />
      <TextField
        label="Your name"
        name="name"
        autoComplete="name"
        required
        value={values.name}
        onChange={update('name')}
        error={fieldError(error, 'name')}
      />
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="email"
        required
        value={values.email}
        onChange={update('email')}
        error={fieldError(error, 'email')}
      />
      <TextField
        label="Password"
        type="password"
        name="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters."
        value={values.password}
        onChange={update('password')}
        error={fieldError(error, 'password')}
      />
      <TextField
        label="Workspace name"
        name="workspaceName"
        autoComplete="organization"
        required
        hint="Your team or company; you can invite people to it later."
        value={values.workspaceName}
        onChange={update('workspaceName')}
        error={fieldError(error, 'workspaceName')}
      />
      <Button type="submit" busy={registration.isPending} className="btn-block">
        {registration.isPending ? 'Creating account…' : 'Create account'}
      </Button>
    </form>
  );
}
