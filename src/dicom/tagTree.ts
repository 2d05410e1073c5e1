/**
 * The attributes of one DICOM object as a reader browses them: tag, keyword,
 * VR and value as text, with sequence items nested. Keywords and implicit VRs
 * come from dcmjs's copy of the PS3.6 data dictionary, bundled with the app (no
 * network). Values are read from a dicom-parser data set, never decoded pixels.
 */
import { data as dcmjsData } from 'dcmjs';
import type { DataSet, Element } from 'dicom-parser';

export interface TagNode {
  /** `(GGGG,EEEE)`, upper-case hex. */
  tag: string;
  /** The dictionary keyword (`PixelSpacing`); "Private tag" or "Unknown tag" when it has none. */
  keyword: string;
  vr: string;
  /** The value as text; binary values are summarised by their length. */
  value: string;
  /** Items of a sequence (VR SQ), each a list of nodes. */
  items?: TagNode[][];
}

const STRING_VRS = new Set(['AE', 'AS', 'CS', 'DA', 'DS', 'DT', 'IS', 'LO', 'LT', 'PN', 'SH', 'ST', 'TM', 'UC', 'UI', 'UR', 'UT']);
/** Numeric VRs: dicom-parser's reader for one value and the value's size in bytes. */
const NUMBER_VRS: Record<string, { read: (dataSet: DataSet, tag: string, index: number) => number | undefined; bytes: number }> = {
  US: { read: (d, t, i) => d.uint16(t, i), bytes: 2 },
  SS: { read: (d, t, i) => d.int16(t, i), bytes: 2 },
  UL: { read: (d, t, i) => d.uint32(t, i), bytes: 4 },
  SL: { read: (d, t, i) => d.int32(t, i), bytes: 4 },
  FL: { read: (d, t, i) => d.float(t, i), bytes: 4 },
  FD: { read: (d, t, i) => d.double(t, i), bytes: 8 },
};
/** More values than this are cut short ("… 512 values"): a LUT or a curve is not read in a table. */
const MAX_VALUES = 16;
const MAX_TEXT = 200;

interface DictionaryEntry {
  name?: string;
  vr?: string;
}
const dictionary = (dcmjsData.DicomMetaDictionary as unknown as { dictionary: Record<string, DictionaryEntry | undefined> }).dictionary;

/** dicom-parser's `x00280030` → `(0028,0030)`. */
export function formatTag(parserTag: string): string {
  const hex = parserTag.slice(1).toUpperCase();
  return `(${hex.slice(0, 4)},${hex.slice(4, 8)})`;
}

function describeTag(tag: string): DictionaryEntry {
  const group = Number.parseInt(tag.slice(1, 5), 16);
  if (group % 2 === 1) return { name: 'Private tag' };
  return dictionary[tag] ?? { name: 'Unknown tag' };
}

function textValue(dataSet: DataSet, element: Element): string {
  const text = dataSet.string(element.tag) ?? '';
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

function numberValue(dataSet: DataSet, element: Element, vr: string): string {
  const reader = NUMBER_VRS[vr]!;
  const count = Math.floor(element.length / reader.bytes);
  const shown = Array.from({ length: Math.min(count, MAX_VALUES) }, (_, i) => reader.read(dataSet, element.tag, i));
  return shown.join('\\') + (count > MAX_VALUES ? ` … ${count} values` : '');
}

function attributeTag(dataSet: DataSet, element: Element): string {
  const group = dataSet.uint16(element.tag, 0);
  const elementNumber = dataSet.uint16(element.tag, 1);
  if (group === undefined || elementNumber === undefined) return '';
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return `(${hex(group)},${hex(elementNumber)})`;
}

function valueOf(dataSet: DataSet, element: Element, vr: string): string {
  if (element.length === 0) return '';
  if (STRING_VRS.has(vr)) return textValue(dataSet, element);
  if (vr in NUMBER_VRS) return numberValue(dataSet, element, vr);
  if (vr === 'AT') return attributeTag(dataSet, element);
  if (element.encapsulatedPixelData) return `(encapsulated, ${element.fragments?.length ?? 0} fragments)`;
  return `(binary, ${element.length} bytes)`;
}

/** The nodes of `dataSet` in tag order, sequences with their items nested. */
export function tagTree(dataSet: DataSet): TagNode[] {
  return Object.keys(dataSet.elements)
    .sort()
    .map((parserTag) => {
      const element = dataSet.elements[parserTag]!;
      const tag = formatTag(parserTag);
      const entry = describeTag(tag);
      // Implicit VR files carry no VR: the dictionary's, or UN (shown as bytes).
      const vr = element.vr ?? (element.items ? 'SQ' : entry.vr?.split(/\s*or\s*|\|/)[0]) ?? 'UN';
      const node: TagNode = { tag, keyword: entry.name ?? 'Unknown tag', vr, value: '' };
      if (element.items) {
        node.items = element.items.map((item) => (item.dataSet ? tagTree(item.dataSet) : []));
        node.value = `${element.items.length} item${element.items.length === 1 ? '' : 's'}`;
      } else {
        node.value = valueOf(dataSet, element, vr);
      }
      return node;
    });
}

/**
 * The nodes that match `query` (tag, keyword or value, case-insensitive), with
 * the sequences that hold a match kept around it; everything when the query is blank.
 */
export function filterTagTree(nodes: readonly TagNode[], query: string): TagNode[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [...nodes];
  const matches = (node: TagNode) => [node.tag, node.keyword, node.value].some((text) => text.toLowerCase().includes(needle));
  return nodes.flatMap((node): TagNode[] => {
    if (matches(node)) return [node];
    if (!node.items) return [];
    const items = node.items.map((item) => filterTagTree(item, query));
    return items.some((item) => item.length > 0) ? [{ ...node, items }] : [];
  });
}
