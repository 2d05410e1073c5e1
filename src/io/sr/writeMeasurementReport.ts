/**
 * DICOM SR export: one Comprehensive SR per timepoint following TID 1500
 * (Measurement Report), written with dcmjs. Every caliper is a measurement group
 * (TID 1501) holding the lesion's Tracking Identifier and Tracking Unique
 * Identifier (the same at every timepoint), the finding type and site, the
 * diameter(s) as NUM in mm (UCUM) with the caliper kind as Measurement Method and
 * the line as an SCOORD POLYLINE on the source image (SOP Instance UID, frame).
 * A finding's typed values and status go in a group of their own (no image), and
 * the response at the timepoint, with its reasons, in Qualitative Evaluations.
 */
import { data as dcmjsData } from 'dcmjs';
import {
  caliperLengthsMm,
  type Assessment,
  type EvaluationResult,
  type Finding,
  type Lesion,
  type Measurement,
} from '../../core';
import { CODES, COMPREHENSIVE_SR, CORNERSTONE_TRACKING_PREFIX, EXPLICIT_VR_LITTLE_ENDIAN, METHOD_CODES, ORGAN_CODES, PRIVATE_SCHEME, type Code } from './srCodes';

type Item = Record<string, unknown>;

/** Where a caliper lies on its image, as the SR references it. */
export interface SrImagePoints {
  sopClassUid: string;
  /** Endpoints in image pixel coordinates (column, row; 0,0 = top-left corner of the first pixel), in caliper point order. */
  pointsPx: Array<[number, number]>;
}

export interface MeasurementReportInput {
  /** As the store keeps it: typed findings, calipers apart. */
  assessment: Assessment;
  measurements: readonly Measurement[];
  /** The evaluation under the assessment's criteria with its reasons in words, or null when it cannot be evaluated. */
  evaluation: EvaluationResult<string> | null;
  timepointId: string;
  /** Image points of each caliper by measurement id; a caliper without is not exported (its image is not open). */
  imagePoints: Record<string, SrImagePoints>;
  createdAt: Date;
}

const text = (relationship: string, concept: Code, value: string): Item => ({
  RelationshipType: relationship,
  ValueType: 'TEXT',
  ConceptNameCodeSequence: [concept],
  TextValue: value,
});
const codeItem = (relationship: string, concept: Code, value: Code): Item => ({
  RelationshipType: relationship,
  ValueType: 'CODE',
  ConceptNameCodeSequence: [concept],
  ConceptCodeSequence: [value],
});
const container = (relationship: string, concept: Code, content: Item[]): Item => ({
  RelationshipType: relationship,
  ValueType: 'CONTAINER',
  ConceptNameCodeSequence: [concept],
  ContinuityOfContent: 'SEPARATE',
  ContentSequence: content,
});

/** A NUM (in mm unless `unit` says otherwise), with its method and, when drawn, its line on the image. */
function num(concept: Code, value: number, method: Code, scoord?: Item, unit: Code = CODES.millimetre): Item {
  return {
    RelationshipType: 'CONTAINS',
    ValueType: 'NUM',
    ConceptNameCodeSequence: [concept],
    MeasuredValueSequence: [{ MeasurementUnitsCodeSequence: [unit], NumericValue: Number(value.toFixed(2)) }],
    ContentSequence: [codeItem('HAS CONCEPT MOD', CODES.measurementMethod, method), ...(scoord ? [scoord] : [])],
  };
}

function referencedSop(m: Measurement, image: SrImagePoints): Item {
  return {
    ReferencedSOPClassUID: image.sopClassUid,
    ReferencedSOPInstanceUID: m.image.sopInstanceUid,
    // Frame numbers are 1-based in DICOM; only multi-frame references carry one.
    ...(m.image.frameIndex > 0 ? { ReferencedFrameNumber: m.image.frameIndex + 1 } : {}),
  };
}

function polyline(m: Measurement, image: SrImagePoints, points: Array<[number, number]>): Item {
  return {
    RelationshipType: 'INFERRED FROM',
    ValueType: 'SCOORD',
    GraphicType: 'POLYLINE',
    GraphicData: points.flat(),
    ContentSequence: [{ RelationshipType: 'SELECTED FROM', ValueType: 'IMAGE', ReferencedSOPSequence: [referencedSop(m, image)] }],
  };
}

