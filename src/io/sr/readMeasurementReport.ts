/**
 * Reads a DICOM SR Measurement Report (TID 1500) back: Viable's own (every
 * lesion detail and caliper choice it wrote) and, as far as they go, other
 * viewers' (a measurement group's tracking identifier becomes the lesion, a
 * length or long/short axis on an image becomes a caliper). Calipers stay in
 * image pixel coordinates here: turning them into patient coordinates needs the
 * referenced images, which the viewer has.
 */
import type { Finding, Lesion, MeasurementKind } from '../../core';
import { readDicomDataset } from './readDicomDataset';
import { CODES, METHOD_CODES } from './srCodes';

type Item = Record<string, unknown>;

/** A caliper as the SR holds it: on an image, in pixel coordinates. */
export interface SrCaliper {
  id: string;
  lesionId: string;
  kind: MeasurementKind;
  sopInstanceUid: string;
  /** 0-based. */
  frameIndex: number;
  pointsPx: Array<[number, number]>;
  phase?: string;
  calibrated: boolean;
  fragment?: boolean;
  phaseConfirmed?: boolean;
}

/** What one SR file says about one study. */
export interface SrReading {
  sopInstanceUid: string;
  studyInstanceUid: string;
  /** `YYYY-MM-DD`, the study's date. */
  studyDate: string;
  patientId: string;
  /** Lesions described in the file, with their findings at this study (keyed by `timepointKey`). */
  lesions: Array<Omit<Lesion, 'findings'> & { finding: Finding }>;
  calipers: SrCaliper[];
}

const TEMPLATE_1500 = '1500';
const SR_SOP_CLASS_PREFIX = '1.2.840.10008.5.1.4.1.1.88.';

const list = (value: unknown): Item[] => (Array.isArray(value) ? (value as Item[]) : value ? [value as Item] : []);
const conceptOf = (item: Item) => list(item.ConceptNameCodeSequence)[0] as { CodeValue?: string; CodingSchemeDesignator?: string } | undefined;
const isConcept = (item: Item, code: { CodeValue: string; CodingSchemeDesignator: string }) => {
  const concept = conceptOf(item);
  return concept?.CodeValue === code.CodeValue && concept?.CodingSchemeDesignator === code.CodingSchemeDesignator;
};
const textOf = (items: Item[], code: { CodeValue: string; CodingSchemeDesignator: string }) =>
  items.find((i) => isConcept(i, code))?.TextValue as string | undefined;

const KIND_OF_METHOD = new Map<string, MeasurementKind>(
  (['viable', 'whole', 'short-axis', 'viable-bidirectional'] as const).map((kind) => [METHOD_CODES[kind].CodeValue, kind]),
);

function methodOf(num: Item): string | undefined {
  const method = list(num.ContentSequence).find((i) => isConcept(i, CODES.measurementMethod));
  return (list(method?.ConceptCodeSequence)[0] as { CodeValue?: string } | undefined)?.CodeValue;
}

function valueMmOf(num: Item): number | undefined {
  const value = list(num.MeasuredValueSequence)[0]?.NumericValue;
  return typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : undefined;
}

/** The polyline of a NUM on its image: points and the referenced image. */
function lineOf(num: Item): { pointsPx: Array<[number, number]>; sopInstanceUid: string; frameIndex: number } | undefined {
  const scoord = list(num.ContentSequence).find((i) => i.ValueType === 'SCOORD' && i.GraphicType === 'POLYLINE');
  if (!scoord) return undefined;
  const data = (scoord.GraphicData as number[] | undefined) ?? [];
  const reference = list(list(scoord.ContentSequence)[0]?.ReferencedSOPSequence)[0];
  if (data.length < 4 || !reference?.ReferencedSOPInstanceUID) return undefined;
  const frame = Number(reference.ReferencedFrameNumber ?? 1);
  return {
    pointsPx: [[data[0]!, data[1]!], [data[2]!, data[3]!]],
    sopInstanceUid: String(reference.ReferencedSOPInstanceUID),
    frameIndex: Number.isFinite(frame) && frame > 0 ? frame - 1 : 0,
  };
}

const TYPED_FIELD_OF_METHOD: Record<string, keyof Finding> = {
  [METHOD_CODES.viable.CodeValue]: 'viableLongestDiameterMm',
  [METHOD_CODES['viable-perpendicular'].CodeValue]: 'viablePerpendicularDiameterMm',
  [METHOD_CODES.whole.CodeValue]: 'longestDiameterMm',
  [METHOD_CODES['short-axis'].CodeValue]: 'shortAxisMm',
};

