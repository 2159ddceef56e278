import { useParams } from 'react-router';
import { TaskDetail } from '@/features/task-detail/components/TaskDetail';
import { usePageTitle } from '@/lib/use-page-title';

export function TaskRoute() {
  const { taskId = '' } = useParams();
  usePageTitle('Task');
  return (
    <div className="page">
      <TaskDetail key={taskId} taskId={taskId} />
    </div>
  );
}
