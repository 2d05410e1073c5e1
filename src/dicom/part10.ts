import { inflateSync } from 'fflate';

/** Transfer syntax whose data set is raw-DEFLATE compressed (PS3.5 A.5). */
export const DEFLATED_EXPLICIT_VR_LE = '1.2.840.10008.1.2.1.99';
/** Explicit VR Little Endian, what a deflated file becomes once inflated. */
export const EXPLICIT_VR_LE = '1.2.840.10008.1.2.1';

/** Offset of the data after the 128-byte preamble and the `DICM` magic. */
export const PART10_PREFIX_BYTES = 132;

// VRs with a 2-byte reserved field and a 4-byte length in Explicit VR encoding (PS3.5 7.1.2).
const LONG_VRS = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'SV', 'UC', 'UN', 'UR', 'UT', 'UV']);

interface MetaElement {
  element: number;
  /** The whole encoded element: tag, VR, length and value. */
  raw: Uint8Array;
}

/** True when `bytes` carries the Part 10 preamble and `DICM` magic. */
export function hasDicmPrefix(bytes: Uint8Array): boolean {
  return (
    bytes.length >= PART10_PREFIX_BYTES &&
    bytes[128] === 0x44 && // D
    bytes[129] === 0x49 && // I
    bytes[130] === 0x43 && // C
    bytes[131] === 0x4d // M
  );
}

/**
 * Walks the File Meta group, which is always Explicit VR LE whatever the file's
 * transfer syntax, so that it can be rewritten without a full DICOM parser.
 */
function readMetaGroup(bytes: Uint8Array): { elements: MetaElement[]; dataSetOffset: number } {
  if (!hasDicmPrefix(bytes)) throw new Error('not a Part 10 file: no DICM prefix at byte 128');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const elements: MetaElement[] = [];
  let pos = PART10_PREFIX_BYTES;
  while (pos + 8 <= bytes.length && view.getUint16(pos, true) === 0x0002) {
    const vr = String.fromCharCode(bytes[pos + 4] ?? 0, bytes[pos + 5] ?? 0);
    const long = LONG_VRS.has(vr);
    const length = long ? view.getUint32(pos + 8, true) : view.getUint16(pos + 6, true);
    const end = pos + (long ? 12 : 8) + length;
    if (end > bytes.length) throw new Error('truncated file: the file meta header runs past the end of the file');
    elements.push({ element: view.getUint16(pos + 2, true), raw: bytes.subarray(pos, end) });
    pos = end;
  }
  return { elements, dataSetOffset: pos };
}

/** Reads a string element of the File Meta group, e.g. 0x0010 Transfer Syntax UID; undefined when absent. */
export function readMetaString(bytes: Uint8Array, element: number): string | undefined {
  const found = readMetaGroup(bytes).elements.find((e) => e.element === element);
  if (!found) return undefined;
  return new TextDecoder().decode(found.raw.subarray(8)).replace(/[\0 ]+$/, '');
}

/** Encodes an Explicit VR LE element (`tag` as 0xGGGGEEEE) whose value is already of even length. */
export function encodeElement(tag: number, vr: string, value: Uint8Array): Uint8Array<ArrayBuffer> {
  const long = LONG_VRS.has(vr);
  const header = long ? 12 : 8;
  const out = new Uint8Array(header + value.length);
  const view = new DataView(out.buffer);
  view.setUint16(0, tag >>> 16, true);
  view.setUint16(2, tag & 0xffff, true);
  out[4] = vr.charCodeAt(0);
  out[5] = vr.charCodeAt(1);
  if (long) view.setUint32(8, value.length, true);
  else view.setUint16(6, value.length, true);
  out.set(value, header);
  return out;
}

/** Encodes a short-form Explicit VR LE element of group 0002. */
function encodeMetaElement(element: number, vr: string, value: Uint8Array): Uint8Array {
  return encodeElement(0x00020000 | element, vr, value);
}

