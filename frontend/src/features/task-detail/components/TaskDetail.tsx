import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ErrorState, LoadingState } from '@/components/States';
import { formatDateTime, formatDay, formatDays } from '@/lib/format';
import { statusLabel, useStatusOptions } from '@/lib/task-status';
import {
  addComment,
  downloadAttachment,
  getAttachments,
  getComments,
  getHistory,
  getPeopleNames,
  getTask,
  taskDetailKeys,
  uploadAttachment,
  type ActivityEntry,
} from '../api/task-detail-api';
import { Markdown } from './Markdown';
import { TaskProcedures } from './TaskProcedures';
import { DependencyLinks, MilestoneGates, WhyChain } from './TaskPlanLinks';

type Props = {
  taskId: string;
  headingLevel?: 1 | 2;
  onClose?: () => void;
  /** Whether the user may change the plan of a workspace (link and unlink tasks). */
  canPlanIn?: (workspaceId: string) => boolean;
  /** Shows another task (a predecessor, a driver); absent: links go to the task's own page. */
  onOpenTask?: (taskId: string) => void;
};

/** Everything about one task: its plan facts, the conversation, the files and the history. */
export function TaskDetail({
  taskId,
  headingLevel = 1,
  onClose,
  canPlanIn = () => false,
  onOpenTask,
}: Props) {
  const task = useQuery({ queryKey: taskDetailKeys.task(taskId), queryFn: () => getTask(taskId) });
  const workspaceId = task.data?.workspaceId;
  const names = useQuery({
    queryKey: ['workspaces', workspaceId ?? '', 'people', 'names'],
    queryFn: () => getPeopleNames(workspaceId ?? ''),
    enabled: workspaceId !== undefined,
    staleTime: 60_000,
  });
  // the project's own status names; the standard six until the task (and its project) is known
  const statuses = useStatusOptions(task.data?.projectId ?? '');
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const Sub = headingLevel === 1 ? 'h2' : 'h3';

  if (task.isPending) return <LoadingState label="Loading the task" />;
  if (task.isError)
    return (
      <ErrorState
        error={task.error}
        title="The task could not be loaded"
        onRetry={() => void task.refetch()}
      />
    );
  const t = task.data;
  const nameOf = (id: string) => names.data?.get(id) ?? 'Someone';

  return (
    <article className="task-detail" aria-labelledby={`task-title-${t.id}`}>
      <header className="task-detail-header">
        <Heading id={`task-title-${t.id}`}>
          <span className="task-key">{t.key}</span> {t.title}
        </Heading>
        <div className="task-detail-actions">
          <Link to={`/projects/${t.projectId}/plan`}>Open the plan</Link>
          {onClose && (
            <Button variant="ghost" onClick={onClose}>
              Close
            </Button>
          )}
        </div>
      </header>
      <dl className="task-facts">
        <dt>Status</dt>
        <dd>{statusLabel(statuses, t.status)}</dd>
        <dt>Start</dt>
        <dd>{formatDay(t.schedule?.earlyStart)}</dd>
        <dt>Finish</dt>
        <dd>{formatDay(t.schedule?.earlyFinish)}</dd>
        <dt>Duration</dt>
        <dd>{formatDays(t.durationDays)}</dd>
        <dt>Float</dt>
        <dd>
          {formatDays(t.schedule?.totalFloatDays)}
          {t.schedule?.critical ? ' (critical)' : ''}
        </dd>
        <dt>Assignees</dt>
        <dd>
          {t.assignments.length === 0
            ? 'Nobody yet'
            : t.assignments.map((a) => nameOf(a.personId)).join(', ')}
        </dd>
      </dl>
      <section aria-labelledby={`desc-${t.id}`}>
        <Sub id={`desc-${t.id}`}>Description</Sub>
        {t.description ? (
          <Markdown source={t.description} />
        ) : (
          <p className="muted">No description.</p>
        )}
      </section>
      <TaskProcedures taskId={t.id} status={t.status} Sub={Sub} />
      <WhyChain taskId={t.id} Sub={Sub} onOpenTask={onOpenTask} />
      <DependencyLinks
        taskId={t.id}
        projectId={t.projectId}
        Sub={Sub}
        canPlan={canPlanIn(t.workspaceId)}
        onOpenTask={onOpenTask}
      />
      <MilestoneGates taskId={t.id} projectId={t.projectId} Sub={Sub} />
      <Comments taskId={t.id} Sub={Sub} nameOf={nameOf} />
      <Attachments taskId={t.id} Sub={Sub} />
      <History taskId={t.id} Sub={Sub} />
    </article>
  );
}

type SectionProps = { taskId: string; Sub: 'h2' | 'h3' };

