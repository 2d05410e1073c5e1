/** What went wrong talking to a DICOMweb server, in the terms the reader can act on. */
export type PacsErrorKind = 'unreachable' | 'unauthorized' | 'forbidden' | 'notFound' | 'serverError' | 'refused' | 'cancelled' | 'blockedByPage';

/** A failed DICOMweb request; `message` is a sentence for the reader. */
export class PacsError extends Error {
  constructor(
    readonly kind: PacsErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'PacsError';
  }
}

/** The error of an HTTP status (0: no answer at all) from `origin`, worded for the reader. */
export function pacsErrorOfStatus(status: number, origin: string): PacsError {
  if (status === 0) {
    return new PacsError(
      'unreachable',
      `Cannot reach ${origin}: the server is down or the address is wrong, or the server does not allow this page to call it (CORS, see README "PACS").`,
      0,
    );
  }
  if (status === 401) return new PacsError('unauthorized', `${origin} refused the credentials (HTTP 401): check the user name and password, or the token.`, status);
  if (status === 403) return new PacsError('forbidden', `${origin} does not let this account do that (HTTP 403).`, status);
  if (status === 404) return new PacsError('notFound', `${origin} has no DICOMweb service at this address, or no longer has the object (HTTP 404): check the base address.`, status);
  if (status >= 500) return new PacsError('serverError', `${origin} failed with a server error (HTTP ${status}); try again later.`, status);
  return new PacsError('refused', `${origin} refused the request (HTTP ${status}).`, status);
}

/** Any error as a sentence for the reader. */
export function pacsErrorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