/** Items that say which lesion a group is about, identical in every group of the lesion. */
function lesionItems(lesion: Lesion, trackingText: string, trackingUid: string, timepointId: string): Item[] {
  const site = ORGAN_CODES[lesion.organ.toLowerCase()];
  return [
    text('HAS OBS CONTEXT', CODES.trackingIdentifier, trackingText),
    { RelationshipType: 'HAS OBS CONTEXT', ValueType: 'UIDREF', ConceptNameCodeSequence: [CODES.trackingUniqueIdentifier], UID: trackingUid },
    text('HAS OBS CONTEXT', CODES.timePoint, timepointId),
    codeItem('CONTAINS', CODES.finding, CODES.lesion),
    ...(site ? [codeItem('HAS CONCEPT MOD', CODES.findingSite, site)] : []),
    text('CONTAINS', CODES.lesionId, lesion.id),
    text('CONTAINS', CODES.lesionRole, lesion.role),
    text('CONTAINS', CODES.organ, lesion.organ),
    ...(lesion.kind ? [text('CONTAINS', CODES.lesionKind, lesion.kind)] : []),
    ...(lesion.location ? [text('CONTAINS', CODES.location, lesion.location)] : []),
    ...(lesion.enhancingAtBaseline !== undefined ? [text('CONTAINS', CODES.enhancingAtBaseline, String(lesion.enhancingAtBaseline))] : []),
  ];
}

function caliperGroup(lesion: Lesion, m: Measurement, image: SrImagePoints, trackingUid: string, timepointId: string): Item {
  const lengths = caliperLengthsMm(m);
  const [a, b, c, d] = image.pointsPx;
  const bidirectional = m.kind === 'viable-bidirectional';
  const unit = m.image.calibrated ? CODES.millimetre : CODES.pixels;
  const tool = bidirectional ? 'Bidirectional' : 'Length';
  const measurements = bidirectional
    ? [
        num(CODES.longAxis, lengths.long, METHOD_CODES[m.kind], polyline(m, image, [a!, b!]), unit),
        num(CODES.shortAxis, lengths.short!, METHOD_CODES[m.kind], polyline(m, image, [c!, d!]), unit),
      ]
    : [num(CODES.length, lengths.long, METHOD_CODES[m.kind], polyline(m, image, [a!, b!]), unit)];
  return container('CONTAINS', CODES.measurementGroup, [
    ...lesionItems(lesion, `${CORNERSTONE_TRACKING_PREFIX}:${tool}:${lesion.id}`, trackingUid, timepointId),
    text('CONTAINS', CODES.caliperId, m.id),
    text('CONTAINS', CODES.phase, m.image.phase),
    text('CONTAINS', CODES.calibrated, String(m.image.calibrated)),
    ...(m.fragment ? [text('CONTAINS', CODES.fragment, 'true')] : []),
    ...(m.phaseConfirmed ? [text('CONTAINS', CODES.phaseConfirmed, 'true')] : []),
    ...measurements,
  ]);
}

const TYPED_DIAMETERS = [
  ['viableLongestDiameterMm', CODES.length, METHOD_CODES.viable],
  ['viablePerpendicularDiameterMm', CODES.shortAxis, METHOD_CODES['viable-perpendicular']],
  ['longestDiameterMm', CODES.length, METHOD_CODES.whole],
  ['shortAxisMm', CODES.shortAxis, METHOD_CODES['short-axis']],
] as const;

/** The reader's typed values and status at the timepoint (nothing drawn), or undefined when there are none. */
function findingGroup(lesion: Lesion, finding: Finding | undefined, trackingUid: string, timepointId: string): Item | undefined {
  if (!finding) return undefined;
  const items: Item[] = [];
  for (const [field, concept, method] of TYPED_DIAMETERS) {
    const value = finding[field];
    if (typeof value === 'number') items.push(num(concept, value, method));
  }
  for (const [field, concept] of [['status', CODES.status], ['pattern', CODES.pattern], ['cytology', CODES.cytology]] as const) {
    const value = finding[field];
    if (typeof value === 'string') items.push(text('CONTAINS', concept, value));
  }
  if (items.length === 0) return undefined;
  return container('CONTAINS', CODES.measurementGroup, [...lesionItems(lesion, lesion.id, trackingUid, timepointId), ...items]);
}

