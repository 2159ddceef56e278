import { plural } from '@/lib/format';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import { useCreateTeam } from '../api/create-team';
import { useDeleteTeam } from '../api/delete-team';
import { useTeam } from '../api/get-team';
import type { Team } from '../api/get-teams';
import { isStale, STALE_MESSAGE } from '../api/precondition';
import { useUpdateTeam } from '../api/update-team';
import { ConfirmDelete } from './ConfirmDelete';

type Props = {
  workspaceId: string;
  canManage: boolean;
  teams: { data: Team[] | undefined; isPending: boolean; error: unknown; refetch: () => void };
  headcount: (teamId: string) => number;
};

export function TeamsSection({ workspaceId, canManage, teams, headcount }: Props) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const remove = useDeleteTeam(workspaceId);
  const sorted = [...(teams.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section className="card" aria-labelledby="teams-title">
      <h2 id="teams-title">Teams</h2>
      {teams.isPending ? (
        <LoadingState label="Loading teams…" />
      ) : teams.error ? (
        <ErrorState error={teams.error} title="Teams could not be loaded" onRetry={teams.refetch} />
      ) : sorted.length === 0 ? (
        <EmptyState title="No teams yet" />
      ) : (
        <ul className="team-list">
          {sorted.map((team) => (
            <li key={team.id}>
              {renaming === team.id ? (
                <RenameTeamForm
                  workspaceId={workspaceId}
                  teamId={team.id}
                  onDone={() => setRenaming(null)}
                />
              ) : (
                <div className="team-row">
                  <span>
                    <strong>{team.name}</strong>{' '}
                    <span className="muted">
                      · {plural(headcount(team.id), 'person', 'people')}
                      {team.description ? ` · ${team.description}` : ''}
                    </span>
                  </span>
                  {canManage && (
                    <span className="actions">
                      <Button
                        variant="ghost"
                        className="btn-sm"
                        aria-label={`Rename ${team.name}`}
                        onClick={() => setRenaming(team.id)}
                      >
                        Rename
                      </Button>
                      <ConfirmDelete
                        name={team.name}
                        consequence={`The team ${team.name} is deleted; its people stay, without a team.`}
                        busy={remove.isPending}
                        error={remove.variables === team.id ? remove.error : null}
                        onConfirm={() => remove.mutate(team.id)}
                      />
                    </span>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && <CreateTeamForm workspaceId={workspaceId} />}
    </section>
  );
}

function CreateTeamForm({ workspaceId }: { workspaceId: string }) {
  const create = useCreateTeam(workspaceId);
  const [name, setName] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    const submitted = name;
    create.mutate(
      { name: submitted.trim() },
      { onSuccess: () => setName((current) => (current === submitted ? '' : current)) },
    );
  }
  return (
    <form className="form" aria-label="Add a team" noValidate onSubmit={submit}>
      <ProblemAlert error={create.error} title="The team could not be added" />
      <div className="form-row">
        <TextField
          label="New team"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(create.error, 'name')}
        />
        <div className="form-actions">
          <Button type="submit" variant="secondary" busy={create.isPending}>
            Add team
          </Button>
        </div>
      </div>
    </form>
  );
}

function RenameTeamForm({
  workspaceId,
  teamId,
  onDone,
}: {
  workspaceId: string;
  teamId: string;
  onDone: () => void;
}) {
  const team = useTeam(teamId);
  const update = useUpdateTeam(workspaceId);
  const [draft, setDraft] = useState<string | null>(null);
  if (team.isPending) return <LoadingState label="Loading the team…" />;
  if (team.isError) {
    return (
      <ErrorState
        error={team.error}
        title="The team could not be loaded"
        onRetry={() => void team.refetch()}
      />
    );
  }
  const { data, etag } = team.data;
  const name = draft ?? data.name;
  const stale = isStale(update.error);
  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate(
      { teamId, etag, patch: { name: name.trim() } },
      {
        onSuccess: onDone,
        onError: (error) => (isStale(error) ? setDraft(null) : undefined),
      },
    );
  }
  return (
    <form className="form" aria-label={`Rename ${data.name}`} noValidate onSubmit={submit}>
      {stale ? (
        <p role="alert" className="alert alert-error">
          {STALE_MESSAGE}
        </p>
      ) : (
        <ProblemAlert error={update.error} title="The team could not be renamed" />
      )}
      <div className="form-row">
        <TextField
          label="Team name"
          required
          value={name}
          onChange={(e) => setDraft(e.target.value)}
          error={stale ? undefined : fieldError(update.error, 'name')}
        />
        <div className="form-actions">
          <Button type="submit" variant="secondary" busy={update.isPending}>
            Save team
          </Button>
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        </div>
      </div>
    </form>
  );
}
