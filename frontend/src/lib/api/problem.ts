export type FieldError = { field: string; message: string };

/**
 * An RFC 9457 problem document. Every member is optional by the RFC, and a failure may come from
 * a proxy rather than the service, so this is typed here rather than taken from the schema.
 */
export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: Array<{ field?: string; message?: string }>;
};

/**
 * The error every API call throws: carries the HTTP status and the problem document, so screens
 * can show `detail` and put each per-field message next to its field.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get fieldErrors(): FieldError[] {
    return (this.problem.errors ?? []).flatMap((e) =>
      e.field !== undefined && e.message !== undefined
        ? [{ field: e.field, message: e.message }]
        : [],
    );
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Turns whatever came back with a failed response into a problem, never losing the status. */
export function toProblem(status: number, body: unknown): Problem {
  if (isRecord(body) && (typeof body.detail === 'string' || typeof body.title === 'string')) {
    return body as Problem;
  }
  return {
    status,
    title: status >= 500 ? 'The service had a problem' : 'Request failed',
    detail:
      status >= 500
        ? 'The service could not complete the request. Please try again in a moment.'
        : `The request failed with status ${status}.`,
  };
}

export function parseRetryAfter(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

/** The message to show a person for any thrown error. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const base = error.problem.detail ?? error.problem.title ?? error.message;
    if (error.status === 429 && error.retryAfterSeconds !== undefined) {
      return `${base} Try again in ${error.retryAfterSeconds} seconds.`;
    }
    return base;
  }
  if (error instanceof TypeError) {
    return 'Could not reach the service. Check your connection and try again.';
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/** The message for one field, if the problem named it. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fieldErrors.find((e) => e.field === field || e.field.endsWith(`.${field}`))?.message;
}