const isoDate = (da: unknown) => (typeof da === 'string' && /^\d{8}$/.test(da) ? `${da.slice(0, 4)}-${da.slice(4, 6)}-${da.slice(6, 8)}` : '');

/** The SR's content, or undefined when the bytes are not a TID 1500 SR. Never throws on other files. */
export function readMeasurementReport(bytes: ArrayBuffer): SrReading | undefined {
  let dataset: Item;
  try {
    dataset = readDicomDataset(bytes);
  } catch {
    return undefined;
  }
  if (typeof dataset.SOPClassUID !== 'string' || !dataset.SOPClassUID.startsWith(SR_SOP_CLASS_PREFIX)) return undefined;
  if (list(dataset.ContentTemplateSequence)[0]?.TemplateIdentifier !== TEMPLATE_1500) return undefined;
  const measurements = list(dataset.ContentSequence).find((i) => isConcept(i, CODES.imagingMeasurements));
  const lesions = new Map<string, Omit<Lesion, 'findings'> & { finding: Finding }>();
  const calipers: SrCaliper[] = [];

  for (const group of list(measurements?.ContentSequence).filter((i) => isConcept(i, CODES.measurementGroup))) {
    const items = list(group.ContentSequence);
    const tracking = textOf(items, CODES.trackingIdentifier) ?? '';
    const lesionId = textOf(items, CODES.lesionId) ?? (tracking.split(':').pop() || tracking);
    if (!lesionId) continue;
    const lesion = lesions.get(lesionId) ?? {
      id: lesionId,
      role: (textOf(items, CODES.lesionRole) ?? 'target') as Lesion['role'],
      organ: textOf(items, CODES.organ) ?? 'liver',
      ...(textOf(items, CODES.lesionKind) ? { kind: textOf(items, CODES.lesionKind) as Lesion['kind'] } : {}),
      ...(textOf(items, CODES.location) ? { location: textOf(items, CODES.location) } : {}),
      ...(textOf(items, CODES.enhancingAtBaseline) ? { enhancingAtBaseline: textOf(items, CODES.enhancingAtBaseline) === 'true' } : {}),
      finding: {},
    };
    lesions.set(lesionId, lesion);
    for (const [code, field] of [[CODES.status, 'status'], [CODES.pattern, 'pattern'], [CODES.cytology, 'cytology']] as const) {
      const value = textOf(items, code);
      if (value !== undefined) (lesion.finding as Record<string, unknown>)[field] = value;
    }
    const nums = items.filter((i) => i.ValueType === 'NUM');
    const lines = nums.map(lineOf);
    if (lines.some(Boolean)) {
      const first = lines.find(Boolean)!;
      const methodKind = KIND_OF_METHOD.get(methodOf(nums[0]!) ?? '');
      const kind: MeasurementKind = methodKind ?? (nums.length >= 2 ? 'viable-bidirectional' : 'whole');
      const points = kind === 'viable-bidirectional' ? lines.filter(Boolean).flatMap((l) => l!.pointsPx) : first.pointsPx;
      calipers.push({
        id: textOf(items, CODES.caliperId) ?? `sr-${String(dataset.SOPInstanceUID)}-${calipers.length + 1}`,
        lesionId,
        kind,
        sopInstanceUid: first.sopInstanceUid,
        frameIndex: first.frameIndex,
        pointsPx: points,
        ...(textOf(items, CODES.phase) ? { phase: textOf(items, CODES.phase) } : {}),
        calibrated: textOf(items, CODES.calibrated) !== 'false',
        ...(textOf(items, CODES.fragment) === 'true' ? { fragment: true } : {}),
        ...(textOf(items, CODES.phaseConfirmed) === 'true' ? { phaseConfirmed: true } : {}),
      });
      continue;
    }
    for (const num of nums) {
      const field = TYPED_FIELD_OF_METHOD[methodOf(num) ?? ''];
      const value = valueMmOf(num);
      if (field && value !== undefined) (lesion.finding as Record<string, unknown>)[field] = value;
    }
  }
  return {
    sopInstanceUid: String(dataset.SOPInstanceUID ?? ''),
    studyInstanceUid: String(dataset.StudyInstanceUID ?? ''),
    studyDate: isoDate(dataset.StudyDate),
    patientId: String(dataset.PatientID ?? ''),
    lesions: [...lesions.values()],
    calipers,
  };
}
