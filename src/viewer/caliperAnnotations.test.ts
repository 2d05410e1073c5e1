import { describe, expect, it } from 'vitest';
import type { Measurement } from '../core';
import { annotationFromCaliper, caliperFromAnnotation, pointsDiffer } from './caliperAnnotations';

const measurement: Measurement = {
  id: 'uid-1',
  lesionId: 'T1',
  timepointId: '2026-02-23',
  kind: 'viable-bidirectional',
  pointsMm: [
    [10, 20, 30],
    [30, 20, 30],
    [20, 15, 30],
    [20, 25, 30],
  ],
  image: { studyInstanceUid: 's', seriesInstanceUid: 'se', sopInstanceUid: 'i', frameIndex: 0, phase: 'arterial', calibrated: true },
};
const placement = { imageId: 'dicomfile:3', frameOfReferenceUid: '1.2.3', viewPlaneNormal: [0, 0, 1] as [number, number, number] };

describe('caliper ↔ annotation', () => {
  it('round-trips a stored caliper through its annotation', () => {
    const annotation = annotationFromCaliper(measurement, placement);
    expect(annotation.metadata).toMatchObject({ toolName: 'ViableBidirectional', referencedImageId: 'dicomfile:3', FrameOfReferenceUID: '1.2.3' });
    expect(annotation.data.label).toBe('T1');
    expect(caliperFromAnnotation(annotation)).toEqual({ id: 'uid-1', kind: 'viable-bidirectional', pointsMm: measurement.pointsMm, imageId: 'dicomfile:3' });
  });

  it('maps each caliper tool to its kind and ignores other tools', () => {
    for (const [kind, toolName] of [['viable', 'ViableDiameter'], ['whole', 'WholeDiameter'], ['short-axis', 'ShortAxis']] as const) {
      const annotation = annotationFromCaliper({ ...measurement, kind, pointsMm: measurement.pointsMm.slice(0, 2) }, placement);
      expect(annotation.metadata!.toolName).toBe(toolName);
      expect(caliperFromAnnotation(annotation)!.kind).toBe(kind);
    }
    const probe = annotationFromCaliper(measurement, placement);
    probe.metadata!.toolName = 'Probe';
    expect(caliperFromAnnotation(probe)).toBeUndefined();
  });

  it('ignores annotations still missing points or an image', () => {
    const annotation = annotationFromCaliper(measurement, placement);
    annotation.data.handles!.points = annotation.data.handles!.points!.slice(0, 2);
    expect(caliperFromAnnotation(annotation)).toBeUndefined();
    const noImage = annotationFromCaliper({ ...measurement, kind: 'viable' }, placement);
    delete noImage.metadata!.referencedImageId;
    expect(caliperFromAnnotation(noImage)).toBeUndefined();
  });

  it('copies points, so that Cornerstone moving a handle never edits the store', () => {
    const annotation = annotationFromCaliper(measurement, placement);
    annotation.data.handles!.points![0]![0] = 99;
    expect(measurement.pointsMm[0]![0]).toBe(10);
  });

  it('tells a real move from drag noise', () => {
    expect(pointsDiffer(measurement.pointsMm, measurement.pointsMm.map((p) => [p[0] + 1e-4, p[1], p[2]]))).toBe(false);
    expect(pointsDiffer(measurement.pointsMm, measurement.pointsMm.map((p) => [p[0] + 0.5, p[1], p[2]]))).toBe(true);
    expect(pointsDiffer(measurement.pointsMm, measurement.pointsMm.slice(0, 2))).toBe(true);
  });
});
