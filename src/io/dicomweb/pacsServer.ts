import { z } from 'zod';

/**
 * A DICOMweb server the reader configured: one base URL serves QIDO-RS, WADO-RS
 * and STOW-RS (`<base>/studies…`), as Orthanc, dcm4chee and most PACS expose them.
 */
export const pacsServerSchema = z.object({
  /** e.g. `https://pacs.example.org/dicom-web`, without a trailing slash. */
  url: z.string(),
  auth: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('basic'), username: z.string(), password: z.string() }),
    z.object({ kind: z.literal('bearer'), token: z.string() }),
  ]),
});

export type PacsServer = z.infer<typeof pacsServerSchema>;
export type PacsAuth = PacsServer['auth'];

/** What a server address looks like written in full, for the reader and the address field's placeholder. */
export const SERVER_URL_EXAMPLE = 'https://pacs.example.org/dicom-web';

/**
 * Why a typed address cannot be used, as data: `code` names a sentence of the
 * `pacs` catalogue's `address`, the other fields are its placeholders.
 */
export type ServerUrlProblem =
  | { code: 'not-an-address'; text: string; example: string }
  | { code: 'not-http'; protocol: string }
  | { code: 'credentials-in-address' }
  | { code: 'query-or-fragment' };

/** The server's base URL normalised (no trailing slash, no query), or the reason it cannot be used. */
export function checkServerUrl(text: string): { ok: true; url: string; origin: string } | { ok: false; reason: ServerUrlProblem } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, reason: { code: 'not-an-address', text, example: SERVER_URL_EXAMPLE } };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: { code: 'not-http', protocol: url.protocol } };
  if (url.username || url.password) return { ok: false, reason: { code: 'credentials-in-address' } };
  if (url.search || url.hash) return { ok: false, reason: { code: 'query-or-fragment' } };
  return { ok: true, url: url.href.replace(/\/+$/, ''), origin: url.origin };
}

/** The Authorization header value of `auth`, or undefined when the server needs none. */
export function authorizationHeader(auth: PacsAuth): string | undefined {
  switch (auth.kind) {
    case 'none':
      return undefined;
    case 'basic':
      // btoa takes Latin-1 only; encode UTF-8 first so that any password works (RFC 7617 charset UTF-8).
      return `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${auth.username}:${auth.password}`)))}`;
    case 'bearer':
      return `Bearer ${auth.token}`;
  }
}
