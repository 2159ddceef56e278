import { useMemo, useState } from 'react';
import { useOutletContext } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { useMilestones } from '@/features/milestones/api/get-milestones';
import { useDependencies } from '@/features/planning/api/get-dependencies';
import { useSchedule } from '@/features/planning/api/get-schedule';
import { useTasks } from '@/features/planning/api/get-tasks';
import { ExplainPanel } from '@/features/planning/components/ExplainPanel';
import { Gantt } from '@/features/planning/components/Gantt';
import { buildWbs } from '@/features/planning/wbs';
import { usePageTitle } from '@/lib/use-page-title';
import type { ProjectContext } from './ProjectRoute';

export function TimelineRoute() {
  const { projectId, projectKey } = useOutletContext<ProjectContext>();
  usePageTitle(`${projectKey} timeline`);
  const tasks = useTasks(projectId);
  const schedule = useSchedule(projectId);
  const dependencies = useDependencies(projectId);
  const milestones = useMilestones(projectId);
  const [selected, setSelected] = useState<string | null>(null);
  const rows = useMemo(
    () => buildWbs(tasks.data ?? [], schedule.data?.tasks),
    [tasks.data, schedule.data],
  );

  const failed = [tasks, schedule, dependencies].find((q) => q.isError);
  if (failed)
    return (
      <ErrorState
        error={failed.error}
        title="The timeline could not be loaded"
        onRetry={() => void failed.refetch()}
      />
    );
  if (!tasks.data || !schedule.data || !dependencies.data)
    return <LoadingState label="Loading the timeline…" />;
  if (rows.length === 0)
    return (
      <EmptyState title="Nothing to draw yet">
        <p className="muted">Add tasks on the Plan tab and they appear here.</p>
      </EmptyState>
    );
  const selectedRow = rows.find((r) => r.task.id === selected);
  return (
    <div className={selectedRow ? 'timeline-layout with-panel' : 'timeline-layout'}>
      <section className="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        <p className="muted">
          Finish {schedule.data.finish ? schedule.data.finish.slice(0, 10) : '—'} ·{' '}
          {schedule.data.criticalPath.length} tasks on the critical path. Choose a task to see what
          drives its dates.
        </p>
        <Gantt
          rows={rows}
          dependencies={dependencies.data}
          milestones={milestones.data ?? []}
          selectedTaskId={selected}
          onSelectTask={setSelected}
        />
      </section>
      {selectedRow && (
        <ExplainPanel
          key={selectedRow.task.id}
          taskId={selectedRow.task.id}
          title={`${selectedRow.task.key} ${selectedRow.task.title}`}
          schedule={selectedRow.schedule}
          onClose={() => setSelected(null)}
        />
      )}
    </div>
  );
}
