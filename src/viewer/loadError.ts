/**
 * Why a stack cannot be shown, as data the pane puts in words a radiologist can
 * act on. Cornerstone's loader rejects with Errors, strings or `{ error }`
 * wrappers depending on where decoding failed (main thread or worker), so all
 * three are unwrapped here.
 */

/** The decoder gave up on the encoding `syntax`; the loader said `message`; nothing usable came; or the series has no image. */
export type LoadError = { code: 'unsupportedSyntax'; syntax: string } | { code: 'loader'; message: string } | { code: 'unknown' } | { code: 'noImages' };

function rawMessage(error: unknown, depth = 0): string | undefined {
  if (depth > 3) return undefined;
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object') {
    const o = error as { error?: unknown; message?: unknown };
    if (o.error !== undefined) return rawMessage(o.error, depth + 1);
    if (typeof o.message === 'string') return o.message;
  }
  return undefined;
}

/**
 * The unsupported transfer syntax (e.g. 1.2.840.10008.1.2.4.100) when the decoder
 * gave up on the encoding, otherwise the loader's own message.
 */
export function describeLoadError(error: unknown, transferSyntaxUid?: string): LoadError {
  const message = rawMessage(error);
  if (message === undefined) return { code: 'unknown' };
  const syntax = /transfer syntax\s+([0-9.]+)/i.exec(message)?.[1] ?? (/transfer syntax/i.test(message) ? transferSyntaxUid : undefined);
  return syntax ? { code: 'unsupportedSyntax', syntax } : { code: 'loader', message };
}
