/**
 * Why a stack cannot be shown, in words a radiologist can act on. Cornerstone's
 * loader rejects with Errors, strings or `{ error }` wrappers depending on where
 * decoding failed (main thread or worker), so all three are unwrapped here.
 */

function rawMessage(error: unknown, depth = 0): string {
  if (depth > 3) return 'unknown error';
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object') {
    const o = error as { error?: unknown; message?: unknown };
    if (o.error !== undefined) return rawMessage(o.error, depth + 1);
    if (typeof o.message === 'string') return o.message;
  }
  return 'unknown error';
}

/**
 * "Cannot display: unsupported transfer syntax 1.2.840.10008.1.2.4.100" when the
 * decoder gave up on the encoding, otherwise "Cannot display: <loader message>".
 */
export function describeLoadError(error: unknown, transferSyntaxUid?: string): string {
  const message = rawMessage(error);
  const syntax = /transfer syntax\s+([0-9.]+)/i.exec(message)?.[1] ?? (/transfer syntax/i.test(message) ? transferSyntaxUid : undefined);
  if (syntax) return `Cannot display: unsupported transfer syntax ${syntax}`;
  return `Cannot display: ${message}`;
}
