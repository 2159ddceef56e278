import { useEffect, useId, useRef, useState } from 'react';
import { type CsvImportResult, importCsv } from '../api/import-csv';

type Props = {
  projectId: string;
  /** Called after a successful import (the plan's queries are refreshed there). */
  onImported?: () => unknown;
  /** Injected in tests; the real upload otherwise. */
  upload?: typeof importCsv;
};

type Step =
  | { kind: 'closed' }
  | { kind: 'choose'; error?: string }
  | { kind: 'checking' }
  | { kind: 'checked'; file: File; result: CsvImportResult }
  | { kind: 'importing'; file: File; result: CsvImportResult }
  | { kind: 'done'; result: CsvImportResult };

/**
 * "Import CSV…" on the Plan: choose a file, see the dry run (what it holds and every problem by row
 * and column), then import it; nothing is written until the last step, and not at all while the
 * file has problems.
 */
export function CsvImportDialog({ projectId, onImported, upload = importCsv }: Props) {
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const titleId = useId();
  const inputId = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  // back to the button that opened the dialog once it is there again
  useEffect(() => {
    if (step.kind === 'closed' && refocus.current) {
      refocus.current = false;
      opener.current?.focus();
    }
  }, [step.kind]);

  const close = () => {
    refocus.current = true;
    setStep({ kind: 'closed' });
  };

  const check = async (file: File | undefined) => {
    if (!file) return;
    setStep({ kind: 'checking' });
    try {
      setStep({ kind: 'checked', file, result: await upload(projectId, file, true) });
    } catch (e) {
      setStep({
        kind: 'choose',
        error: e instanceof Error ? e.message : 'The file could not be checked',
      });
    }
  };

  const run = async (file: File, checked: CsvImportResult) => {
    setStep({ kind: 'importing', file, result: checked });
    try {
      const result = await upload(projectId, file, false);
      if (result.problems.length > 0) {
        setStep({ kind: 'checked', file, result });
        return;
      }
      await onImported?.();
      setStep({ kind: 'done', result });
    } catch (e) {
      setStep({ kind: 'choose', error: e instanceof Error ? e.message : 'The import failed' });
    }
  };

  if (step.kind === 'closed') {
    return (
      <button
        type="button"
        className="btn btn-secondary"
        ref={opener}
        onClick={() => setStep({ kind: 'choose' })}
      >
        Import CSV…
      </button>
    );
  }

  return (
    <section className="card csv-import" role="dialog" aria-modal="false" aria-labelledby={titleId}>
      <h3 id={titleId}>Import tasks from a CSV file</h3>
      {(step.kind === 'choose' || step.kind === 'checking') && (
        <>
          <p className="page-description">
            UTF-8 CSV with a header row: Title, and any of WBS, Outline level, Duration (3d, 4h,
            30m), Predecessors (3FS+2d;5SS), Assignees, Deadline, Start, Constraint, Notes, %
            Complete (0–100) and Status (a status of the project&rsquo;s workflow). The file is
            checked first; nothing is written until you import it.
          </p>
          <label htmlFor={inputId}>CSV file</label>
          <input
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            disabled={step.kind === 'checking'}
            onChange={(e) => void check(e.target.files?.[0])}
          />
          {step.kind === 'checking' && <p role="status">Checking the file…</p>}
          {step.kind === 'choose' && step.error && (
            <p role="alert" className="form-error">
              {step.error}
            </p>
          )}
        </>
      )}
      {(step.kind === 'checked' || step.kind === 'importing') && (
        <>
          <p role="status">
            {step.file.name}: {count(step.result.tasks, 'task')},{' '}
            {count(step.result.dependencies, 'link')},{' '}
            {count(step.result.assignments, 'assignment')}
            {step.result.problems.length === 0
              ? ' — no problems.'
              : ` — ${count(step.result.problems.length, 'problem')} to fix before importing.`}
          </p>
          {step.result.ignoredColumns.length > 0 && (
            <p className="page-description">
              Columns not read: {step.result.ignoredColumns.join(', ')}
            </p>
          )}
          {step.result.problems.length > 0 && (
            <table className="data-table">
              <caption>Problems in the file</caption>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {step.result.problems.map((p, i) => (
                  <tr key={i}>
                    <td>{p.row}</td>
                    <td>{p.column ?? '—'}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="form-actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={
                step.result.problems.length > 0 ||
                step.kind === 'importing' ||
                step.result.tasks === 0
              }
              onClick={() => void run(step.file, step.result)}
            >
              {step.kind === 'importing'
                ? 'Importing…'
                : `Import ${count(step.result.tasks, 'task')}`}
            </button>
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => setStep({ kind: 'choose' })}
              disabled={step.kind === 'importing'}
            >
              Choose another file
            </button>
          </div>
        </>
      )}
      {step.kind === 'done' && (
        <p role="status">
          Imported {count(step.result.tasks, 'task')}, {count(step.result.dependencies, 'link')} and{' '}
          {count(step.result.assignments, 'assignment')}.
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="btn btn-ghost"
          onClick={close}
          disabled={step.kind === 'importing'}
        >
          Close
        </button>
      </div>
    </section>
  );
}

function count(n: number, noun: string) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
