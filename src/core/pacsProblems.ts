/**
 * Why talking to a DICOMweb server failed, as data: `code` names the sentence,
 * the other fields are what it says (the server's origin, an HTTP status). Kept
 * as data wherever it is stored (a notice, a skipped series, a stopped scan) so
 * that it is worded when shown, in the language the reader has chosen by then.
 */
export type PacsReason =
  | { code: 'unreachable' | 'unauthorized' | 'forbidden' | 'notFound'; origin: string }
  | { code: 'serverError' | 'refused'; origin: string; status: number }
  | { code: 'cancelled' }
  | { code: 'instanceMissing'; origin: string; sopInstanceUid: string }
  | { code: 'blockedByPage'; origin: string; setting: string }
  | { code: 'nothingToSave' };

/** A PACS failure: a known reason, or a failure of the browser or a library whose own words (`detail`) are all there is. */
export type PacsProblem = PacsReason | { code: 'unexpected'; detail: string };
