import type { DataSet } from 'dicom-parser';

/**
 * Typed access to the attributes of one data set, whatever it was read from: a
 * Part 10 file parsed by dicom-parser, or DICOM JSON from a DICOMweb server
 * (PS3.18 F.2). Tags are written `x00200032`, dicom-parser's form. Every getter
 * gives undefined for an absent, empty or malformed value rather than a guess.
 */
export interface AttributeReader {
  text(tag: string): string | undefined;
  /** An IS value. */
  int(tag: string): number | undefined;
  /** A DS value (the first, when several). */
  decimal(tag: string): number | undefined;
  /** A multi-valued DS as exactly `count` finite numbers. */
  decimals(tag: string, count: number): number[] | undefined;
  /** A US value. */
  ushort(tag: string): number | undefined;
  /** The items of a sequence (SQ). */
  items(tag: string): AttributeReader[] | undefined;
}

const finite = (n: number | undefined): number | undefined => (n !== undefined && Number.isFinite(n) ? n : undefined);

/** Reads a dicom-parser data set. */
export function dataSetReader(ds: DataSet): AttributeReader {
  return {
    text: (tag) => ds.string(tag) || undefined,
    int: (tag) => finite(ds.intString(tag)),
    decimal: (tag) => finite(ds.floatString(tag)),
    decimals(tag, count) {
      if (ds.numStringValues(tag) !== count) return undefined;
      const values = Array.from({ length: count }, (_, i) => ds.floatString(tag, i));
      return values.every((v) => v !== undefined && Number.isFinite(v)) ? (values as number[]) : undefined;
    },
    // A US value is 2 binary bytes; any other length means a mis-encoded element, better dropped than misread.
    ushort: (tag) => (ds.elements[tag]?.length === 2 ? ds.uint16(tag) : undefined),
    items: (tag) => ds.elements[tag]?.items?.flatMap((item) => (item.dataSet ? [dataSetReader(item.dataSet)] : [])),
  };
}
