import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import type { Calendar } from '../api/get-calendars';
import { useCreatePerson } from '../api/create-person';
import { useDeletePerson } from '../api/delete-person';
import { peopleQueryOptions, type Person } from '../api/get-people';
import type { Team } from '../api/get-teams';
import { ConfirmDelete } from './ConfirmDelete';
import { PersonEditor } from './PersonEditor';
import { PersonForm, personFields } from './PersonForm';
import { TimeOffPanel } from './TimeOffPanel';

type Props = { workspaceId: string; canManage: boolean; teams: Team[]; calendars: Calendar[] };

type Open = { personId: string; view: 'edit' | 'time-off' } | null;

const emptyPerson = { name: '', email: '', teamId: '', calendarId: '', maxUnits: '1' };

export function PeopleSection({ workspaceId, canManage, teams, calendars }: Props) {
  const people = useQuery(peopleQueryOptions(workspaceId));
  const create = useCreatePerson(workspaceId);
  const remove = useDeletePerson(workspaceId);
  const [open, setOpen] = useState<Open>(null);
  const [formKey, setFormKey] = useState(0);
  const teamName = new Map(teams.map((t) => [t.id, t.name]));
  const calendarName = new Map(calendars.map((c) => [c.id, c.name]));
  const sorted = [...(people.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const openPerson = open ? sorted.find((p) => p.id === open.personId) : undefined;

  function row(person: Person) {
    return (
      <tr key={person.id} aria-current={open?.personId === person.id ? 'true' : undefined}>
        <th scope="row">{person.name}</th>
        <td className="email">{person.email ?? '—'}</td>
        <td>{(person.teamId && teamName.get(person.teamId)) ?? '—'}</td>
        <td>{(person.calendarId && calendarName.get(person.calendarId)) ?? 'Default'}</td>
        <td>{Math.round(person.maxUnits * 100)}%</td>
        <td className="actions">
          {canManage && (
            <Button
              variant="ghost"
              className="btn-sm"
              aria-label={`Edit ${person.name}`}
              onClick={() => setOpen({ personId: person.id, view: 'edit' })}
            >
              Edit
            </Button>
          )}
          <Button
            variant="ghost"
            className="btn-sm"
            aria-label={`Time off of ${person.name}`}
            onClick={() => setOpen({ personId: person.id, view: 'time-off' })}
          >
            Time off
          </Button>
          {canManage && (
            <ConfirmDelete
              name={person.name}
              consequence={`${person.name} and their time off are deleted; their task assignments go too.`}
              busy={remove.isPending}
              error={remove.variables === person.id ? remove.error : null}
              onConfirm={() =>
                remove.mutate(person.id, {
                  onSuccess: () => setOpen((o) => (o?.personId === person.id ? null : o)),
                })
              }
            />
          )}
        </td>
      </tr>
    );
  }

  return (
    <section className="card" aria-labelledby="people-title">
      <h2 id="people-title">People</h2>
      {people.isPending ? (
        <LoadingState label="Loading people…" />
      ) : people.isError ? (
        <ErrorState
          error={people.error}
          title="People could not be loaded"
          onRetry={() => void people.refetch()}
        />
      ) : sorted.length === 0 ? (
        <EmptyState title="No people yet">
          <p className="muted">Add the people whose time your projects book.</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">People of the workspace</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Team</th>
                <th scope="col">Calendar</th>
                <th scope="col">Capacity</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>{sorted.map(row)}</tbody>
          </table>
        </div>
      )}

      {open && openPerson && (
        <section className="subsection" aria-labelledby="person-detail-title">
          <h3 id="person-detail-title">
            {open.view === 'edit' ? `Edit ${openPerson.name}` : `Time off of ${openPerson.name}`}
          </h3>
          {open.view === 'edit' ? (
            <PersonEditor
              key={openPerson.id}
              workspaceId={workspaceId}
              personId={openPerson.id}
              teams={teams}
              calendars={calendars}
              onDone={() => setOpen(null)}
            />
          ) : (
            <TimeOffPanel
              key={openPerson.id}
              workspaceId={workspaceId}
              personId={openPerson.id}
              personName={openPerson.name}
              canManage={canManage}
            />
          )}
          {open.view === 'time-off' && (
            <Button variant="ghost" onClick={() => setOpen(null)}>
              Close time off
            </Button>
          )}
        </section>
      )}

      {canManage && (
        <section className="subsection" aria-labelledby="add-person-title">
          <h3 id="add-person-title">Add a person</h3>
          <ProblemAlert error={create.error} title="The person could not be added" />
          <PersonForm
            key={formKey}
            label="Add a person"
            submitLabel="Add person"
            initial={emptyPerson}
            teams={teams}
            calendars={calendars}
            busy={create.isPending}
            error={create.error}
            existingNames={(people.data ?? []).map((p) => p.name)}
            onSubmit={(values) => {
              const { email, teamId, calendarId, ...rest } = personFields(values);
              create.mutate(
                {
                  ...rest,
                  ...(email ? { email } : {}),
                  ...(teamId ? { teamId } : {}),
                  ...(calendarId ? { calendarId } : {}),
                },
                { onSuccess: () => setFormKey((k) => k + 1) },
              );
            }}
          />
        </section>
      )}
    </section>
  );
}
