import { describe, expect, it } from 'vitest';
import type { Measurement } from '../core';
import { buildIndex, type DicomIndex, type ScannedInstance } from '../dicom';
import { scanned } from '../dicom/testing/scanned';
import { frameImageId, registerFile } from './imageSource';
import { projectedCalipersOn } from './projectedCalipers';

const STUDY = '2.25.9.1';
const FRAME = '2.25.9.3';
const ZS = [0, 2.5, 5, 7.5, 10, 12.5];

/** An axial series of 2.5 mm slices at ZS; files registered with the loader, as an open folder's are. */
function series(name: string, tags: Record<string, unknown>): ScannedInstance[] {
  return ZS.map((z, i) => {
    const fileId = `${name}-${i}`;
    registerFile(fileId, new Blob([fileId]));
    return scanned(fileId, {
      StudyInstanceUID: STUDY,
      FrameOfReferenceUID: FRAME,
      SeriesInstanceUID: `2.25.9.${name.length}${i}`,
      InstanceNumber: i + 1,
      ImagePositionPatient: [-100, -100, z],
      SliceThickness: 2.5,
      ...tags,
    });
  });
}

const art = series('art', { SeriesInstanceUID: '2.25.9.10', SeriesNumber: 2, SeriesDescription: 'ART' });
const pv = series('pv', { SeriesInstanceUID: '2.25.9.20', SeriesNumber: 3, SeriesDescription: 'PV' });
const otherFrame = series('otherframe', { SeriesInstanceUID: '2.25.9.30', SeriesNumber: 4, FrameOfReferenceUID: '2.25.9.99' });
const otherStudy = series('otherstudy', { SeriesInstanceUID: '2.25.9.40', StudyInstanceUID: '2.25.9.2', StudyDate: '20240301' });
const index: DicomIndex = buildIndex([...art, ...pv, ...otherFrame, ...otherStudy]);

/** The image id of the slice at `z` of a series. */
function imageIdAt(instances: ScannedInstance[], z: number): string {
  const instance = instances[ZS.indexOf(z)]!;
  return frameImageId(registerFile(instance.fileId, new Blob()), 0, 1);
}

/** A viable caliper drawn on the arterial slice at `z`, lying at `caliperZ` (a hair off a plane, as drawn ones do). */
function caliperOnArt(z: number, caliperZ = z): Measurement {
  const instance = art[ZS.indexOf(z)]!;
  return {
    id: `m-${z}`,
    lesionId: 'T1',
    timepointId: 'BL',
    kind: 'viable',
    pointsMm: [
      [-80, -70, caliperZ],
      [-60, -70, caliperZ],
    ],
    image: { studyInstanceUid: STUDY, seriesInstanceUid: instance.SeriesInstanceUID!, sopInstanceUid: instance.SOPInstanceUID!, frameIndex: 0, phase: 'arterial', calibrated: true },
  };
}

describe('projectedCalipersOn', () => {
  const caliper = caliperOnArt(5, 5.4);

  it('shows a caliper of another series of the study on the slice at its position only', () => {
    expect(projectedCalipersOn(imageIdAt(pv, 5), [caliper], index)).toEqual([caliper]);
    expect(projectedCalipersOn(imageIdAt(pv, 7.5), [caliper], index)).toEqual([]);
    expect(projectedCalipersOn(imageIdAt(pv, 2.5), [caliper], index)).toEqual([]);
  });

  it('leaves out the series it was drawn on (the caliper itself shows there)', () => {
    expect(projectedCalipersOn(imageIdAt(art, 5), [caliper], index)).toEqual([]);
  });

  it('never crosses a Frame of Reference or a study', () => {
    expect(projectedCalipersOn(imageIdAt(otherFrame, 5), [caliper], index)).toEqual([]);
    expect(projectedCalipersOn(imageIdAt(otherStudy, 5), [caliper], index)).toEqual([]);
  });

  it('shows nothing for a caliper beyond the stack or an image it does not know', () => {
    expect(projectedCalipersOn(imageIdAt(pv, 12.5), [caliperOnArt(12.5, 20)], index)).toEqual([]);
    expect(projectedCalipersOn('dicomfile:999999', [caliper], index)).toEqual([]);
  });
});