function Comments({ taskId, Sub, nameOf }: SectionProps & { nameOf: (id: string) => string }) {
  const queryClient = useQueryClient();
  const comments = useQuery({
    queryKey: taskDetailKeys.comments(taskId),
    queryFn: () => getComments(taskId),
  });
  const [draft, setDraft] = useState('');
  const fieldId = useId();
  const post = useMutation({
    mutationFn: (body: string) => addComment(taskId, body),
    onSuccess: () => {
      setDraft('');
      void queryClient.invalidateQueries({ queryKey: taskDetailKeys.comments(taskId) });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft.trim() !== '') post.mutate(draft);
  };
  return (
    <section aria-labelledby={`comments-${taskId}`}>
      <Sub id={`comments-${taskId}`}>Comments</Sub>
      {comments.isError && (
        <ProblemAlert error={comments.error} title="Comments could not be loaded" />
      )}
      <ul className="comment-list">
        {(comments.data ?? []).map((c) => (
          <li key={c.id}>
            <p className="comment-meta">
              {c.authorId ? 'Comment' : 'Comment by a former member'} ·{' '}
              {formatDateTime(c.createdAt)}
            </p>
            <p className="comment-body">{c.body}</p>
            {c.mentionedPersonIds.length > 0 && (
              <p className="muted">Mentions: {c.mentionedPersonIds.map(nameOf).join(', ')}</p>
            )}
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="comment-form">
        <label htmlFor={fieldId}>Add a comment</label>
        <textarea
          id={fieldId}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          rows={3}
          aria-describedby={`${fieldId}-hint`}
        />
        <p id={`${fieldId}-hint`} className="muted">
          Type @ and a person's name to mention them.
        </p>
        {post.isError && <ProblemAlert error={post.error} title="The comment was not added" />}
        <Button type="submit" busy={post.isPending} disabled={draft.trim() === ''}>
          Comment
        </Button>
      </form>
    </section>
  );
}

function Attachments({ taskId, Sub }: SectionProps) {
  const queryClient = useQueryClient();
  const files = useQuery({
    queryKey: taskDetailKeys.attachments(taskId),
    queryFn: () => getAttachments(taskId),
  });
  const inputId = useId();
  const upload = useMutation({
    mutationFn: (file: File) => uploadAttachment(taskId, file),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: taskDetailKeys.attachments(taskId) }),
  });
  const [downloadError, setDownloadError] = useState<unknown>(null);
  return (
    <section aria-labelledby={`files-${taskId}`}>
      <Sub id={`files-${taskId}`}>Files</Sub>
      {files.isError && <ProblemAlert error={files.error} title="Files could not be loaded" />}
      {files.data?.length === 0 && <p className="muted">No files yet.</p>}
      <ul className="attachment-list">
        {(files.data ?? []).map((a) => (
          <li key={a.id}>
            <Button
              variant="ghost"
              onClick={() => {
                setDownloadError(null);
                downloadAttachment(a).catch(setDownloadError);
              }}
            >
              Download {a.fileName}
            </Button>{' '}
            <span className="muted">{formatBytes(a.sizeBytes)}</span>
          </li>
        ))}
      </ul>
      {downloadError !== null && (
        <ProblemAlert error={downloadError} title="The file could not be downloaded" />
      )}
      <label htmlFor={inputId}>Attach a file</label>
      <input
        id={inputId}
        type="file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) upload.mutate(file);
          e.target.value = '';
        }}
      />
      {upload.isPending && <p role="status">Uploading…</p>}
      {upload.isError && <ProblemAlert error={upload.error} title="The file was not attached" />}
    </section>
  );
}

function History({ taskId, Sub }: SectionProps) {
  const history = useQuery({
    queryKey: taskDetailKeys.history(taskId),
    queryFn: () => getHistory(taskId),
  });
  return (
    <section aria-labelledby={`history-${taskId}`}>
      <Sub id={`history-${taskId}`}>History</Sub>
      {history.isError && (
        <ProblemAlert error={history.error} title="The history could not be loaded" />
      )}
      <ol className="history-list">
        {(history.data ?? []).map((entry) => (
          <li key={entry.id}>
            {formatDateTime(entry.at)} — {describe(entry)}
          </li>
        ))}
      </ol>
    </section>
  );
}

function describe(entry: ActivityEntry): string {
  const fields = Object.keys((entry.changes ?? {}) as Record<string, unknown>);
  if (entry.action === 'created') return 'Created';
  if (entry.action === 'deleted') return 'Deleted';
  return fields.length > 0 ? `Changed ${fields.join(', ')}` : 'Changed';
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 102.4) / 10} KB`;
  return `${Math.round(bytes / (1024 * 102.4)) / 10} MB`;
}
