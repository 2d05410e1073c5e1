// fast-check generators of scanned instances for index tests: few patients, studies,
// series and SOP Instance UIDs, so that random lists repeat them (duplicates, shared
// series), and headers that disagree within a series (which instance names it matters).
import fc from 'fast-check';
import type { Orientation6, ScannedInstance } from '../types';

const AXIAL: Orientation6 = [1, 0, 0, 0, 1, 0];
const CORONAL: Orientation6 = [1, 0, 0, 0, 0, -1];

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const instanceArbitrary: fc.Arbitrary<ScannedInstance> = fc
  .record({
    patient: fc.integer({ min: 0, max: 2 }),
    // Two patients share a name, so their order falls to first appearance.
    patientName: fc.constantFrom('DOE^JANE', 'ROE^RICHARD', 'DOE^JANE'),
    study: fc.integer({ min: 0, max: 2 }),
    studyDate: optional(fc.constantFrom('20260112', '20260310')),
    series: fc.integer({ min: 0, max: 3 }),
    seriesNumber: optional(fc.integer({ min: 1, max: 3 })),
    seriesDescription: fc.constantFrom('Arterial 2.5mm', 'Portal venous', ''),
    sop: fc.integer({ min: 0, max: 40 }),
    file: fc.integer({ min: 0, max: 1_000_000 }),
    instanceNumber: optional(fc.integer({ min: 1, max: 12 })),
    z: optional(fc.integer({ min: -4, max: 4 })),
    orientation: fc.constantFrom(AXIAL, AXIAL, CORONAL),
    size: fc.constantFrom(64, 64, 128),
    acquisitionNumber: optional(fc.integer({ min: 1, max: 2 })),
  })
  .map((a) => ({
    SOPClassUID: '1.2.840.10008.5.1.4.1.1.2',
    SOPInstanceUID: `2.25.7.${a.sop}`,
    StudyInstanceUID: `2.25.8.${a.study}`,
    SeriesInstanceUID: `2.25.8.${a.study}.${a.series}`,
    FrameOfReferenceUID: `2.25.9.${a.study}`,
    ...(a.patient > 0 && { PatientID: `P${a.patient}` }),
    PatientName: a.patientName,
    ...(a.studyDate && { StudyDate: a.studyDate }),
    SeriesDescription: a.seriesDescription,
    ...(a.seriesNumber !== undefined && { SeriesNumber: a.seriesNumber }),
    Modality: 'CT',
    ...(a.instanceNumber !== undefined && { InstanceNumber: a.instanceNumber }),
    ...(a.acquisitionNumber !== undefined && { AcquisitionNumber: a.acquisitionNumber }),
    ...(a.z !== undefined && { ImagePositionPatient: [0, 0, 2.5 * a.z] as [number, number, number] }),
    ImageOrientationPatient: a.orientation,
    PixelSpacing: [0.7, 0.7] as [number, number],
    Rows: a.size,
    Columns: a.size,
    NumberOfFrames: 1,
    TransferSyntaxUID: '1.2.840.10008.1.2.1',
    fileId: `f${a.file}`,
    path: `f${a.file}.dcm`,
  }));

/** Up to `maxLength` instances, repeating SOP Instance UIDs, series and studies at random. */
export const instancesArbitrary = (maxLength = 60) => fc.array(instanceArbitrary, { maxLength });

/** `items` cut into consecutive batches at the given cut points (each taken modulo the length). */
export function splitAt<T>(items: readonly T[], cuts: readonly number[]): T[][] {
  const bounds = [0, ...[...new Set(cuts.map((cut) => cut % (items.length + 1)))].sort((a, b) => a - b), items.length];
  return bounds.slice(1).map((end, i) => items.slice(bounds[i], end));
}
