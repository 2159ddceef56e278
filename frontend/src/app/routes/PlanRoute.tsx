import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useOutletContext } from 'react-router';
import { ErrorState, LoadingState } from '@/components/States';
import { CsvImportDialog } from '@/features/csv-import/components/CsvImportDialog';
import { usePeopleNames } from '@/features/people/api/get-people';
import { useSchedule } from '@/features/planning/api/get-schedule';
import { useTasks } from '@/features/planning/api/get-tasks';
import { refreshPlan } from '@/features/planning/api/plan-changed';
import { AddDependencyForm } from '@/features/planning/components/AddDependencyForm';
import { AddTaskForm } from '@/features/planning/components/AddTaskForm';
import { ExplainPanel } from '@/features/planning/components/ExplainPanel';
import { PlanTable } from '@/features/planning/components/PlanTable';
import { QuickAddForm } from '@/features/planning/components/QuickAddForm';
import { WhatIfPanel } from '@/features/planning/components/WhatIfPanel';
import { buildWbs } from '@/features/planning/wbs';
import { TaskDetail } from '@/features/task-detail/components/TaskDetail';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';
import { canPlanIn, canReportIn } from '../permissions';
import type { ProjectContext } from './ProjectRoute';
import { useTaskLabels } from './use-task-labels';

export function PlanRoute() {
  const { projectId, workspaceId, projectKey } = useOutletContext<ProjectContext>();
  usePageTitle(`${projectKey} plan`);
  const { memberships } = useCurrentWorkspace();
  const canPlan = canPlanIn(memberships, workspaceId);
  const queryClient = useQueryClient();
  const tasks = useTasks(projectId);
  const schedule = useSchedule(projectId);
  const people = usePeopleNames(workspaceId);
  const taskLabel = useTaskLabels(projectId);
  const personName = useCallback((id: string) => people.data?.get(id) ?? '…', [people.data]);
  const assignable = useMemo(
    () =>
      [...(people.data ?? new Map<string, string>())]
        .map(([id, name]) => ({ id, name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [people.data],
  );
  const rows = useMemo(
    () => buildWbs(tasks.data ?? [], schedule.data?.tasks, schedule.data?.drivingPath),
    [tasks.data, schedule.data],
  );
  const [explained, setExplained] = useState<string | null>(null);
  const [openTaskId, setOpenTaskId] = useState<string | null>(null);
  const explainedRow = explained ? rows.find((r) => r.task.id === explained) : undefined;
  const explainRef = useRef<HTMLDivElement>(null);
  // The panel opens under a long grid: bring it into view.
  useEffect(() => {
    if (explained) explainRef.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [explained]);

  if (tasks.isPending) return <LoadingState label="Loading the plan…" />;
  if (tasks.isError)
    return (
      <ErrorState
        error={tasks.error}
        title="The plan could not be loaded"
        onRetry={() => void tasks.refetch()}
      />
    );
  return (
    <div className="stack">
      <section className="card" aria-labelledby="plan-title">
        <h2 id="plan-title">Plan</h2>
        {canPlan && (
          <CsvImportDialog
            projectId={projectId}
            onImported={() => refreshPlan(queryClient, projectId)}
          />
        )}
        {schedule.isError && (
          <ErrorState
            error={schedule.error}
            title="The schedule could not be loaded; dates may be out of date"
            onRetry={() => void schedule.refetch()}
          />
        )}
        {canPlan && (
          <QuickAddForm
            projectId={projectId}
            workspaceId={workspaceId}
            people={assignable}
            tasks={tasks.data}
          />
        )}
        <PlanTable
          projectId={projectId}
          rows={rows}
          people={assignable}
          personName={personName}
          taskLabel={taskLabel}
          canEdit={canPlan}
          canReport={canReportIn(memberships, workspaceId)}
          onExplain={setExplained}
          openTaskId={openTaskId}
          onOpenTask={(id) => setOpenTaskId(openTaskId === id ? null : id)}
        />
      </section>
      {openTaskId !== null && (
        <aside className="side-panel" aria-label="Task details">
          <TaskDetail
            key={openTaskId}
            taskId={openTaskId}
            headingLevel={2}
            onClose={() => setOpenTaskId(null)}
            canPlanIn={() => canPlan}
            onOpenTask={setOpenTaskId}
          />
        </aside>
      )}
      {explainedRow && (
        <div ref={explainRef}>
          <ExplainPanel
            key={explainedRow.task.id}
            taskId={explainedRow.task.id}
            title={`${explainedRow.task.key} ${explainedRow.task.title}`}
            schedule={explainedRow.schedule}
            onClose={() => setExplained(null)}
            onSelectTask={setExplained}
            canSelect={(id) => rows.some((r) => r.task.id === id)}
          />
        </div>
      )}
      {canPlan && (
        <div className="grid-2">
          <section className="card" aria-labelledby="add-task-title">
            <h2 id="add-task-title">Add a task</h2>
            <AddTaskForm projectId={projectId} />
          </section>
          <section className="card" aria-labelledby="add-dependency-title">
            <h2 id="add-dependency-title">Add a dependency</h2>
            <AddDependencyForm projectId={projectId} tasks={tasks.data} taskLabel={taskLabel} />
          </section>
        </div>
      )}
      <section className="card" aria-labelledby="what-if-title">
        <h2 id="what-if-title">What if…</h2>
        <WhatIfPanel projectId={projectId} rows={rows} />
      </section>
    </div>
  );
}
