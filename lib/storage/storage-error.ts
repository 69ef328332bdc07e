/**
 * What a failed IndexedDB request means (a sentence without its final full stop, for the caller
 * to place in its own message) to the user, in plain words. A browser reports a full disk
 * or a site over its storage quota as a `QuotaExceededError` whose message is often empty, which
 * once reached the screen as "()".
 */
export function describeStorageError(error: unknown): string {
  if (isQuotaError(error)) {
    return 'This browser has no room left to store it: its storage for this site is full. Free some space (delete pitches you no longer need after saving them with "Export JSON", or free disk space on this device), then try again';
  }
  const message = isNamedError(error) ? error.message.trim().replace(/\.$/, '') : '';
  return (
    message || "The browser's storage failed without saying why; try again, or reload the page"
  );
}

/** Whether `error` says storage is full (a DOMException, or one copied across a worker boundary). */
export function isQuotaError(error: unknown): boolean {
  if (!isNamedError(error)) return false;
  return error.name === 'QuotaExceededError' || /quota/i.test(error.message);
}

function isNamedError(error: unknown): error is { name: string; message: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { name?: unknown }).name === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}
