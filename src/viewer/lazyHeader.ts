import { parseDicom, type DataSet } from 'dicom-parser';
import { packHeaderBytes, unpackHeaderBytes, type PackedHeaderBytes } from './packedHeaderBytes';

/**
 * Parsed headers held at once: those of the slices around the one on screen and
 * of the loads in flight, which the viewer and Cornerstone read again and again.
 * Each is ~7 kB; 32 cover a pane's loads in flight and its neighbours with room to
 * spare (64 held 0.2 MB more after a load for no fewer parses in e2e/longStackJump).
 */
const PARSED_HEADERS_KEPT = 32;

interface ParsedHeader {
  byteArray: Uint8Array;
  elements: DataSet['elements'];
}

/** A lazy header's own field: its bytes, packed against an earlier header's or whole. */
interface LazyFields {
  kept: PackedHeaderBytes | Uint8Array;
}

/** The bytes and parsed elements of the headers read last, least recently read first. */
const recentlyParsed = new Map<object, ParsedHeader>();
/** Headers parsed again from their bytes since the page loaded: what keeping them as bytes costs in time. */
let reparses = 0;

function remember(header: object, parsed: ParsedHeader): ParsedHeader {
  recentlyParsed.set(header, parsed);
  if (recentlyParsed.size > PARSED_HEADERS_KEPT) recentlyParsed.delete(recentlyParsed.keys().next().value!);
  return parsed;
}

function parsedOf(header: LazyFields): ParsedHeader {
  const parsed = recentlyParsed.get(header);
  if (parsed) {
    recentlyParsed.delete(header);
    return remember(header, parsed);
  }
  const byteArray = header.kept instanceof Uint8Array ? header.kept : unpackHeaderBytes(header.kept);
  reparses += 1;
  return remember(header, { byteArray, elements: parseDicom(byteArray).elements });
}

/** Gives `field` of `header` the value assigned from now on (the loader's multi-frame code assigns elements of its own). */
function holdAssigned(header: object, field: keyof ParsedHeader, assigned: unknown): void {
  Object.defineProperty(header, field, { value: assigned, writable: true, enumerable: true, configurable: true });
}

/**
 * The prototypes of lazy headers, one per prototype of the headers made lazy (dicom-parser's
 * DataSet): each reads `byteArray` and `elements` through accessors it shares with every
 * lazy header, where a getter and setter of each header's own (two closures and their
 * scope) cost about 0.1 kB a slice.
 */
const lazyPrototypes = new WeakMap<object, object>();
const isLazyPrototype = new WeakSet<object>();

function lazyPrototypeOf(prototype: object): object {
  let lazy = lazyPrototypes.get(prototype);
  if (lazy) return lazy;
  lazy = Object.create(prototype, {
    byteArray: {
      get(this: LazyFields) {
        return parsedOf(this).byteArray;
      },
      set(this: LazyFields, assigned: Uint8Array) {
        holdAssigned(this, 'byteArray', assigned);
      },
      configurable: true,
    },
    elements: {
      get(this: LazyFields) {
        return parsedOf(this).elements;
      },
      set(this: LazyFields, assigned: DataSet['elements']) {
        holdAssigned(this, 'elements', assigned);
      },
      configurable: true,
    },
  }) as object;
  lazyPrototypes.set(prototype, lazy);
  isLazyPrototype.add(lazy);
  return lazy;
}

/**
 * A header that reads as `dataSet` but is kept as bytes alone: its `elements` are parsed
 * again from its bytes when read, and only the last {@link PARSED_HEADERS_KEPT} headers
 * read keep theirs. A parsed header is an object per element plus its VR and the
 * element table, several times its ~1.4 kB of bytes; over a stack of a thousand
 * slices that alone is more than the 15 % above the pixels that issue 11 allows. The
 * bytes themselves are packed against another header's where they repeat them
 * (packedHeaderBytes.ts). Every reader (Cornerstone's metadata provider, the viewer's
 * tag lookups) reads through `elements` and `byteArray` and sees the same as before.
 * A new object (which replaces `dataSet` where it is kept), not `dataSet` changed: a
 * deleted property turns an object into a dictionary of its own, 0.25 kB a slice.
 * `dataSet` must have been parsed from its whole `byteArray` by dicom-parser, not
 * inflated from it; a lazy header is returned as it is.
 */
export function makeHeaderLazy(dataSet: DataSet): DataSet {
  const prototype = Object.getPrototypeOf(dataSet) as object;
  if (isLazyPrototype.has(prototype)) return dataSet;
  const { byteArray, elements, ...rest } = dataSet;
  const lazy = Object.assign(Object.create(lazyPrototypeOf(prototype)) as DataSet & LazyFields, rest, { kept: packHeaderBytes(byteArray, elements) });
  remember(lazy, { byteArray, elements });
  return lazy;
}

/** How many times a header was parsed again from its bytes (tests, benchmark). */
export function headerReparseCount(): number {
  return reparses;
}

/** How many headers hold their parsed elements now (tests). */
export function parsedHeaderCount(): number {
  return recentlyParsed.size;
}
