import type { PacsProblem, PacsReason } from '../../core';
import { pacsProblemText, type Locale } from '../../text';

export type { PacsProblem, PacsReason };

/** What went wrong talking to a DICOMweb server, in the terms the reader can act on. */
export type PacsErrorKind = 'unreachable' | 'unauthorized' | 'forbidden' | 'notFound' | 'serverError' | 'refused' | 'cancelled' | 'blockedByPage' | 'nothingToSave';

/** A failed DICOMweb request; `reason` says why, `message` says it in English (logs, and lists kept as text). */
export class PacsError extends Error {
  readonly kind: PacsErrorKind;
  constructor(
    readonly reason: PacsReason,
    readonly status?: number,
  ) {
    super(pacsProblemText(reason, 'en'));
    this.name = 'PacsError';
    this.kind = reason.code === 'instanceMissing' ? 'notFound' : reason.code;
  }
}

/** The error of an HTTP status (0: no answer at all) from `origin`. */
export function pacsErrorOfStatus(status: number, origin: string): PacsError {
  if (status === 0) return new PacsError({ code: 'unreachable', origin }, 0);
  if (status === 401) return new PacsError({ code: 'unauthorized', origin }, status);
  if (status === 403) return new PacsError({ code: 'forbidden', origin }, status);
  if (status === 404) return new PacsError({ code: 'notFound', origin }, status);
  return new PacsError({ code: status >= 500 ? 'serverError' : 'refused', origin, status }, status);
}

/**
 * Any error as data to keep (in the store, a notice): a {@link PacsError} by its
 * reason; anything else (a browser or library failure) by its own message, which
 * has no translation.
 */
export function pacsProblemOf(error: unknown): PacsProblem {
  if (error instanceof PacsError) return error.reason;
  return { code: 'unexpected', detail: error instanceof Error ? error.message : String(error) };
}

/** Any error in the words of `locale` (see {@link pacsProblemOf}). */
export function pacsErrorText(error: unknown, locale: Locale = 'en'): string {
  return pacsProblemText(pacsProblemOf(error), locale);
}
