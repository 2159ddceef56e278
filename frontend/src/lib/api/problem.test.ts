import { describe, expect, it } from 'vitest';
import { ApiError, errorMessage, fieldError, parseRetryAfter, toProblem } from './problem';

describe('problem details', () => {
  it('keeps a problem document as the service sent it', () => {
    const body = { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Name is taken.' };
    expect(toProblem(409, body)).toBe(body);
  });

  it('explains a failure that came without a problem document', () => {
    expect(toProblem(502, null).detail).toMatch(/could not complete the request/);
    expect(toProblem(404, '<html>').detail).toBe('The request failed with status 404.');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('42')).toBe(42);
    expect(parseRetryAfter(null)).toBeUndefined();
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    expect(parseRetryAfter(inTenSeconds)).toBeGreaterThanOrEqual(8);
  });

  it('finds the message for a field, also when the service names its path', () => {
    const error = new ApiError(422, {
      status: 422,
      detail: 'Invalid',
      errors: [{ field: 'register.body.email', message: 'must be a well-formed email address' }],
    });
    expect(fieldError(error, 'email')).toBe('must be a well-formed email address');
    expect(fieldError(error, 'name')).toBeUndefined();
    expect(errorMessage(error)).toBe('Invalid');
  });

  it('says the service is unreachable on a network error', () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toMatch(/Could not reach the service/);
  });
});
