import { useMemo, useState } from 'react';
import { useOutletContext } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { useMilestones } from '@/features/milestones/api/get-milestones';
import { useCreateDependency } from '@/features/planning/api/create-dependency';
import { useDependencies } from '@/features/planning/api/get-dependencies';
import { useSchedule } from '@/features/planning/api/get-schedule';
import { useTasks } from '@/features/planning/api/get-tasks';
import { useUpdateTask } from '@/features/planning/api/update-task';
import { useWorkCalendar } from '@/features/planning/api/get-work-calendar';
import { PlanProblem } from '@/features/planning/components/PlanProblem';
import { ExplainPanel } from '@/features/planning/components/ExplainPanel';
import { Gantt } from '@/features/planning/components/Gantt';
import { SaveBaselineButton } from '@/features/planning/components/SaveBaselineButton';
import { WorkCalendarNotice } from '@/features/planning/components/WorkCalendarNotice';
import { buildWbs } from '@/features/planning/wbs';
import { formatDay, plural } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';
import { canPlanIn } from '../permissions';
import type { ProjectContext } from './ProjectRoute';
import { useTaskLabels } from './use-task-labels';

export function TimelineRoute() {
  const { projectId, projectKey, workspaceId, calendarId } = useOutletContext<ProjectContext>();
  const { memberships } = useCurrentWorkspace();
  const canPlan = canPlanIn(memberships, workspaceId);
  usePageTitle(`${projectKey} timeline`);
  const tasks = useTasks(projectId);
  const schedule = useSchedule(projectId);
  const dependencies = useDependencies(projectId);
  const milestones = useMilestones(projectId);
  const [selected, setSelected] = useState<string | null>(null);
  const update = useUpdateTask(projectId);
  const link = useCreateDependency(projectId);
  const taskLabel = useTaskLabels(projectId);
  const workCalendar = useWorkCalendar(workspaceId, calendarId);
  const rows = useMemo(
    () => buildWbs(tasks.data ?? [], schedule.data?.tasks, schedule.data?.drivingPath),
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
        <div className="card-head">
          <h2 id="timeline-title">Timeline</h2>
          {canPlan && <SaveBaselineButton projectId={projectId} />}
        </div>
        <PlanProblem error={update.error} title="The change was not saved" taskLabel={taskLabel} />
        <PlanProblem
          error={link.error}
          title="The dependency was not added"
          taskLabel={taskLabel}
        />
        {link.isSuccess && link.variables && (
          <p role="status" className="alert alert-success">
            Linked {taskLabel(link.variables.predecessorId)} →{' '}
            {taskLabel(link.variables.successorId)} ({link.variables.type?.toUpperCase()}); the
            schedule is updated.
          </p>
        )}
        <p className="muted">
          Finish {formatDay(schedule.data.finish)} ·{' '}
          {plural((schedule.data.drivingPath ?? schedule.data.criticalPath).length, 'task')} on the
          driving path that sets it. Choose a task to see what drives its dates; drag a bar to move
          it or its end to change the duration
          {canPlan && (
            <>
              , or from the dot at a bar&rsquo;s start or finish to another bar to link them (the
              Plan tab adds links with the keyboard)
            </>
          )}
          .
        </p>
        <WorkCalendarNotice status={workCalendar.status} error={workCalendar.error} />
        <Gantt
          calendar={workCalendar.calendar}
          rows={rows}
          dependencies={dependencies.data}
          milestones={milestones.data ?? []}
          selectedTaskId={selected}
          onSelectTask={setSelected}
          {...(canPlan
            ? {
                onResizeTask: (task, durationDays) => {
                  link.reset();
                  update.mutate({ task, patch: { durationDays } });
                },
                onMoveTask: (task, startDate) => {
                  link.reset();
                  update.mutate({
                    task,
                    patch: { constraintType: 'snet', constraintDate: startDate },
                  });
                },
                onLinkTasks: (predecessor, successor, type) => {
                  update.reset();
                  link.mutate({
                    predecessorId: predecessor.id,
                    successorId: successor.id,
                    type,
                    lagDays: 0,
                  });
                },
              }
            : {})}
        />
      </section>
      {selectedRow && (
        <ExplainPanel
          key={selectedRow.task.id}
          taskId={selectedRow.task.id}
          title={`${selectedRow.task.key} ${selectedRow.task.title}`}
          schedule={selectedRow.schedule}
          onClose={() => setSelected(null)}
          onSelectTask={setSelected}
          canSelect={(id) => rows.some((r) => r.task.id === id)}
        />
      )}
    </div>
  );
}
