import createClient, { type Middleware } from 'openapi-fetch';
import { clearAccessToken, getAccessToken } from '../auth/token-storage';
import { ApiError, parseRetryAfter, toProblem } from './problem';
import type { paths } from './schema';

const authMiddleware: Middleware = {
  onRequest({ request }) {
    const token = getAccessToken();
    if (token !== null && !request.headers.has('Authorization')) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    return request;
  },
  onResponse({ request, response }) {
    // A 401 on a call that carried our token means the session is over: drop it so the app
    // sends the user to sign in. A 401 from the sign-in call itself is just wrong credentials.
    if (response.status === 401 && request.headers.has('Authorization')) {
      clearAccessToken('expired');
    }
    return response;
  },
};

/** The typed client for the Throughline API; same origin, paths start with /api/v1. */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  // Looked up on each call (not captured once) so tests can stand in for the network.
  fetch: (request) => globalThis.fetch(request),
});
api.use(authMiddleware);

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/**
 * Returns the body of a successful call, or throws an {@link ApiError} built from the problem.
 * Every feature call goes through here so no failure is silently swallowed.
 */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      toProblem(response.status, error),
      parseRetryAfter(response.headers.get('Retry-After')),
    );
  }
  return data as T;
}

/** Like {@link unwrap}, and also returns the response's ETag for a later `If-Match`. */
export async function unwrapWithEtag<T>(
  call: Promise<FetchResult<T>>,
): Promise<{ data: T; etag: string | null }> {
  const result = await call;
  const data = await unwrap(Promise.resolve(result));
  return { data, etag: result.response.headers.get('ETag') };
}
