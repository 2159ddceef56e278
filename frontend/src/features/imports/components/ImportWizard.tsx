import { useMutation } from '@tanstack/react-query';
import { useState, type DragEvent, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import { uploadPlan, type UploadPlanInput } from '../api/upload-plan';
import { JobProgress } from './JobProgress';
import './imports.css';

const ACCEPT = '.xml,.mpp,.mpx,.xer,.pmxml,.pod,.gan,.planner,.mpd';

type Props = {
  workspaceId: string;
  /** Where the "Open the project" link goes. */
  projectHref: (projectId: string) => string;
  /** Called once when a job has written its project (to refresh project lists). */
  onImported?: (projectId: string) => void;
};

/**
 * Bring a plan in: choose or drop a file (MS Project, Primavera, GanttProject,
 * Planner), follow the import job's progress, then read how faithfully the dates came across.
 */
export function ImportWizard({ workspaceId, projectHref, onImported }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [key, setKey] = useState('');
  const [dragging, setDragging] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: (input: UploadPlanInput) => uploadPlan(workspaceId, input),
    onSuccess: (accepted) => setJobId(accepted.jobId),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    upload.mutate({
      file,
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(key.trim() ? { key: key.trim().toUpperCase() } : {}),
    });
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) setFile(dropped);
  }

  function restart() {
    setJobId(null);
    setFile(null);
    upload.reset();
  }

  if (jobId !== null)
    return (
      <JobProgress
        jobId={jobId}
        fileName={file?.name ?? ''}
        projectHref={projectHref}
        onImported={onImported}
        onRestart={restart}
      />
    );

  return (
    <form className="form card" aria-label="Import a plan" noValidate onSubmit={submit}>
      <ProblemAlert error={upload.error} title="The file was not accepted" />
      <div
        className={dragging ? 'dropzone dropzone-active' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        data-testid="dropzone"
      >
        <p className="dropzone-title">Drop a plan file here, or choose one</p>
        <p className="muted">
          MS Project (.xml, .mpp, .mpx), Primavera (XER, PMXML), GanttProject or Planner — the
          format is detected. Up to 32 MB. ProjectLibre .pod files cannot be read: save them from
          ProjectLibre as MS Project XML first.
        </p>
        <div className="field">
          <label htmlFor="plan-file">Plan file</label>
          <input
            id="plan-file"
            type="file"
            accept={ACCEPT}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        {file && (
          <p className="dropzone-file" aria-live="polite">
            Chosen: <strong>{file.name}</strong> ({Math.max(1, Math.round(file.size / 1024))} KB)
          </p>
        )}
      </div>
      <div className="form-row">
        <TextField
          label="Project name"
          name="name"
          hint="Optional: the file's title otherwise"
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(upload.error, 'name')}
        />
        <TextField
          label="Key"
          name="key"
          hint="Optional: 2–10 capitals or digits, e.g. WEB"
          value={key}
          onChange={(e) => setKey(e.target.value)}
          error={fieldError(upload.error, 'key')}
        />
      </div>
      <div className="form-actions">
        <Button type="submit" disabled={!file} busy={upload.isPending}>
          {upload.isPending ? 'Uploading…' : 'Import'}
        </Button>
      </div>
    </form>
  );
}
