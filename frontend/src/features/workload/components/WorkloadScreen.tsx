import { useState } from 'react';
import { Button } from '@/components/Button';
import { SelectField } from '@/components/SelectField';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { findAbsence, type AbsenceSources } from '../absence';
import { useWorkload, type PersonWorkload } from '../api/get-workload';
import type { WorkloadPeriod } from '../utilization';
import { today } from '@/lib/clock';
import { addDays, formatDayMonth, mondayOf } from '../weeks';
import { CellPanel } from './CellPanel';
import { LevelPanel } from './LevelPanel';
import { HeatmapLegend, WorkloadHeatmap, type TeamName } from './WorkloadHeatmap';
import './workload.css';

const WEEKS = 12;

type Props = {
  workspaceId: string;
  teams: TeamName[];
  projects: ReadonlyArray<{ id: string; key: string; name: string }>;
  canLevel: boolean;
  absences?: ReadonlyMap<string, AbsenceSources>;
};

export function WorkloadScreen({ workspaceId, teams, projects, canLevel, absences }: Props) {
  const [from, setFrom] = useState(() => mondayOf(today()));
  const [teamId, setTeamId] = useState('');
  const [selected, setSelected] = useState<{
    person: PersonWorkload;
    period: WorkloadPeriod;
  } | null>(null);
  const to = addDays(from, WEEKS * 7 - 1);
  const workload = useWorkload({ workspaceId, from, to, granularity: 'week' });
  const people = (workload.data?.people ?? []).filter((p) => teamId === '' || p.teamId === teamId);
  const names = new Map((workload.data?.people ?? []).map((p) => [p.personId, p.name]));
  const personName = (id: string) => names.get(id) ?? 'Someone';
  // Keep the panel in step with a refreshed heatmap (after levelling the numbers change).
  const selectedPerson = selected
    ? workload.data?.people.find((p) => p.personId === selected.person.personId)
    : undefined;
  const selectedPeriod = selectedPerson?.periods.find((p) => p.start === selected?.period.start);

  return (
    <div className="stack">
      <section className="card" aria-labelledby="heatmap-title">
        <div className="heatmap-toolbar">
          <h2 id="heatmap-title">
            {formatDayMonth(from)} – {formatDayMonth(to)}
          </h2>
          <SelectField
            label="Team"
            value={teamId}
            onChange={(e) => setTeamId(e.target.value)}
            options={[
              { value: '', label: 'All teams' },
              ...[...teams]
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((t) => ({ value: t.id, label: t.name })),
            ]}
          />
          <div className="heatmap-nav" role="group" aria-label="Weeks shown">
            <Button
              variant="secondary"
              className="btn-sm"
              onClick={() => setFrom(addDays(from, -28))}
            >
              Earlier
            </Button>
            <Button
              variant="secondary"
              className="btn-sm"
              onClick={() => setFrom(mondayOf(today()))}
            >
              This week
            </Button>
            <Button
              variant="secondary"
              className="btn-sm"
              onClick={() => setFrom(addDays(from, 28))}
            >
              Later
            </Button>
          </div>
        </div>
        <HeatmapLegend />
        {workload.isPending ? (
          <LoadingState label="Loading the workload…" />
        ) : workload.isError ? (
          <ErrorState
            error={workload.error}
            title="The workload could not be loaded"
            onRetry={() => void workload.refetch()}
          />
        ) : people.length === 0 ? (
          <EmptyState title={teamId ? 'Nobody in this team' : 'No people yet'}>
            <p className="muted">Add people on the People screen to see their workload.</p>
          </EmptyState>
        ) : (
          <div className="heatmap-layout">
            <WorkloadHeatmap
              people={people}
              teams={teams}
              absences={absences}
              selected={
                selected
                  ? { personId: selected.person.personId, start: selected.period.start }
                  : null
              }
              onSelect={(person, period) => setSelected({ person, period })}
            />
            {selected && selectedPerson && selectedPeriod && (
              <CellPanel
                key={`${selectedPerson.personId}-${selectedPeriod.start}`}
                workspaceId={workspaceId}
                person={selectedPerson}
                period={selectedPeriod}
                absence={
                  selectedPeriod.capacityHours <= 0
                    ? findAbsence(absences?.get(selectedPerson.personId), selectedPeriod.start)
                    : undefined
                }
                onClose={() => setSelected(null)}
              />
            )}
          </div>
        )}
      </section>
      {canLevel && (
        <LevelPanel workspaceId={workspaceId} projects={projects} personName={personName} />
      )}
    </div>
  );
}
