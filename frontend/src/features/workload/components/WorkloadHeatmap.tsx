import { findAbsence, type AbsenceSources } from '../absence';
import type { PersonWorkload } from '../api/get-workload';
import { cellLabel, cellText, hasSpike, loadLevel, type WorkloadPeriod } from '../utilization';
import { formatDayMonth } from '../weeks';

export type TeamName = { id: string; name: string };
export type SelectedCell = { personId: string; start: string };

type Props = {
  people: PersonWorkload[];
  teams: TeamName[];
  selected: SelectedCell | null;
  /** Time off and calendar holidays per person, to say why a week has no capacity. */
  absences?: ReadonlyMap<string, AbsenceSources>;
  onSelect: (person: PersonWorkload, period: WorkloadPeriod) => void;
};

type Group = { id: string; name: string; people: PersonWorkload[] };

function groupByTeam(people: PersonWorkload[], teams: TeamName[]): Group[] {
  const names = new Map(teams.map((t) => [t.id, t.name]));
  const groups = new Map<string, Group>();
  for (const person of people) {
    const id = person.teamId && names.has(person.teamId) ? person.teamId : '';
    const group = groups.get(id) ?? { id, name: names.get(id) ?? 'No team', people: [] };
    group.people.push(person);
    groups.set(id, group);
  }
  // Teams by name, people without a team last.
  return [...groups.values()].sort((a, b) =>
    a.id === '' ? 1 : b.id === '' ? -1 : a.name.localeCompare(b.name),
  );
}

/** People (grouped by team) × weeks, each cell a button coloured by utilisation. */
export function WorkloadHeatmap({ people, teams, selected, absences, onSelect }: Props) {
  const weeks = people[0]?.periods.map((p) => p.start) ?? [];
  const groups = groupByTeam(people, teams);
  return (
    <div className="table-wrap heatmap-wrap">
      <table className="heatmap">
        <caption className="visually-hidden">
          Weekly workload per person: booked hours as a share of capacity
        </caption>
        <thead>
          <tr>
            <th scope="col" className="heatmap-person">
              Person
            </th>
            {weeks.map((week) => (
              <th scope="col" key={week}>
                {formatDayMonth(week)}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.id}>
            <tr className="heatmap-team">
              <th scope="colgroup" colSpan={weeks.length + 1}>
                {group.name} <span className="muted">· {group.people.length}</span>
              </th>
            </tr>
            {group.people.map((person) => (
              <tr key={person.personId}>
                <th scope="row" className="heatmap-person">
                  {person.name}
                </th>
                {person.periods.map((period) => {
                  const isSelected =
                    selected?.personId === person.personId && selected.start === period.start;
                  const absence =
                    period.capacityHours <= 0
                      ? findAbsence(absences?.get(person.personId), period.start)
                      : undefined;
                  return (
                    <td key={period.start}>
                      <button
                        type="button"
                        className={`heat heat-${loadLevel(period)}${hasSpike(period) ? ' heat-spike' : ''}`}
                        aria-label={cellLabel(
                          person.name,
                          formatDayMonth(period.start),
                          period,
                          absence,
                        )}
                        aria-pressed={isSelected}
                        onClick={() => onSelect(person, period)}
                      >
                        {cellText(period, absence)}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

export function HeatmapLegend() {
  return (
    <ul className="heat-legend" aria-label="Legend">
      <li>
        <span className="heat-swatch heat-light" aria-hidden="true" /> under 60%
      </li>
      <li>
        <span className="heat-swatch heat-booked" aria-hidden="true" /> 60–100%
      </li>
      <li>
        <span className="heat-swatch heat-over" aria-hidden="true" /> over 100%
      </li>
      <li>
        <span className="heat-swatch heat-over-high" aria-hidden="true" /> 120% and more
      </li>
      <li>
        <span className="heat-swatch heat-off" aria-hidden="true" /> no capacity: Away (time off),
        Holiday, Off
      </li>
      <li>
        <span className="heat-swatch heat-light heat-spike" aria-hidden="true" /> a day over
        capacity inside the week
      </li>
    </ul>
  );
}