/**
 * The response at a timepoint, in Qualitative Evaluations. Only the reasons and
 * warnings are sentences for a reader, and they come in the reader's language
 * (the SR is UTF-8, ISO_IR 192). The concept names are codes, and the values
 * another system reads — criteria, target sum with its UCUM unit, the category
 * codes (CR, PR, SD, PD, NE, NonCR/NonPD), "yes"/"no", "(baseline)" — stay in the
 * format's English codes whatever the language, so that an SR reads the same
 * into any viewer or database.
 */
function responseItems(evaluation: EvaluationResult<string> | null, timepointId: string): Item[] {
  if (!evaluation) return [];
  const items = [text('CONTAINS', CODES.criteria, evaluation.criteria)];
  const at = evaluation.timepoints.find((t) => t.timepoint === timepointId);
  if (evaluation.baseline.timepoint === timepointId && evaluation.baseline.targetSum !== null) {
    items.push(text('CONTAINS', CODES.targetSum, `${evaluation.baseline.targetSum} ${evaluation.criteria === 'EASL' ? 'mm2' : 'mm'} (baseline)`));
  }
  if (at) {
    if (at.targetSum !== null) items.push(text('CONTAINS', CODES.targetSum, `${at.targetSum} ${evaluation.criteria === 'EASL' ? 'mm2' : 'mm'}`));
    items.push(
      text('CONTAINS', CODES.targetResponse, at.targetResponse),
      text('CONTAINS', CODES.nonTargetResponse, at.nonTargetResponse),
      text('CONTAINS', CODES.newLesion, at.newLesion ? 'yes' : 'no'),
      text('CONTAINS', CODES.overallResponse, at.overallResponse),
      ...at.reasons.map((reason) => text('CONTAINS', CODES.reason, reason)),
    );
  }
  items.push(text('CONTAINS', CODES.bestOverallResponse, evaluation.bestOverallResponse));
  items.push(...evaluation.warnings.map((warning) => text('CONTAINS', CODES.warning, warning)));
  return [container('CONTAINS', CODES.qualitativeEvaluations, items)];
}

