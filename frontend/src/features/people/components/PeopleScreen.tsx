import { useQuery } from '@tanstack/react-query';
import { calendarsQueryOptions } from '../api/get-calendars';
import { peopleQueryOptions } from '../api/get-people';
import { teamsQueryOptions } from '../api/get-teams';
import { CalendarsSection } from './CalendarsSection';
import { PeopleSection } from './PeopleSection';
import { TeamsSection } from './TeamsSection';
import './people.css';

/** People, teams and calendars of a workspace; admins and owners change them, others read. */
export function PeopleScreen({
  workspaceId,
  canManage,
}: {
  workspaceId: string;
  canManage: boolean;
}) {
  const teams = useQuery(teamsQueryOptions(workspaceId));
  const calendars = useQuery(calendarsQueryOptions(workspaceId));
  const people = useQuery(peopleQueryOptions(workspaceId));
  const headcount = (teamId: string) =>
    (people.data ?? []).filter((p) => p.teamId === teamId).length;
  return (
    <div className="stack">
      <PeopleSection
        workspaceId={workspaceId}
        canManage={canManage}
        teams={teams.data ?? []}
        calendars={calendars.data ?? []}
      />
      <TeamsSection
        workspaceId={workspaceId}
        canManage={canManage}
        teams={{ ...teams, refetch: () => void teams.refetch() }}
        headcount={headcount}
      />
      <CalendarsSection
        workspaceId={workspaceId}
        canManage={canManage}
        calendars={{ ...calendars, refetch: () => void calendars.refetch() }}
      />
    </div>
  );
}
