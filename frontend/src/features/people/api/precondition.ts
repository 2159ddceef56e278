import { ApiError } from '@/lib/api/problem';

/** 412: the ETag we sent is stale — someone else changed the thing since we read it. */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

export const STALE_MESSAGE =
  'Someone else changed this while you were editing. The latest version is shown now; make your change again.';
