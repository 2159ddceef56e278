import { useNavigate, useParams } from 'react-router';
import { TaskDetail } from '@/features/task-detail/components/TaskDetail';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';
import { canPlanIn } from '../permissions';

export function TaskRoute() {
  const { taskId = '' } = useParams();
  usePageTitle('Task');
  const navigate = useNavigate();
  const { memberships } = useCurrentWorkspace();
  return (
    <div className="page">
      <TaskDetail
        key={taskId}
        taskId={taskId}
        canPlanIn={(workspaceId) => canPlanIn(memberships, workspaceId)}
        onOpenTask={(id) => void navigate(`/tasks/${id}`)}
      />
    </div>
  );
}
