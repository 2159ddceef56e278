import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { fieldError } from '@/lib/api/problem';
import { useEscalateRisk } from '../api/escalate-risk';
import { TextAreaField } from './TextAreaField';

type Props = { projectId: string; riskId: string; workspaceId: string; level: number };

/** Moves the risk one level up or down the workspace's ladder, with the reason on record. */
export function EscalateForm({ projectId, riskId, workspaceId, level }: Props) {
  const escalate = useEscalateRisk(projectId, riskId, workspaceId);
  const [reason, setReason] = useState('');
  const [direction, setDirection] = useState<'up' | 'down'>('up');
  const [done, setDone] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    escalate.mutate(
      { direction, reason: reason.trim() },
      {
        onSuccess: (e) => {
          setReason('');
          setDone(
            e.level === 0
              ? 'De-escalated: no longer escalated.'
              : `Now at level ${e.level}${e.levelName ? ` (${e.levelName})` : ''}.`,
          );
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Escalate the risk" className="form">
      <ProblemAlert error={escalate.error} title="The risk was not moved" />
      {done && (
        <p className="notice notice-success" role="status">
          {done}
        </p>
      )}
      <TextAreaField
        label="Reason"
        required
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={fieldError(escalate.error, 'reason')}
      />
      <div className="form-actions">
        <Button
          type="submit"
          busy={escalate.isPending && direction === 'up'}
          onClick={() => setDirection('up')}
        >
          Escalate
        </Button>
        <Button
          type="submit"
          variant="secondary"
          disabled={level === 0}
          busy={escalate.isPending && direction === 'down'}
          onClick={() => setDirection('down')}
        >
          De-escalate
        </Button>
      </div>
    </form>
  );
}