/** Joins byte arrays into one. */
function concatenated(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let pos = 0;
  for (const part of parts) {
    out.set(part, pos);
    pos += part.length;
  }
  return out;
}

/** A UID's bytes, padded to even length with NUL (PS3.5 9.1). */
export function uidValue(uid: string): Uint8Array {
  return new TextEncoder().encode(uid.length % 2 ? `${uid}\0` : uid);
}

/**
 * A Part 10 file in Explicit VR Little Endian: preamble, `DICM`, a File Meta group for the
 * SOP class and instance, then `dataSet`, the data set's elements already encoded in tag order
 * (see {@link encodeElement}).
 */
export function part10File(sopClassUid: string, sopInstanceUid: string, implementationClassUid: string, dataSet: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const body = [
    encodeElement(0x00020001, 'OB', new Uint8Array([0, 1])),
    encodeMetaElement(0x0002, 'UI', uidValue(sopClassUid)),
    encodeMetaElement(0x0003, 'UI', uidValue(sopInstanceUid)),
    encodeMetaElement(0x0010, 'UI', uidValue(EXPLICIT_VR_LE)),
    encodeMetaElement(0x0012, 'UI', uidValue(implementationClassUid)),
  ];
  const groupLength = new Uint8Array(4);
  new DataView(groupLength.buffer).setUint32(0, body.reduce((sum, raw) => sum + raw.length, 0), true);
  const prefix = new Uint8Array(PART10_PREFIX_BYTES);
  prefix.set([0x44, 0x49, 0x43, 0x4d], 128); // DICM
  return concatenated([prefix, encodeMetaElement(0x0000, 'UL', groupLength), ...body, ...dataSet]);
}

/**
 * Builds a Part 10 file from `bytes`' preamble and File Meta group, with the
 * Transfer Syntax UID replaced and the group length recomputed, followed by `dataSet`.
 */
export function rewritePart10(bytes: Uint8Array, transferSyntaxUID: string, dataSet: Uint8Array): Uint8Array<ArrayBuffer> {
  const uid = uidValue(transferSyntaxUID);
  const kept = readMetaGroup(bytes).elements.filter((e) => e.element !== 0x0000 && e.element !== 0x0010);
  const body = [...kept, { element: 0x0010, raw: encodeMetaElement(0x0010, 'UI', uid) }]
    .sort((a, b) => a.element - b.element)
    .map((e) => e.raw);
  const groupLength = body.reduce((sum, raw) => sum + raw.length, 0);
  const lengthValue = new Uint8Array(4);
  new DataView(lengthValue.buffer).setUint32(0, groupLength, true);
  return concatenated([bytes.subarray(0, PART10_PREFIX_BYTES), encodeMetaElement(0x0000, 'UL', lengthValue), ...body, dataSet]);
}

/** The encoded data set that follows a Part 10 file's File Meta group (a view, not a copy). */
export function dataSetBytes(bytes: Uint8Array): Uint8Array {
  return bytes.subarray(readMetaGroup(bytes).dataSetOffset);
}

/**
 * Rewrites a Deflated Explicit VR Little Endian file as an Explicit VR Little
 * Endian one, pixel data included, because Cornerstone's v5 loader cannot read
 * deflated files. Files in any other transfer syntax are returned unchanged.
 *
 * @param bytes a complete Part 10 file
 * @throws Error when the meta header is malformed or the deflate stream is corrupt
 */
export function inflateDeflatedPart10<B extends ArrayBufferLike>(bytes: Uint8Array<B>): Uint8Array<B | ArrayBuffer> {
  if (readMetaString(bytes, 0x0010) !== DEFLATED_EXPLICIT_VR_LE) return bytes;
  // PS3.5 A.5: the data set is raw DEFLATE (RFC 1951) without a zlib wrapper.
  return rewritePart10(bytes, EXPLICIT_VR_LE, inflateSync(dataSetBytes(bytes)));
}
