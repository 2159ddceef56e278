import { useCallback } from 'react';
import { useOutletContext } from 'react-router';
import { CreateMilestoneForm } from '@/features/milestones/components/CreateMilestoneForm';
import { MilestoneList } from '@/features/milestones/components/MilestoneList';
import { usePeopleNames } from '@/features/people/api/get-people';
import { useProject } from '@/features/projects/api/get-project';
import { useTasks } from '@/features/planning/api/get-tasks';
import { usePageTitle } from '@/lib/use-page-title';
import type { ProjectContext } from './ProjectRoute';
import { useTaskLabels } from './use-task-labels';

export function MilestonesRoute() {
  const { projectId, workspaceId, projectKey } = useOutletContext<ProjectContext>();
  usePageTitle(`${projectKey} milestones`);
  const people = usePeopleNames(workspaceId);
  const tasks = useTasks(projectId);
  const project = useProject(projectId);
  const taskLabel = useTaskLabels(projectId);
  const personName = useCallback((id: string) => people.data?.get(id) ?? '…', [people.data]);
  return (
    <div className="stack">
      <section className="card" aria-labelledby="milestones-title">
        <h2 id="milestones-title">Milestones</h2>
        <MilestoneList
          projectId={projectId}
          personName={personName}
          taskLabel={taskLabel}
          targetFinish={project.data?.targetFinishDate}
        />
      </section>
      <section className="card" aria-labelledby="add-milestone-title">
        <h2 id="add-milestone-title">Add a milestone</h2>
        <CreateMilestoneForm
          projectId={projectId}
          tasks={tasks.data ?? []}
          people={[...(people.data ?? new Map<string, string>())].map(([id, name]) => ({
            id,
            name,
          }))}
        />
      </section>
    </div>
  );
}
