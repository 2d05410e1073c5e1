import type { AttributeReader } from './attributeReader';

/** One attribute of DICOM JSON (PS3.18 F.2.2): its VR and, unless empty, its values. */
export interface DicomJsonAttribute {
  vr: string;
  Value?: unknown[];
  BulkDataURI?: string;
  InlineBinary?: string;
}

/** A data set in DICOM JSON, keyed by tag as 8 hex digits (`00200032`), as QIDO-RS and WADO-RS metadata return it. */
export type DicomJsonDataSet = Record<string, DicomJsonAttribute | undefined>;

const finite = (n: unknown): number | undefined => (typeof n === 'number' && Number.isFinite(n) ? n : undefined);

/** A number as DICOM JSON gives IS/DS/US values: a JSON number, or a string some servers send for DS and IS. */
function numberOf(value: unknown): number | undefined {
  if (typeof value === 'string' && value.trim() !== '') return finite(Number(value));
  return finite(value);
}

/** The text of a value; a person name (PN) is its alphabetic group, as dicom-parser reads it from a file. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value || undefined;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && 'Alphabetic' in value) return textOf((value as { Alphabetic: unknown }).Alphabetic);
  return undefined;
}

/** Reads DICOM JSON through the same {@link AttributeReader} a parsed file gives, so both build the same header. */
export function dicomJsonReader(json: DicomJsonDataSet): AttributeReader {
  const values = (tag: string): unknown[] | undefined => json[tag.slice(1).toUpperCase()]?.Value;
  return {
    text: (tag) => {
      const all = values(tag);
      // A multi-valued string reads as dicom-parser gives it: the values joined by backslashes.
      const texts = all?.map(textOf);
      return texts && texts.some((t) => t !== undefined) ? texts.map((t) => t ?? '').join('\\') : undefined;
    },
    int: (tag) => {
      const n = numberOf(values(tag)?.[0]);
      return n === undefined ? undefined : Math.trunc(n);
    },
    decimal: (tag) => numberOf(values(tag)?.[0]),
    decimals: (tag, count) => {
      const all = values(tag)?.map(numberOf);
      return all?.length === count && all.every((v) => v !== undefined) ? (all as number[]) : undefined;
    },
    ushort: (tag) => {
      const n = numberOf(values(tag)?.[0]);
      return n !== undefined && Number.isInteger(n) && n >= 0 && n <= 0xffff ? n : undefined;
    },
    items: (tag) => values(tag)?.filter((item): item is DicomJsonDataSet => !!item && typeof item === 'object').map(dicomJsonReader),
  };
}
