import { ProblemAlert } from '@/components/ProblemAlert';
import { ErrorState, LoadingState } from '@/components/States';
import { usePerson } from '../api/get-person';
import { isStale, STALE_MESSAGE } from '../api/precondition';
import { useUpdatePerson } from '../api/update-person';
import { PersonForm, personFields } from './PersonForm';

type Props = {
  workspaceId: string;
  personId: string;
  teams: ReadonlyArray<{ id: string; name: string }>;
  calendars: ReadonlyArray<{ id: string; name: string; isDefault: boolean }>;
  onDone: () => void;
};

/** Edits a person under If-Match: a change someone else saved first is shown, never overwritten. */
export function PersonEditor({ workspaceId, personId, teams, calendars, onDone }: Props) {
  const person = usePerson(personId);
  const update = useUpdatePerson(workspaceId);
  if (person.isPending) return <LoadingState label="Loading the person…" />;
  if (person.isError) {
    return (
      <ErrorState
        error={person.error}
        title="The person could not be loaded"
        onRetry={() => void person.refetch()}
      />
    );
  }
  const { data, etag } = person.data;
  const stale = isStale(update.error);
  return (
    <div className="stack">
      {stale ? (
        <p role="alert" className="alert alert-error">
          {STALE_MESSAGE}
        </p>
      ) : (
        <ProblemAlert error={update.error} title="The person could not be saved" />
      )}
      <PersonForm
        // A fresh ETag (after a save or a 412 reload) starts the form from the stored values.
        key={etag ?? data.updatedAt}
        label={`Edit ${data.name}`}
        submitLabel="Save person"
        initial={{
          name: data.name,
          email: data.email ?? '',
          teamId: data.teamId ?? '',
          calendarId: data.calendarId ?? '',
          maxUnits: String(data.maxUnits),
        }}
        teams={teams}
        calendars={calendars}
        busy={update.isPending}
        error={stale ? null : update.error}
        onSubmit={(values) =>
          update.mutate({ personId, etag, patch: personFields(values) }, { onSuccess: onDone })
        }
        onCancel={onDone}
      />
    </div>
  );
}
