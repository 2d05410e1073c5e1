/**
 * DICOM SR import. SR files among opened files are not images, so the scan lists
 * them as skipped; those that are TID 1500 Measurement Reports are offered here
 * as "measurements from <date>", and loading one puts its lesions, findings and
 * calipers into the open assessment as one undoable edit. Offers live here, not in
 * the store, like the autosave status: they are a view of files, not part of the reading.
 */
import type { Finding, Lesion, Measurement } from '../core';
import { readMeasurementReport, type SrReading } from '../io';
import { selectIndex, timepointOfStudy, type AppStore } from '../store';
import { imageLookupFor, patientPointsOf } from '../viewer';

/** An SR found among the opened files. */
export interface SrOffer {
  /** The file's path as the reader sees it. */
  path: string;
  reading: SrReading;
}

let offers: readonly SrOffer[] = [];
const listeners = new Set<() => void>();
const setOffers = (next: readonly SrOffer[]) => {
  offers = next;
  for (const listener of listeners) listener();
};

export const getSrOffers = (): readonly SrOffer[] => offers;
export function subscribeSrOffers(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reads the files the scan skipped as non-images and offers those that are Measurement Reports. */
export async function offerMeasurementReports(files: ReadonlyArray<{ path: string; file: Blob }>): Promise<void> {
  const found: SrOffer[] = [];
  for (const { path, file } of files) {
    const reading = readMeasurementReport(await file.arrayBuffer());
    if (reading && !offers.some((o) => o.reading.sopInstanceUid === reading.sopInstanceUid)) found.push({ path, reading });
  }
  if (found.length > 0) setOffers([...offers, ...found].sort((a, b) => a.reading.studyDate.localeCompare(b.reading.studyDate)));
}

export function clearSrOffers(): void {
  setOffers([]);
}

/** Why an SR was not loaded, as data (the UI words it in the reader's language). */
export type SrLoadProblem =
  | { code: 'no-assessment' }
  | { code: 'other-patient'; srPatient: string; openPatient: string }
  | { code: 'study-not-a-timepoint'; studyDate: string }
  | { code: 'image-not-open'; caliperId: string; lesionId: string; sopInstanceUid: string };

export type SrLoadOutcome = { ok: true; calipers: number; lesions: number } | { ok: false; errors: SrLoadProblem[] };

/**
 * Loads an offered SR into the open assessment at the timepoint of its study:
 * lesions it names are added when missing, their finding at that timepoint and
 * their calipers there are replaced by the SR's (one undo step). Calipers are put
 * back in patient coordinates from their images; one whose image is not open
 * stops the load with its name, so that nothing is loaded half.
 */
export async function loadSrOffer(store: AppStore, offer: SrOffer): Promise<SrLoadOutcome> {
  const state = store.getState();
  const { reading } = offer;
  if (!state.assessment) return { ok: false, errors: [{ code: 'no-assessment' }] };
  const patientId = state.assessment.patient?.id;
  if (patientId && reading.patientId && patientId !== reading.patientId) {
    return { ok: false, errors: [{ code: 'other-patient', srPatient: reading.patientId, openPatient: patientId }] };
  }
  const timepointId =
    timepointOfStudy(state, reading.studyInstanceUid) ?? state.assessment.timepoints.find((t) => t.date === reading.studyDate)?.id;
  if (!timepointId) return { ok: false, errors: [{ code: 'study-not-a-timepoint', studyDate: reading.studyDate }] };

  const lookup = imageLookupFor(selectIndex(state));
  const measurements: Measurement[] = [];
  const errors: SrLoadProblem[] = [];
  for (const caliper of reading.calipers) {
    const location = lookup.bySop(caliper.sopInstanceUid, caliper.frameIndex);
    if (!location) {
      errors.push({ code: 'image-not-open', caliperId: caliper.id, lesionId: caliper.lesionId, sopInstanceUid: caliper.sopInstanceUid });
      continue;
    }
    measurements.push({
      id: caliper.id,
      lesionId: caliper.lesionId,
      timepointId,
      kind: caliper.kind,
      pointsMm: await patientPointsOf(location.imageId, caliper.pointsPx),
      image: {
        studyInstanceUid: location.study.StudyInstanceUID,
        seriesInstanceUid: location.series.SeriesInstanceUID,
        sopInstanceUid: caliper.sopInstanceUid,
        frameIndex: caliper.frameIndex,
        ...(location.stack.FrameOfReferenceUID ? { frameOfReferenceUid: location.stack.FrameOfReferenceUID } : {}),
        phase: caliper.phase ?? location.stack.phase.phase,
        calibrated: caliper.calibrated,
      },
      ...(caliper.fragment ? { fragment: true } : {}),
      ...(caliper.phaseConfirmed ? { phaseConfirmed: true } : {}),
    });
  }
  if (errors.length > 0) return { ok: false, errors };

  const srLesionIds = new Set(reading.lesions.map((l) => l.id));
  state.editReading(({ assessment, measurements: current }) => {
    const lesions: Lesion[] = assessment!.lesions.map((lesion) => {
      const fromSr = reading.lesions.find((l) => l.id === lesion.id);
      return fromSr ? { ...lesion, findings: withFinding(lesion.findings, timepointId, fromSr.finding) } : lesion;
    });
    for (const { finding, ...fields } of reading.lesions) {
      if (!lesions.some((l) => l.id === fields.id)) lesions.push({ ...fields, findings: withFinding({}, timepointId, finding) } as Lesion);
    }
    const kept = Object.values(current).filter((m) => !(m.timepointId === timepointId && srLesionIds.has(m.lesionId)) && !measurements.some((n) => n.id === m.id));
    return {
      assessment: { ...assessment!, lesions },
      measurements: Object.fromEntries([...kept, ...measurements].map((m) => [m.id, m])),
    };
  });
  return { ok: true, calipers: measurements.length, lesions: reading.lesions.length };
}

function withFinding(findings: Lesion['findings'], timepointId: string, finding: Finding): Lesion['findings'] {
  const { [timepointId]: _replaced, ...others } = findings;
  return Object.keys(finding).length > 0 ? { ...others, [timepointId]: finding } : others;
}
