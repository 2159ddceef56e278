import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import { formatDay } from '@/lib/format';
import { useAddTimeOff } from '../api/add-time-off';
import { useTimeOff } from '../api/get-time-off';
import { useRemoveTimeOff } from '../api/remove-time-off';

type Props = { workspaceId: string; personId: string; personName: string; canManage: boolean };

/** A person's time off: their capacity is zero on these days. */
export function TimeOffPanel({ workspaceId, personId, personName, canManage }: Props) {
  const timeOff = useTimeOff(personId);
  const add = useAddTimeOff(workspaceId, personId);
  const remove = useRemoveTimeOff(workspaceId, personId);
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [reason, setReason] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate(
      {
        startDate,
        endDate: endDate || startDate,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      },
      {
        onSuccess: () => {
          setStartDate('');
          setEndDate('');
          setReason('');
        },
      },
    );
  }

  return (
    <div className="stack">
      {timeOff.isPending ? (
        <LoadingState label="Loading time off…" />
      ) : timeOff.isError ? (
        <ErrorState
          error={timeOff.error}
          title="Time off could not be loaded"
          onRetry={() => void timeOff.refetch()}
        />
      ) : timeOff.data.length === 0 ? (
        <EmptyState title={`No time off for ${personName}`} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Time off of {personName}</caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Reason</th>
                {canManage && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {timeOff.data.map((t) => (
                <tr key={t.id}>
                  <td>{formatDay(t.startDate)}</td>
                  <td>{formatDay(t.endDate)}</td>
                  <td>{t.reason ?? '—'}</td>
                  {canManage && (
                    <td className="actions">
                      <Button
                        variant="ghost"
                        className="btn-sm"
                        busy={remove.isPending && remove.variables === t.id}
                        aria-label={`Remove time off ${formatDay(t.startDate)} to ${formatDay(t.endDate)}`}
                        onClick={() => remove.mutate(t.id)}
                      >
                        Remove
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ProblemAlert error={remove.error} title="The time off could not be removed" />
      {canManage && (
        <form
          className="form"
          aria-label={`Add time off for ${personName}`}
          noValidate
          onSubmit={submit}
        >
          <ProblemAlert error={add.error} title="The time off could not be added" />
          <div className="form-row">
            <TextField
              label="First day off"
              type="date"
              required
              value={startDate}
              onChange={(e) => setStartDate(e.target.value)}
              error={fieldError(add.error, 'startDate')}
            />
            <TextField
              label="Last day off"
              type="date"
              value={endDate}
              min={startDate || undefined}
              onChange={(e) => setEndDate(e.target.value)}
              hint="Leave empty for a single day"
              error={fieldError(add.error, 'endDate')}
            />
            <TextField
              label="Reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={fieldError(add.error, 'reason')}
            />
          </div>
          <div className="form-actions">
            <Button type="submit" variant="secondary" busy={add.isPending}>
              Add time off
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
