import { ApiError, toProblem } from '@/lib/api/problem';
import { getAccessToken } from '@/lib/auth/token-storage';

/** One thing in the file that stops the import: the row as a spreadsheet numbers it (header = 1). */
export type CsvProblem = { row: number; column?: string | null; message: string };

export type CsvImportResult = {
  dryRun: boolean;
  tasks: number;
  dependencies: number;
  assignments: number;
  problems: CsvProblem[];
  ignoredColumns: string[];
  created: Array<{ row: number; id: string; key: string }>;
};

/**
 * POST /projects/{id}/imports with the file as multipart/form-data. A dry run answers the problems
 * and writes nothing; a real run with problems is a 422 whose `problems` are returned here as a
 * result (nothing was written), so the dialog shows them the same way.
 */
export async function importCsv(
  projectId: string,
  file: File,
  dryRun: boolean,
): Promise<CsvImportResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = {};
  const token = getAccessToken();
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const response = await globalThis.fetch(
    `${globalThis.location?.origin ?? ''}/api/v1/projects/${encodeURIComponent(projectId)}/imports?dryRun=${dryRun}`,
    { method: 'POST', body: form, headers },
  );
  const body: unknown = await response.json().catch(() => undefined);
  if (response.status === 422 && isRecord(body) && Array.isArray(body.problems)) {
    return {
      dryRun: false,
      tasks: 0,
      dependencies: 0,
      assignments: 0,
      problems: body.problems as CsvProblem[],
      ignoredColumns: [],
      created: [],
    };
  }
  if (!response.ok) throw new ApiError(response.status, toProblem(response.status, body));
  return body as CsvImportResult;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
