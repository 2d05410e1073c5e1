/**
 * Why a file opened by the reader is not loaded, as data: a code and its
 * parameters. `src/text` puts them into words in the reader's language; tests
 * and code check the code, never the prose. Technical details that come from a
 * library or the browser (`detail`) are shown as they are.
 */

/** DICOM objects that are never an image the viewer shows. */
export type NonImageObject =
  | 'structured-report'
  | 'presentation-state'
  | 'encapsulated-document'
  | 'waveform'
  | 'rt-dose'
  | 'rt-structure-set'
  | 'rt-plan'
  | 'raw-registration-segmentation';

export type SkipReason =
  /** No DICM prefix and no header that parses. */
  | { code: 'not-dicom' }
  /** A segmentation or RT dose: listed in its study, not drawn. */
  | { code: 'not-displayed'; object: 'segmentation' | 'rt-dose'; sopClassUid: string }
  /** DICOM without pixel data; `object` when its SOP class says what it is. */
  | { code: 'not-an-image'; object?: NonImageObject; sopClassUid: string | undefined }
  /** A DICOMDIR: a directory record. */
  | { code: 'dicomdir' }
  /** Only the head of the file was read and the header runs past it (the scan reads more). */
  | { code: 'header-continues' }
  /** The whole file was read and the header still ends early. */
  | { code: 'truncated'; byteCount: number; detail: string }
  /** Identifiers without which an image cannot be placed in a series (DICOM keywords). */
  | { code: 'missing-uids'; attributes: string[] }
  /** No Rows or Columns. */
  | { code: 'missing-rows-columns' }
  /** The browser could not read the file. */
  | { code: 'unreadable'; detail: string }
  /** A .zip that does not open. */
  | { code: 'unreadable-archive'; archive: string; detail: string }
  /** A second copy of an instance (same SOP Instance UID) as the file at `duplicateOf`. */
  | { code: 'duplicate'; duplicateOf: string }
  /** A PACS series that the server could not describe; `detail` is what the server or network said. */
  | { code: 'series-unavailable'; detail: string };

export type SkipReasonCode = SkipReason['code'];
