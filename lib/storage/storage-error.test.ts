import { expect, test } from 'vitest';
import { describeStorageError } from './storage-error';

test.each([
  [new DOMException('', 'QuotaExceededError'), /storage for this site is full.*then try again$/],
  [{ name: 'QuotaExceededError', message: '' }, /storage for this site is full/],
  [new Error('Quota exceeded for origin'), /storage for this site is full/],
  [new Error('The database connection is closing.'), /^The database connection is closing$/],
  [new DOMException('', 'UnknownError'), /^The browser's storage failed without saying why/],
  ['nonsense', /^The browser's storage failed without saying why/],
])('%s reads as a plain sentence', (error, expected) => {
  const text = describeStorageError(error);
  expect(text).toMatch(expected);
  expect(text).not.toContain('()');
});
