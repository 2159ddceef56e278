import { vi } from 'vitest';

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };
type Handler = (request: Request, body: unknown) => Reply | Promise<Reply>;

export type RecordedCall = {
  method: string;
  path: string;
  body: unknown;
  authorization: string | null;
  ifMatch: string | null;
};

/**
 * Stands in for the service: each route is "METHOD /path" (path params as `:name`), answered by
 * a handler. Unmatched calls fail loudly with 404 so a test can't pass by accident.
 */
export function fakeApi(routes: Record<string, Handler | Reply>) {
  const calls: RecordedCall[] = [];
  const compiled = Object.entries(routes).map(([key, handler]) => {
    const [method, pattern] = key.split(' ') as [string, string];
    const regex = new RegExp(`^${pattern.replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
    return { method, regex, handler };
  });

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text =
      request.method === 'GET' || request.method === 'DELETE' ? '' : await request.text();
    // JSON bodies are parsed; anything else (a multipart upload) is kept as its text
    const body: unknown = text ? parseOrText(text) : undefined;
    calls.push({
      method: request.method,
      path: url.pathname,
      body,
      authorization: request.headers.get('Authorization'),
      ifMatch: request.headers.get('If-Match'),
    });
    const route = compiled.find((r) => r.method === request.method && r.regex.test(url.pathname));
    const reply: Reply = route
      ? typeof route.handler === 'function'
        ? await route.handler(request, body)
        : route.handler
      : problem(404, 'Not Found', `No fake for ${request.method} ${url.pathname}`);
    const isProblem = reply.status >= 400;
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: {
        'Content-Type': isProblem ? 'application/problem+json' : 'application/json',
        ...reply.headers,
      },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function problem(
  status: number,
  title: string,
  detail: string,
  errors?: Array<{ field: string; message: string }>,
): Reply {
  return {
    status,
    body: {
      type: `https://throughline.app/problems/${title.toLowerCase().replace(/\s+/g, '-')}`,
      title,
      status,
      detail,
      ...(errors ? { errors } : {}),
    },
  };
}

export const demoMe = {
  user: { id: 'u-1', name: 'Casey Coordinator', email: 'coordinator@example.com' },
  memberships: [
    { workspaceId: 'w-1', workspaceName: 'Northwind Agency', role: 'owner' },
    { workspaceId: 'w-2', workspaceName: 'Contoso Studio', role: 'viewer' },
  ],
};
