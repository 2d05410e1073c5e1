import type { DataSet } from 'dicom-parser';

/**
 * A header's bytes kept as pieces of another header's (its reference) and bytes of its
 * own. The slices of a series repeat most of their header byte for byte (in a synthetic
 * CT all but ~80 of 1388 bytes: UIDs, position, instance number differ), so a stack of
 * a thousand headers kept whole held 1.4 MB, mostly copies of one another.
 */
export interface PackedHeaderBytes {
  readonly reference: Uint8Array;
  /**
   * Pairs (start, length): start ≥ 0 copies reference[start…], start < 0 copies own[−start − 1…].
   * The header's own bytes follow the runs in the same buffer ({@link ownBytes}): one view less per header.
   */
  readonly runs: Int32Array;
  readonly ownLength: number;
  readonly byteLength: number;
}

/** The bytes of `packed` that are its own, not its reference's: they follow its runs. */
export function ownBytes(packed: PackedHeaderBytes): Uint8Array {
  return new Uint8Array(packed.runs.buffer, packed.runs.byteOffset + packed.runs.byteLength, packed.ownLength);
}

/** A header kept whole that later headers are packed against, with where each of its elements' pieces lies. */
interface Reference {
  readonly bytes: Uint8Array;
  readonly pieces: Map<string, readonly [start: number, end: number]>;
}

let reference: Reference | undefined;

/**
 * The header cut before each top-level element's value, each piece named by that
 * element (the first, "", is what comes before the first value): a partition of the
 * bytes, so any choice of where each piece comes from gives the bytes back whole.
 */
function piecesOf(bytes: Uint8Array, elements: DataSet['elements']): Map<string, readonly [number, number]> {
  const starts = Object.entries(elements)
    .map(([tag, element]) => [tag, element.dataOffset] as const)
    .filter(([, offset]) => offset > 0 && offset <= bytes.length)
    .sort((a, b) => a[1] - b[1]);
  const pieces = new Map<string, readonly [number, number]>();
  let name = '';
  let start = 0;
  for (const [tag, offset] of starts) {
    if (offset <= start) continue;
    pieces.set(name, [start, offset]);
    [name, start] = [tag, offset];
  }
  pieces.set(name, [start, bytes.length]);
  return pieces;
}

function sameBytes(a: Uint8Array, aStart: number, b: Uint8Array, bStart: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (a[aStart + i] !== b[bStart + i]) return false;
  return true;
}

/**
 * Shared buffers the packed headers' runs and own bytes are kept in. An ArrayBuffer of
 * its own per header costs more than the ~200 bytes it would hold (its object, its
 * backing store's bookkeeping); a thousand slices' packed headers fit in a few of these.
 */
const STORE_BYTES = 32 * 1024;
let store = new ArrayBuffer(STORE_BYTES);
let storeUsed = 0;

/** `byteLength` bytes at a multiple of `alignment` in the current store (a new one when it is full; one of their own when larger). */
function reserve(byteLength: number, alignment: number): [ArrayBuffer, number] {
  if (byteLength > STORE_BYTES / 4) return [new ArrayBuffer(byteLength), 0];
  let offset = Math.ceil(storeUsed / alignment) * alignment;
  if (offset + byteLength > STORE_BYTES) {
    store = new ArrayBuffer(STORE_BYTES);
    offset = 0;
  }
  storeUsed = offset + byteLength;
  return [store, offset];
}

/** `runs` and then `own` stored side by side in a shared buffer; returns the runs' view. */
function storedRunsAndBytes(runs: readonly number[], own: readonly number[]): Int32Array {
  const runBytes = runs.length * Int32Array.BYTES_PER_ELEMENT;
  const [buffer, offset] = reserve(runBytes + own.length, Int32Array.BYTES_PER_ELEMENT);
  const stored = new Int32Array(buffer, offset, runs.length);
  stored.set(runs);
  new Uint8Array(buffer, offset + runBytes, own.length).set(own);
  return stored;
}

/** The bytes of `packed`, whole again. */
export function unpackHeaderBytes(packed: PackedHeaderBytes): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(packed.byteLength);
  const own = ownBytes(packed);
  let at = 0;
  for (let i = 0; i < packed.runs.length; i += 2) {
    const [start, length] = [packed.runs[i]!, packed.runs[i + 1]!];
    bytes.set(start >= 0 ? packed.reference.subarray(start, start + length) : own.subarray(-start - 1, -start - 1 + length), at);
    at += length;
  }
  return bytes;
}

/** Appends a run to `runs`, merged with the last when it continues it (same source, next byte). */
function addRun(runs: number[], start: number, length: number): void {
  const last = runs.length - 2;
  if (last >= 0) {
    const [lastStart, lastLength] = [runs[last]!, runs[last + 1]!];
    const continues = start >= 0 ? lastStart >= 0 && lastStart + lastLength === start : lastStart < 0 && lastStart - lastLength === start;
    if (continues) {
      runs[last + 1] = lastLength + length;
      return;
    }
  }
  runs.push(start, length);
}

/**
 * `bytes` (a header parsed into `elements`) packed against the last header kept whole,
 * or `bytes` themselves when fewer than half of them are found there, which then become
 * the reference of the headers after them (the first slice of the next series).
 */
export function packHeaderBytes(bytes: Uint8Array, elements: DataSet['elements']): PackedHeaderBytes | Uint8Array {
  const pieces = piecesOf(bytes, elements);
  if (reference) {
    const runs: number[] = [];
    const own: number[] = [];
    for (const [name, [start, end]] of pieces) {
      const theirs = reference.pieces.get(name);
      const length = end - start;
      if (theirs && theirs[1] - theirs[0] === length && sameBytes(bytes, start, reference.bytes, theirs[0], length)) addRun(runs, theirs[0], length);
      else {
        addRun(runs, -own.length - 1, length);
        for (let i = start; i < end; i++) own.push(bytes[i]!);
      }
    }
    if (own.length * 2 < bytes.length) return { reference: reference.bytes, runs: storedRunsAndBytes(runs, own), ownLength: own.length, byteLength: bytes.length };
  }
  reference = { bytes, pieces };
  return bytes;
}