/** A UID of the 2.25 form (a UUID as a decimal integer) derived from `name`: the same name always gives the same UID. */
export async function uidFromName(name: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(name)));
  const hex = [...digest.subarray(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `2.25.${BigInt(`0x${hex}`).toString(10)}`;
}

/** The lesion's Tracking Unique Identifier: the same in every export of this patient's assessment, at every timepoint. */
export function trackingUidOf(assessment: Assessment, lesionId: string): Promise<string> {
  const firstStudy = [...assessment.timepoints].sort((a, b) => a.date.localeCompare(b.date))[0]?.studyInstanceUid ?? '';
  return uidFromName(`viable-lesion|${assessment.patient?.id ?? ''}|${firstStudy}|${lesionId}`);
}

const dicomDate = (isoDate: string) => isoDate.replace(/-/g, '');
const dicomTime = (date: Date) => date.toISOString().slice(11, 19).replace(/:/g, '');

/** The SR of one timepoint as DICOM Part 10 bytes; lists the calipers left out (their image points were not given). */
export async function writeMeasurementReport(input: MeasurementReportInput): Promise<{ bytes: ArrayBuffer; skippedCaliperIds: string[] }> {
  const { assessment, timepointId, imagePoints, createdAt } = input;
  const timepoint = assessment.timepoints.find((t) => t.id === timepointId);
  if (!timepoint) throw new Error(`no timepoint ${timepointId}`);
  const groups: Item[] = [];
  const skippedCaliperIds: string[] = [];
  const libraryImages = new Map<string, Item>();
  const evidence = new Map<string, { series: string; sops: Item[] }>();
  for (const lesion of assessment.lesions) {
    const trackingUid = await trackingUidOf(assessment, lesion.id);
    const finding = findingGroup(lesion, lesion.findings[timepointId], trackingUid, timepointId);
    if (finding) groups.push(finding);
    for (const m of input.measurements.filter((c) => c.lesionId === lesion.id && c.timepointId === timepointId)) {
      const image = imagePoints[m.id];
      if (!image) {
        skippedCaliperIds.push(m.id);
        continue;
      }
      groups.push(caliperGroup(lesion, m, image, trackingUid, timepointId));
      const sop = referencedSop(m, image);
      libraryImages.set(`${m.image.sopInstanceUid}#${m.image.frameIndex}`, { RelationshipType: 'CONTAINS', ValueType: 'IMAGE', ReferencedSOPSequence: [sop] });
      const series = evidence.get(m.image.seriesInstanceUid) ?? { series: m.image.seriesInstanceUid, sops: [] };
      if (!series.sops.some((s) => s.ReferencedSOPInstanceUID === m.image.sopInstanceUid)) {
        series.sops.push({ ReferencedSOPClassUID: image.sopClassUid, ReferencedSOPInstanceUID: m.image.sopInstanceUid });
      }
      evidence.set(m.image.seriesInstanceUid, series);
    }
  }

  const { DicomMetaDictionary, DicomDict } = dcmjsData;
  const sopInstanceUid = DicomMetaDictionary.uid();
  const patient = assessment.patient ?? {};
  const studyInstanceUid = timepoint.studyInstanceUid ?? (await uidFromName(`viable-study|${patient.id ?? ''}|${timepoint.date}`));
  const dataset = {
    SpecificCharacterSet: 'ISO_IR 192',
    SOPClassUID: COMPREHENSIVE_SR,
    SOPInstanceUID: sopInstanceUid,
    StudyDate: dicomDate(timepoint.date),
    StudyTime: '',
    ContentDate: dicomDate(createdAt.toISOString().slice(0, 10)),
    ContentTime: dicomTime(createdAt),
    AccessionNumber: '',
    Modality: 'SR',
    Manufacturer: 'Viable',
    ReferringPhysicianName: '',
    SeriesDescription: `Viable measurements ${timepoint.date}`,
    PatientName: patient.name ?? '',
    PatientID: patient.id ?? '',
    PatientBirthDate: (patient.birthDate ?? '').replace(/-/g, ''),
    PatientSex: patient.sex ?? '',
    StudyInstanceUID: studyInstanceUid,
    SeriesInstanceUID: DicomMetaDictionary.uid(),
    StudyID: '',
    SeriesNumber: 9901,
    InstanceNumber: 1,
    ReferencedPerformedProcedureStepSequence: [],
    PerformedProcedureCodeSequence: [],
    CompletionFlag: 'COMPLETE',
    VerificationFlag: 'UNVERIFIED',
    ...(evidence.size > 0
      ? {
          CurrentRequestedProcedureEvidenceSequence: [
            {
              StudyInstanceUID: studyInstanceUid,
              ReferencedSeriesSequence: [...evidence.values()].map((s) => ({ SeriesInstanceUID: s.series, ReferencedSOPSequence: s.sops })),
            },
          ],
        }
      : {}),
    CodingSchemeIdentificationSequence: [{ CodingSchemeDesignator: PRIVATE_SCHEME, CodingSchemeName: 'Viable response assessment' }],
    ValueType: 'CONTAINER',
    ConceptNameCodeSequence: [CODES.measurementReport],
    ContinuityOfContent: 'SEPARATE',
    ContentTemplateSequence: [{ MappingResource: 'DCMR', TemplateIdentifier: '1500' }],
    ContentSequence: [
      codeItem('HAS CONCEPT MOD', CODES.language, CODES.english),
      codeItem('HAS CONCEPT MOD', CODES.procedureReported, CODES.imagingProcedure),
      container('CONTAINS', CODES.imageLibrary, [container('CONTAINS', CODES.imageLibraryGroup, [...libraryImages.values()])]),
      container('CONTAINS', CODES.imagingMeasurements, groups),
      ...responseItems(input.evaluation, timepointId),
    ],
  };
  const meta = DicomMetaDictionary.denaturalizeDataset({
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: COMPREHENSIVE_SR,
    MediaStorageSOPInstanceUID: sopInstanceUid,
    TransferSyntaxUID: EXPLICIT_VR_LITTLE_ENDIAN,
    ImplementationClassUID: await uidFromName('viable-implementation'),
    ImplementationVersionName: 'VIABLE_0_1',
    _vrMap: { FileMetaInformationVersion: 'OB' },
  });
  const dict = new DicomDict(meta);
  dict.dict = DicomMetaDictionary.denaturalizeDataset(dataset);
  return { bytes: dict.write({ allowInvalidVRLength: false }), skippedCaliperIds };
}
