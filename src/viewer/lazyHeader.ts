import { parseDicom, type DataSet } from 'dicom-parser';

/**
 * Parsed headers held at once: those of the slices around the one on screen and
 * of the loads in flight, which the viewer and Cornerstone read again and again.
 */
const PARSED_HEADERS_KEPT = 64;
/** The parsed elements of the headers read last, least recently read first. */
const recentlyParsed = new Map<DataSet, DataSet['elements']>();
/** Headers parsed again from their bytes since the page loaded: what keeping them as bytes costs in time. */
let reparses = 0;

function elementsOf(dataSet: DataSet): DataSet['elements'] {
  let elements = recentlyParsed.get(dataSet);
  if (elements) recentlyParsed.delete(dataSet);
  else {
    elements = parseDicom(dataSet.byteArray).elements;
    reparses += 1;
  }
  recentlyParsed.set(dataSet, elements);
  if (recentlyParsed.size > PARSED_HEADERS_KEPT) recentlyParsed.delete(recentlyParsed.keys().next().value!);
  return elements;
}

/**
 * The prototypes of lazy headers, one per prototype of the headers made lazy (dicom-parser's
 * DataSet): each reads `elements` through accessors it shares with every lazy header,
 * where a getter and setter of each header's own (two closures and their scope) cost
 * about 0.1 kB a slice.
 */
const lazyPrototypes = new WeakMap<object, object>();
const isLazyPrototype = new WeakSet<object>();

function lazyPrototypeOf(prototype: object): object {
  let lazy = lazyPrototypes.get(prototype);
  if (lazy) return lazy;
  lazy = Object.create(prototype, {
    elements: {
      get(this: DataSet) {
        return elementsOf(this);
      },
      // The loader's multi-frame code assigns elements of its own: the header holds them as given from then on.
      set(this: DataSet, assigned: DataSet['elements']) {
        recentlyParsed.delete(this);
        Object.defineProperty(this, 'elements', { value: assigned, writable: true, enumerable: true, configurable: true });
      },
      configurable: true,
    },
  }) as object;
  lazyPrototypes.set(prototype, lazy);
  isLazyPrototype.add(lazy);
  return lazy;
}

/**
 * Keeps a parsed header as its bytes alone: its `elements` are parsed again from
 * `byteArray` when read, and only the last {@link PARSED_HEADERS_KEPT} headers read
 * keep theirs. A parsed header is an object per element plus its VR and the
 * element table, several times its ~2 kB of bytes; over a stack of a thousand
 * slices that alone is more than the 15 % above the pixels that issue 11 allows.
 * Every reader (Cornerstone's metadata provider, the viewer's tag lookups) reads
 * through `elements` and sees the same elements as before. `dataSet` must have
 * been parsed from its whole `byteArray` by dicom-parser, not inflated from it.
 */
export function makeHeaderLazy(dataSet: DataSet): void {
  const prototype = Object.getPrototypeOf(dataSet) as object;
  if (isLazyPrototype.has(prototype) || !Object.prototype.hasOwnProperty.call(dataSet, 'elements')) return;
  const elements = dataSet.elements;
  delete (dataSet as { elements?: DataSet['elements'] }).elements;
  Object.setPrototypeOf(dataSet, lazyPrototypeOf(prototype));
  recentlyParsed.set(dataSet, elements);
  if (recentlyParsed.size > PARSED_HEADERS_KEPT) recentlyParsed.delete(recentlyParsed.keys().next().value!);
}

/** How many times a header was parsed again from its bytes (tests, benchmark). */
export function headerReparseCount(): number {
  return reparses;
}

/** How many headers hold their parsed elements now (tests). */
export function parsedHeaderCount(): number {
  return recentlyParsed.size;
}
