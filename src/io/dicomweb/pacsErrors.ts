import { translator, type Locale } from '../../text';

/** What went wrong talking to a DICOMweb server, in the terms the reader can act on. */
export type PacsErrorKind = 'unreachable' | 'unauthorized' | 'forbidden' | 'notFound' | 'serverError' | 'refused' | 'cancelled' | 'blockedByPage' | 'nothingToSave';

/**
 * Why a PACS request failed, as data: `code` names a sentence of the `pacs`
 * catalogue's `errors`, the other fields are its placeholders. The edges (the
 * PACS dialog and bar) put it in the reader's language.
 */
export type PacsReason =
  | { code: 'unreachable' | 'unauthorized' | 'forbidden' | 'notFound'; origin: string }
  | { code: 'serverError' | 'refused'; origin: string; status: number }
  | { code: 'cancelled' }
  | { code: 'instanceMissing'; origin: string; sopInstanceUid: string }
  | { code: 'blockedByPage'; origin: string; setting: string }
  | { code: 'nothingToSave' };

/** A failed DICOMweb request; `reason` says why, `message` says it in English (logs, and lists kept as text). */
export class PacsError extends Error {
  readonly kind: PacsErrorKind;
  constructor(
    readonly reason: PacsReason,
    readonly status?: number,
  ) {
    super(pacsReasonText(reason, 'en'));
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

/** `reason` in the words of `locale`. */
export function pacsReasonText(reason: PacsReason, locale: Locale): string {
  return translator(locale, 'pacs')(`errors.${reason.code}`, reason);
}

/**
 * Any error in the words of `locale`: a {@link PacsError} by its reason; anything
 * else (a browser or library failure) by its own message, which has no translation.
 */
export function pacsErrorText(error: unknown, locale: Locale = 'en'): string {
  if (error instanceof PacsError) return pacsReasonText(error.reason, locale);
  return error instanceof Error ? error.message : String(error);
}
