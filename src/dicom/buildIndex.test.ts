import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex } from './buildIndex';
import type { Stack } from './indexTypes';
import { dedupeInstances } from './dedupe';
import { instancesArbitrary } from './testing/arbitraryInstances';
import { ENHANCED_CT_IMAGE, testUid } from './testing/makeDicom';
import { scanned } from './testing/scanned';
import type { ScannedInstance } from './types';

const SERIES = '2.25.1.2';

/** Axial slices (IOP 1,0,0,0,1,0: normal +z) at the given z, InstanceNumber in list order. */
function axialSeries(zs: number[], tags: Record<string, unknown> = {}, firstId = 0): ScannedInstance[] {
  return zs.map((z, i) => scanned(`f${firstId + i}`, { InstanceNumber: i + 1, ImagePositionPatient: [-100, -100, z], ...tags }));
}

function onlyStacks(instances: ScannedInstance[]): Stack[] {
  return buildIndex(instances).patients.flatMap((p) => p.studies.flatMap((s) => s.series.flatMap((se) => se.stacks)));
}

const positions = (stack: Stack | undefined) => stack?.frames.map((f) => f.positionMm);

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('buildIndex', () => {
  it('orders shuffled files along the normal, head first, and gives the same tree whatever the file order', () => {
    const files = axialSeries([12.5, 10, 7.5, 5, 2.5, 0]);
    const index = buildIndex(shuffled(files, 7));
    const [stack] = index.patients[0]?.studies[0]?.series[0]?.stacks ?? [];
    expect(stack).toMatchObject({
      stackId: `${SERIES}:1`,
      label: 'Series 1',
      ordering: 'position',
      orientation: 'axial',
      sliceSpacingMm: 2.5,
      irregularSpacing: false,
      sliceThicknessMm: 2.5,
      pixelSpacingMm: [0.7, 0.7],
      calibration: 'PixelSpacing',
      frameCount: 6,
      FrameOfReferenceUID: '2.25.1.3',
      Modality: 'CT',
    });
    expect(positions(stack)).toEqual([12.5, 10, 7.5, 5, 2.5, 0]);
    expect(stack?.frames[0]).toEqual({
      fileId: 'f0', frameIndex: 0, numberOfFrames: 1, SOPInstanceUID: files[0]?.SOPInstanceUID,
      InstanceNumber: 1, imagePositionPatient: [-100, -100, 12.5], positionMm: 12.5,
    });
    expect(buildIndex(shuffled(files, 99))).toEqual(index);
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });

  it('gives the same tree for the same images in any file order, names included when the files of a series disagree', () => {
    const distinctImages = instancesArbitrary().map((instances) => dedupeInstances(instances).unique);
    fc.assert(
      fc.property(
        distinctImages.chain((instances) => fc.tuple(fc.constant(instances), fc.shuffledSubarray(instances, { minLength: instances.length }))),
        ([instances, reordered]) => {
          expect(buildIndex(reordered)).toEqual(buildIndex(instances));
        },
      ),
    );
  });

  describe('display order: the index grows toward the feet, the back, the patient\'s left', () => {
    it('shows an axial series stored head to feet in InstanceNumber order, the most superior slice first', () => {
      const stack = onlyStacks(axialSeries([50, 40, 30, 20]))[0];
      expect(stack?.ordering).toBe('position');
      // positionMm stays the signed distance along the +z normal, so it descends.
      expect(positions(stack)).toEqual([50, 40, 30, 20]);
      expect(stack?.frames.map((f) => f.InstanceNumber)).toEqual([1, 2, 3, 4]);
      expect(stack?.frames.map((f) => f.imagePositionPatient?.[2])).toEqual([50, 40, 30, 20]);
    });

    it('reverses an axial series stored feet to head, by position rather than InstanceNumber', () => {
      const stack = onlyStacks(axialSeries([20, 30, 40, 50]))[0];
      expect(positions(stack)).toEqual([50, 40, 30, 20]);
      expect(stack?.frames.map((f) => f.InstanceNumber)).toEqual([4, 3, 2, 1]);
      expect(stack?.sliceSpacingMm).toBe(10);
    });

    it('puts the most superior slice first when the row/column cosines make the normal point to the feet', () => {
      // IOP 1,0,0,0,-1,0: normal −z, so positionMm = −z and ascending positionMm is head to feet.
      const files = [20, 30, 40].map((z, i) =>
        scanned(`d${i}`, { InstanceNumber: i + 1, ImageOrientationPatient: [1, 0, 0, 0, -1, 0], ImagePositionPatient: [0, 0, z] }),
      );
      const stack = onlyStacks(files)[0];
      expect(stack?.orientation).toBe('axial');
      expect(stack?.frames.map((f) => f.imagePositionPatient?.[2])).toEqual([40, 30, 20]);
      expect(positions(stack)).toEqual([-40, -30, -20]);
    });

    it('orders a coronal series front to back (+y, posterior)', () => {
      // IOP 1,0,0,0,0,-1: normal (0, 1, 0).
      const files = [30, -10, 10].map((y, i) =>
        scanned(`c${i}`, { InstanceNumber: i + 1, ImageOrientationPatient: [1, 0, 0, 0, 0, -1], ImagePositionPatient: [0, y, 0] }),
      );
      const stack = onlyStacks(files)[0];
      expect(stack?.orientation).toBe('coronal');
      expect(stack?.frames.map((f) => f.imagePositionPatient?.[1])).toEqual([-10, 10, 30]);
      expect(stack?.sliceSpacingMm).toBe(20);
    });

    it('orders a sagittal series from the patient\'s right to left (+x)', () => {
      // IOP 0,1,0,0,0,-1: normal (−1, 0, 0), so positionMm = −x and it descends.
      const files = [-5, 15, 5].map((x, i) =>
        scanned(`s${i}`, { InstanceNumber: i + 1, ImageOrientationPatient: [0, 1, 0, 0, 0, -1], ImagePositionPatient: [x, 0, 0] }),
      );
      const stack = onlyStacks(files)[0];
      expect(stack?.orientation).toBe('sagittal');
      expect(stack?.frames.map((f) => f.imagePositionPatient?.[0])).toEqual([-5, 5, 15]);
      expect(positions(stack)).toEqual([5, -5, -15]);
    });

    it('orders an oblique series by the main plane its normal is closest to', () => {
      // Normal 40° from +z toward −y: oblique, closest to axial, so the index grows toward −z.
      const a = (40 * Math.PI) / 180;
      const normal = [0, -Math.sin(a), Math.cos(a)];
      const files = [0, 1, 2].map((k) =>
        scanned(`o${k}`, {
          InstanceNumber: k + 1,
          ImageOrientationPatient: [1, 0, 0, 0, Math.cos(a), Math.sin(a)],
          ImagePositionPatient: normal.map((n) => 5 * k * n),
        }),
      );
      const stack = onlyStacks(files)[0];
      expect(stack?.orientation).toBe('oblique');
      expect(stack?.frames.map((f) => f.fileId)).toEqual(['o2', 'o1', 'o0']);
    });
  });

  it('orders a gantry-tilted series along the tilted normal, head first, where z alone would scramble it', () => {
    const tilt = (20 * Math.PI) / 180;
    const col = [0, Math.cos(tilt), Math.sin(tilt)];
    const normal = [0, -Math.sin(tilt), Math.cos(tilt)];
    // In-plane shifts along the column direction change z but not the distance along the normal.
    const shifts = [0, -30, 0, -30, 0];
    const files = shifts.map((u, k) =>
      scanned(`t${k}`, {
        InstanceNumber: 5 - k,
        ImageOrientationPatient: [1, 0, 0, ...col],
        ImagePositionPatient: [0, 1, 2].map((a) => 2.5 * k * (normal[a] ?? 0) + u * (col[a] ?? 0)),
      }),
    );
    const zOrder = [...files].sort((a, b) => (a.ImagePositionPatient?.[2] ?? 0) - (b.ImagePositionPatient?.[2] ?? 0));
    expect(zOrder.map((f) => f.fileId)).not.toEqual(['t0', 't1', 't2', 't3', 't4']);
    const [stack] = onlyStacks(files);
    // t4 lies furthest along the (superior-pointing) tilted normal: image 1.
    expect(stack?.frames.map((f) => f.fileId)).toEqual(['t4', 't3', 't2', 't1', 't0']);
    expect(stack?.frames.map((f) => f.InstanceNumber)).toEqual([1, 2, 3, 4, 5]);
    expect(positions(stack)?.map((p) => Number(p?.toFixed(6)))).toEqual([10, 7.5, 5, 2.5, 0]);
    expect(stack?.orientation).toBe('axial');
    expect(stack?.sliceSpacingMm).toBeCloseTo(2.5, 6);
    expect(stack?.irregularSpacing).toBe(false);
  });

  it('expands an Enhanced multi-frame CT into frames ordered by their per-frame positions', () => {
    const file = scanned('mf', {
      SOPClassUID: ENHANCED_CT_IMAGE,
      NumberOfFrames: 3,
      ImagePositionPatient: undefined,
      ImageOrientationPatient: undefined,
      PixelSpacing: undefined,
      SliceThickness: undefined,
      SharedFunctionalGroupsSequence: [
        {
          PixelMeasuresSequence: [{ PixelSpacing: [0.8, 0.8], SliceThickness: 1.25 }],
          PlaneOrientationSequence: [{ ImageOrientationPatient: [1, 0, 0, 0, 1, 0] }],
        },
      ],
      PerFrameFunctionalGroupsSequence: [12.5, 11.25, 10].map((z) => ({ PlanePositionSequence: [{ ImagePositionPatient: [0, 0, z] }] })),
    });
    const [stack] = onlyStacks([file]);
    expect(stack?.frames.map((f) => [f.fileId, f.frameIndex, f.numberOfFrames])).toEqual([
      ['mf', 0, 3],
      ['mf', 1, 3],
      ['mf', 2, 3],
    ]);
    expect(positions(stack)).toEqual([12.5, 11.25, 10]);
    expect(stack).toMatchObject({ sliceSpacingMm: 1.25, pixelSpacingMm: [0.8, 0.8], sliceThicknessMm: 1.25, frameCount: 3 });
  });

  describe('a series holding three phases over the same slices', () => {
    const zs = [15, 10, 5, 0];
    const times = ['140035', '140110', '140300'];
    const phaseTags = { SeriesDescription: 'Liver multiphase', ContrastBolusAgent: 'Iohexol', ContrastBolusStartTime: '140000' };
    const build = (tagsOf: (phase: number, slice: number) => Record<string, unknown>) =>
      onlyStacks(
        times.flatMap((_, p) =>
          zs.map((z, s) =>
            scanned(`p${p}s${s}`, { ...phaseTags, InstanceNumber: p * 10 + s + 1, ImagePositionPatient: [0, 0, z], ...tagsOf(p, s) }),
          ),
        ),
      );
    const expectThreePhases = (stacks: Stack[], withTimes: boolean) => {
      expect(stacks.map((s) => s.stackId)).toEqual([`${SERIES}:1`, `${SERIES}:2`, `${SERIES}:3`]);
      expect(stacks.map((s) => s.frameCount)).toEqual([4, 4, 4]);
      expect(stacks.map((s) => positions(s))).toEqual([zs, zs, zs]);
      if (withTimes) {
        expect(stacks.map((s) => s.label)).toEqual([
          'Liver multiphase — acquisition 1 of 3 (14:00:35)',
          'Liver multiphase — acquisition 2 of 3 (14:01:10)',
          'Liver multiphase — acquisition 3 of 3 (14:03:00)',
        ]);
        expect(stacks.map((s) => s.phase.phase)).toEqual(['arterial', 'portal-venous', 'delayed']);
        expect(stacks[0]?.phase.source).toEqual({ code: 'bolus-delay', seconds: 35 });
      }
    };

    it('splits by AcquisitionNumber', () => {
      // Per-slice times increase within each pass, as helical scanners record them.
      expectThreePhases(build((p, s) => ({ AcquisitionNumber: p + 1, AcquisitionTime: `${times[p]}.${s}` })), false);
      const stacks = build((p) => ({ AcquisitionNumber: p + 1, AcquisitionTime: times[p] }));
      expectThreePhases(stacks, true);
    });

    it('splits by acquisition-time clusters when AcquisitionNumber is equal', () => {
      expectThreePhases(build((p, s) => ({ AcquisitionNumber: 1, AcquisitionTime: `${times[p]}.${s}` })), false);
      expectThreePhases(build((p) => ({ AcquisitionNumber: 1, AcquisitionTime: times[p] })), true);
    });

    it('splits by repetition order when nothing else tells the passes apart', () => {
      const stacks = build(() => ({}));
      expectThreePhases(stacks, false);
      expect(stacks.map((s) => s.label)).toEqual([
        'Liver multiphase — acquisition 1 of 3',
        'Liver multiphase — acquisition 2 of 3',
        'Liver multiphase — acquisition 3 of 3',
      ]);
      expect(stacks[0]?.frames.map((f) => f.InstanceNumber)).toEqual([1, 2, 3, 4]);
    });
  });

  it('keeps distinct AcquisitionNumbers together when no position repeats (step-and-shoot)', () => {
    const files = [0, 5, 10, 15].map((z, i) =>
      scanned(`s${i}`, { InstanceNumber: i + 1, AcquisitionNumber: Math.floor(i / 2) + 1, ImagePositionPatient: [0, 0, z] }),
    );
    expect(onlyStacks(files).map((s) => s.frameCount)).toEqual([4]);
  });

  it('splits mixed image sizes and orientations into labelled stacks', () => {
    const axial = axialSeries([0, 5], { SeriesDescription: 'PV 2.5mm' });
    const big = axialSeries([0, 5], { SeriesDescription: 'PV 2.5mm', Rows: 8, Columns: 6 }, 10);
    const sagittal = [0, 5].map((x, i) =>
      scanned(`sag${i}`, { SeriesDescription: 'PV 2.5mm', InstanceNumber: 20 + i, ImageOrientationPatient: [0, 1, 0, 0, 0, -1], ImagePositionPatient: [x, 0, 0] }),
    );
    const stacks = onlyStacks([...sagittal, ...big, ...axial]);
    expect(stacks.map((s) => [s.label, s.frameCount, s.orientation])).toEqual([
      ['PV 2.5mm — 4×4 — axial', 2, 'axial'],
      ['PV 2.5mm — 4×4 — sagittal', 2, 'sagittal'],
      ['PV 2.5mm — 6×8', 2, 'axial'],
    ]);
  });

  it('loads duplicate SOPInstanceUIDs once and counts them', () => {
    const files = axialSeries([10, 5, 0]);
    const copies = files.slice(0, 2).map((f, i) => ({ ...f, fileId: `copy${i}` }));
    const index = buildIndex([...files, ...copies]);
    expect(index.duplicateCount).toBe(2);
    expect(index.patients[0]?.studies[0]?.series[0]?.stacks[0]?.frames.map((f) => f.fileId)).toEqual(['f0', 'f1', 'f2']);
  });

  it('falls back to InstanceNumber without geometry, flags irregular gaps and missing calibration', () => {
    const noGeometry = [3, 1, 2].map((n) =>
      scanned(`n${n}`, { InstanceNumber: n, ImagePositionPatient: undefined, ImageOrientationPatient: undefined, PixelSpacing: undefined }),
    );
    expect(onlyStacks(noGeometry)[0]).toMatchObject({ ordering: 'instanceNumber', orientation: 'unknown', calibration: 'none' });
    expect(onlyStacks(noGeometry)[0]?.frames.map((f) => f.InstanceNumber)).toEqual([1, 2, 3]);
    expect(onlyStacks(noGeometry)[0]?.pixelSpacingMm).toBeUndefined();

    const projection = [scanned('dx', { Modality: 'DX', PixelSpacing: undefined, ImagerPixelSpacing: [0.15, 0.15] })];
    expect(onlyStacks(projection)[0]).toMatchObject({ calibration: 'ImagerPixelSpacing', pixelSpacingMm: [0.15, 0.15] });

    expect(onlyStacks(axialSeries([0, 2.5, 5, 10, 12.5]))[0]).toMatchObject({ sliceSpacingMm: 2.5, irregularSpacing: true });
  });

  it('sorts patients by name, studies by date and series by SeriesNumber', () => {
    const study = (uid: string, date: string, patient: string) => ({ StudyInstanceUID: uid, StudyDate: date, PatientID: patient, PatientName: patient });
    const files = [
      scanned('a', { ...study('2.25.10', '20240301', 'B^B'), SeriesInstanceUID: '2.25.11', SeriesNumber: 3 }),
      scanned('b', { ...study('2.25.10', '20240301', 'B^B'), SeriesInstanceUID: '2.25.12', SeriesNumber: 2 }),
      scanned('c', { ...study('2.25.20', '20231201', 'B^B'), SeriesInstanceUID: '2.25.21', SOPInstanceUID: testUid() }),
      scanned('d', { ...study('2.25.30', '20240101', 'A^A'), SeriesInstanceUID: '2.25.31' }),
    ];
    const index = buildIndex(files);
    expect(index.patients.map((p) => p.patientKey)).toEqual(['A^A', 'B^B']);
    expect(index.patients[1]?.studies.map((s) => s.StudyDate)).toEqual(['20231201', '20240301']);
    expect(index.patients[1]?.studies[1]?.series.map((s) => s.SeriesNumber)).toEqual([2, 3]);
  });
});
