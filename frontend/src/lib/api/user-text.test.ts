import { describe, expect, it } from 'vitest';
import { ApiError } from './problem';
import { developerDetail, readsAsSentence, userMessage } from './user-text';

const base = 'https://throughline.app/problems/';

describe('error text for people', () => {
  it('tells a refused cycle as a sentence, keeping the developer detail aside', () => {
    const error = new ApiError(409, {
      type: `${base}dependency-cycle`,
      title: 'Dependency cycle',
      status: 409,
      detail: 'The link would close a cycle; their ids are in `cycle`',
    });
    expect(userMessage(error)).toMatch(/wait for each other forever/);
    expect(userMessage(error)).not.toMatch(/cycle`|ids/);
    expect(developerDetail(error)).toContain('their ids are in `cycle`');
  });

  it('names the size limit of an oversized file in megabytes', () => {
    const error = new ApiError(413, {
      type: `${base}attachment-too-large`,
      status: 413,
      detail: 'The file has 20000000 bytes; attachments may have at most 10485760',
      maxBytes: 10485760,
    } as never);
    expect(userMessage(error)).toBe('The file is too large to attach: files may be at most 10 MB.');
  });

  it("keeps a generic problem's detail when it already reads as a sentence", () => {
    const error = new ApiError(409, {
      type: `${base}conflict`,
      status: 409,
      detail: 'A person with this e-mail address is already in the workspace.',
    });
    expect(userMessage(error)).toBe(
      'A person with this e-mail address is already in the workspace.',
    );
  });

  it('replaces a detail written for developers with a sentence by status', () => {
    const error = new ApiError(422, {
      type: `${base}validation`,
      status: 422,
      detail: 'create.body.name: must not be blank',
      errors: [{ field: 'create.body.name', message: 'must not be blank' }],
    });
    expect(userMessage(error)).toMatch(/see the fields marked/);
    expect(developerDetail(error)).toContain('create.body.name: must not be blank');
    const notFound = new ApiError(404, {
      type: `${base}not-found`,
      status: 404,
      detail: 'No task 3f1c2a9e-1111-4b8f-a1b2-9a3c5d7e9f01',
    });
    expect(userMessage(notFound)).toMatch(/doesn't exist any more/);
  });

  it('says when to retry a rate-limited request', () => {
    const error = new ApiError(
      429,
      { type: `${base}rate-limited`, status: 429, detail: 'Rate limit' },
      12,
    );
    expect(userMessage(error)).toBe('Too many requests in a short time. Try again in 12 seconds.');
  });

  it('recognises developer text', () => {
    expect(readsAsSentence('their ids are in `cycle`')).toBe(false);
    expect(readsAsSentence('body.email: must be a well-formed email address')).toBe(false);
    expect(readsAsSentence('The project key WEB is taken.')).toBe(true);
  });
});
