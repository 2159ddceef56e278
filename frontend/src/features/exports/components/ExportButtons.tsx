import { useState } from 'react';
import { downloadProjectExport, type ExportFormat } from '../api/export-project';

type Props = {
  projectId: string;
  projectKey: string;
  /** Injected in tests; the real download otherwise. */
  download?: typeof downloadProjectExport;
};

/** "Export as MS Project XML" and "Export as CSV"; a failure is said next to the buttons. */
export function ExportButtons({ projectId, projectKey, download = downloadProjectExport }: Props) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (format: ExportFormat) => {
    setBusy(format);
    setError(null);
    try {
      await download(projectId, projectKey, format);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The export failed');
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label="Export the project">
      <button
        type="button"
        className="btn btn-secondary"
        disabled={busy !== null}
        onClick={() => void run('mspdi')}
      >
        {busy === 'mspdi' ? 'Exporting…' : 'Export as MS Project XML'}
      </button>
      <button
        type="button"
        className="btn btn-secondary"
        disabled={busy !== null}
        onClick={() => void run('csv')}
      >
        {busy === 'csv' ? 'Exporting…' : 'Export as CSV'}
      </button>
      {error !== null && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}
