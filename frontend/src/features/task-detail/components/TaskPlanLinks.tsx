import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { TaskPicker } from '@/components/TaskPicker';
import { formatDay } from '@/lib/format';
import {
  addDependency,
  getExplain,
  getProjectDependencies,
  getProjectMilestones,
  getProjectTasks,
  projectKeys,
  removeDependency,
  type Dependency,
} from '../api/task-detail-api';

type Sub = 'h2' | 'h3';

/** Why the task starts when it does: the chain of drivers back to what fixed its start. */
export function WhyChain({
  taskId,
  Sub,
  onOpenTask,
}: {
  taskId: string;
  Sub: Sub;
  onOpenTask?: ((taskId: string) => void) | undefined;
}) {
  const explain = useQuery({
    queryKey: projectKeys.explain(taskId),
    queryFn: () => getExplain(taskId),
  });
  return (
    <section aria-labelledby={`why-${taskId}`}>
      <Sub id={`why-${taskId}`}>Why these dates</Sub>
      {explain.isPending && <p className="muted">Tracing the driving chain…</p>}
      {explain.isError && (
        <ProblemAlert error={explain.error} title="The driving chain could not be loaded" />
      )}
      {explain.data?.chain.length === 0 && <p className="muted">Nothing drives this task.</p>}
      {explain.data && explain.data.chain.length > 0 && (
        <ol className="why-chain" aria-label="Driving chain">
          {explain.data.chain.map((step) => (
            <li key={step.taskId}>
              {onOpenTask && step.taskId !== taskId ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onOpenTask(step.taskId)}
                >
                  <span className="task-key">{step.key}</span> {step.title}
                </button>
              ) : (
                <span>
                  <span className="task-key">{step.key}</span> {step.title}
                </span>
              )}{' '}
              <span className="muted">
                {formatDay(step.earlyStart)} → {formatDay(step.earlyFinish)}
              </span>
              <br />
              {step.reason}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

type LinksProps = {
  taskId: string;
  projectId: string;
  Sub: Sub;
  canPlan: boolean;
  onOpenTask?: ((taskId: string) => void) | undefined;
};

/** The task's predecessors and successors, with add and remove for coordinators. */
export function DependencyLinks({ taskId, projectId, Sub, canPlan, onOpenTask }: LinksProps) {
  const queryClient = useQueryClient();
  const deps = useQuery({
    queryKey: projectKeys.dependencies(projectId),
    queryFn: () => getProjectDependencies(projectId),
  });
  const tasks = useQuery({
    queryKey: projectKeys.tasks(projectId),
    queryFn: () => getProjectTasks(projectId),
  });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['projects', projectId] }),
      queryClient.invalidateQueries({ queryKey: ['tasks'] }),
      queryClient.invalidateQueries({ queryKey: ['me', 'tasks'] }),
    ]);
  const [direction, setDirection] = useState<'before' | 'after'>('before');
  const [otherId, setOtherId] = useState('');
  const [pickerKey, setPickerKey] = useState(0);
  const add = useMutation({
    mutationFn: () =>
      direction === 'before' ? addDependency(otherId, taskId) : addDependency(taskId, otherId),
    onSuccess: () => {
      setOtherId('');
      setPickerKey((k) => k + 1);
      return refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (dep: Dependency) => removeDependency(dep.id ?? ''),
    onSuccess: refresh,
  });
  const label = (id: string | undefined) => {
    const t = tasks.data?.find((x) => x.id === id);
    return t ? `${t.key} ${t.title}` : 'A task of another project';
  };
  const incoming = (deps.data ?? []).filter((d) => d.successorId === taskId);
  const outgoing = (deps.data ?? []).filter((d) => d.predecessorId === taskId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (otherId) add.mutate();
  };
  const candidates = (tasks.data ?? []).filter((t) => t.id !== taskId && !t.summary);

  const item = (d: Dependency, otherTaskId: string | undefined) => (
    <li key={d.id}>
      {onOpenTask && otherTaskId && tasks.data?.some((t) => t.id === otherTaskId) ? (
        <button type="button" className="link-button" onClick={() => onOpenTask(otherTaskId)}>
          {label(otherTaskId)}
        </button>
      ) : (
        label(otherTaskId)
      )}{' '}
      <span className="muted">
        {(d.type ?? 'fs').toUpperCase()}
        {d.lagDays ? `, lag ${d.lagDays} d` : ''}
      </span>
      {canPlan && (
        <>
          {' '}
          <Button
            variant="ghost"
            className="btn-sm"
            aria-label={`Remove the link with ${label(otherTaskId)}`}
            busy={remove.isPending && remove.variables?.id === d.id}
            onClick={() => remove.mutate(d)}
          >
            Remove
          </Button>
        </>
      )}
    </li>
  );

  return (
    <section aria-labelledby={`deps-${taskId}`}>
      <Sub id={`deps-${taskId}`}>Dependencies</Sub>
      {deps.isError && (
        <ProblemAlert error={deps.error} title="The dependencies could not be loaded" />
      )}
      <p className="dep-heading">Waits for</p>
      {incoming.length === 0 ? (
        <p className="muted">No predecessors.</p>
      ) : (
        <ul aria-label="Predecessors" className="dep-list">
          {incoming.map((d) => item(d, d.predecessorId))}
        </ul>
      )}
      <p className="dep-heading">Holds up</p>
      {outgoing.length === 0 ? (
        <p className="muted">No successors.</p>
      ) : (
        <ul aria-label="Successors" className="dep-list">
          {outgoing.map((d) => item(d, d.successorId))}
        </ul>
      )}
      {remove.isError && <ProblemAlert error={remove.error} title="The link was not removed" />}
      {canPlan && (
        <form onSubmit={submit} className="dep-form" aria-label="Link a task">
          <fieldset>
            <legend>This task</legend>
            <label>
              <input
                type="radio"
                name={`dir-${taskId}`}
                checked={direction === 'before'}
                onChange={() => setDirection('before')}
              />{' '}
              waits for
            </label>{' '}
            <label>
              <input
                type="radio"
                name={`dir-${taskId}`}
                checked={direction === 'after'}
                onChange={() => setDirection('after')}
              />{' '}
              holds up
            </label>
          </fieldset>
          <TaskPicker
            key={pickerKey}
            label="Other task"
            tasks={candidates}
            value={otherId}
            onChange={setOtherId}
          />
          {add.isError && <ProblemAlert error={add.error} title="The link was not added" />}
          <Button type="submit" variant="secondary" busy={add.isPending} disabled={!otherId}>
            Link
          </Button>
        </form>
      )}
    </section>
  );
}

/** The milestones this task gates: each waits for the task to finish. */
export function MilestoneGates({
  taskId,
  projectId,
  Sub,
}: {
  taskId: string;
  projectId: string;
  Sub: Sub;
}) {
  const milestones = useQuery({
    queryKey: projectKeys.milestones(projectId),
    queryFn: () => getProjectMilestones(projectId),
  });
  const gated = (milestones.data ?? []).filter((m) => m.gatingTaskIds?.includes(taskId));
  return (
    <section aria-labelledby={`gates-${taskId}`}>
      <Sub id={`gates-${taskId}`}>Milestone gates</Sub>
      {milestones.isError && (
        <ProblemAlert error={milestones.error} title="The milestones could not be loaded" />
      )}
      {milestones.data && gated.length === 0 && (
        <p className="muted">This task gates no milestone.</p>
      )}
      {gated.length > 0 && (
        <ul aria-label="Gated milestones" className="dep-list">
          {gated.map((m) => (
            <li key={m.id}>
              {m.name} <span className="muted">due {formatDay(m.dueDate)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
