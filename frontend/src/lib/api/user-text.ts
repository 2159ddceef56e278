import { ApiError, errorMessage, type Problem } from './problem';

/**
 * Problem details turned into sentences for the person using the app. The service's `detail`
 * is written for developers (field paths, ids, extension names); the screen leads with one of
 * these and keeps the detail behind a "Details" disclosure.
 */

const TYPE_BASE = 'https://throughline.app/problems/';

type Text = string | ((problem: Problem) => string);

function megabytes(bytes: unknown): string | undefined {
  return typeof bytes === 'number' && bytes > 0
    ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`
    : undefined;
}

/** By problem type (the slug after the type base). */
const byType: Record<string, Text> = {
  'dependency-cycle':
    'These tasks already depend on each other the other way round, so this link would make them wait for each other forever.',
  'move-not-allowed': "The workflow doesn't allow this status change from where the task is now.",
  'attachment-too-large': (p) => {
    const max = megabytes((p as { maxBytes?: unknown }).maxBytes);
    return max
      ? `The file is too large to attach: files may be at most ${max}.`
      : 'The file is too large to attach.';
  },
  'attachment-type-not-allowed': 'Files of this type cannot be attached.',
  'attachment-refused': 'The file was not stored because the virus scanner refused it.',
  'duplicate-email':
    'Someone in People already has this e-mail address. Change that person instead of adding them twice.',
  'precondition-failed':
    'Someone else changed this since you loaded it. The screen now shows their version; make your change again if it is still needed.',
  'payload-too-large': 'What you sent is too large.',
  'rate-limited': 'Too many requests in a short time. Wait a moment and try again.',
  'service-unavailable': 'The service is busy or being updated. Try again in a moment.',
  unauthorized: 'Your session has ended. Sign in again to continue.',
  forbidden: "Your role in this workspace doesn't allow this. Ask an admin if you need it.",
  'not-found': "This doesn't exist any more, or it belongs to a workspace you are not in.",
  internal: 'Something went wrong on our side. Try again in a moment.',
};

/** By status, when the type says no more than the status does. */
const byStatus: Record<number, string> = {
  400: "The request wasn't understood. Check what you entered and try again.",
  401: byType.unauthorized as string,
  403: byType.forbidden as string,
  404: byType['not-found'] as string,
  409: 'This clashes with something that already exists or was just changed.',
  412: byType['precondition-failed'] as string,
  413: byType['payload-too-large'] as string,
  415: 'This kind of file or content is not accepted here.',
  422: 'Some of what you entered needs attention.',
  429: byType['rate-limited'] as string,
  503: byType['service-unavailable'] as string,
};

const developerish =
  /`|[0-9a-f]{8}-[0-9a-f]{4}-|\b[a-z]+\.[a-z]+(\.[a-z]+)*:|\{|\bnull\b|\bids?\b/i;

/** Whether the service's detail already reads as a sentence for a person. */
export function readsAsSentence(detail: string | undefined): detail is string {
  return (
    detail !== undefined && detail.length > 0 && detail.length <= 200 && !developerish.test(detail)
  );
}

function slugOf(problem: Problem): string | undefined {
  return problem.type?.startsWith(TYPE_BASE) ? problem.type.slice(TYPE_BASE.length) : undefined;
}

/** The sentence to lead with, for any thrown error. */
export function userMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return errorMessage(error);
  const problem = error.problem;
  const slug = slugOf(problem);
  const mapped = slug !== undefined ? byType[slug] : undefined;
  if (mapped !== undefined) {
    const text = typeof mapped === 'function' ? mapped(problem) : mapped;
    return error.status === 429 && error.retryAfterSeconds !== undefined
      ? `${text.replace(/ Wait a moment and try again\.$/, '')} Try again in ${error.retryAfterSeconds} seconds.`
      : text;
  }
  // a generic type (conflict, validation, …): a detail written for people stays the message
  if (readsAsSentence(problem.detail)) return errorMessage(error);
  if (error.fieldErrors.length > 0)
    return 'Some of what you entered needs attention: see the fields marked.';
  return (
    byStatus[error.status] ??
    (error.status >= 500 ? (byType.internal as string) : errorMessage(error))
  );
}

/** What a developer needs when the lead sentence differs from the service's own words. */
export function developerDetail(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const p = error.problem;
  const parts = [
    p.detail,
    ...error.fieldErrors.map((e) => `${e.field}: ${e.message}`),
    p.type ? `type: ${p.type}` : undefined,
    `status: ${error.status}`,
  ].filter((x): x is string => x !== undefined && x !== '');
  return parts.join('\n');
}

/**
 * A webhook URL refused by the service's SSRF guard (the field error's message on `url`), as a
 * sentence saying why and what to do. Unknown messages are returned unchanged.
 */
export function webhookUrlText(message: string): string {
  if (/not a valid URL/i.test(message)) return 'This is not a valid web address.';
  if (/http or https/i.test(message))
    return 'Webhooks can only be sent to addresses starting with http:// or https://.';
  if (/user name or password/i.test(message))
    return 'Leave the user name and password out of the address; receivers check the signature instead.';
  if (/has no host/i.test(message)) return 'The address has no host name.';
  if (/non-standard notation/i.test(message))
    return 'IP addresses written as one number, or in octal or hex, are refused: they are a common way to reach internal machines.';
  if (/loopback/i.test(message) && /points at this machine/i.test(message))
    return 'Webhooks cannot be sent to the server itself (localhost).';
  if (/does not resolve/i.test(message))
    return 'The host name could not be found. Check its spelling.';
  const resolves = /resolves to an? (.+?) address (\S+)/i.exec(message);
  if (resolves)
    return `The host points at a ${resolves[1]} address (${resolves[2]}). Webhooks may only go to public addresses, so they cannot reach machines inside your network.`;
  return message;
}
