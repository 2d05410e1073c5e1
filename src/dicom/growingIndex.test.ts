import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex } from './buildIndex';
import { GrowingIndex } from './growingIndex';
import type { DicomIndex, SeriesNode } from './indexTypes';
import { instancesArbitrary, splitAt } from './testing/arbitraryInstances';
import { scanned } from './testing/scanned';

const allSeries = (index: DicomIndex): SeriesNode[] => index.patients.flatMap((p) => p.studies.flatMap((s) => s.series));

describe('GrowingIndex', () => {
  it('equals buildIndex of everything added so far, after every batch, however the instances are split', () => {
    fc.assert(
      fc.property(instancesArbitrary(), fc.array(fc.nat(), { maxLength: 8 }), (instances, cuts) => {
        const growing = new GrowingIndex();
        const added = [];
        for (const batch of splitAt(instances, cuts)) {
          added.push(...batch);
          growing.add(batch);
          expect(growing.index).toEqual(buildIndex(added));
        }
      }),
    );
  });

  it('built anew from an earlier index (the same instances reordered, some dropped, others added) equals buildIndex of the new list', () => {
    fc.assert(
      fc.property(instancesArbitrary(), instancesArbitrary(10), fc.nat(), (instances, extra, dropped) => {
        const earlier = new GrowingIndex().add(instances);
        void earlier.index; // built, so that its series nodes can be reused
        const kept = instances.filter((_, i) => i !== dropped % Math.max(1, instances.length));
        const next = [...extra, ...kept.reverse()];
        expect(new GrowingIndex(earlier).add(next).index).toEqual(buildIndex(next));
      }),
    );
  });

  it('keeps the nodes a batch did not touch, so that only what grew is redrawn', () => {
    const arterial = [1, 2, 3].map((n) => scanned(`a${n}`, { SeriesInstanceUID: '2.25.1.1', SOPInstanceUID: `2.25.1.1.${n}`, InstanceNumber: n, ImagePositionPatient: [0, 0, -n] }));
    const venous = [1, 2, 3].map((n) => scanned(`v${n}`, { SeriesInstanceUID: '2.25.1.2', SeriesNumber: 2, SOPInstanceUID: `2.25.1.2.${n}`, InstanceNumber: n, ImagePositionPatient: [0, 0, -n] }));
    const growing = new GrowingIndex().add([...arterial.slice(0, 2), venous[0]!]);
    const [arterialBefore, venousBefore] = allSeries(growing.index);
    const indexBefore = growing.index;
    expect(growing.index).toBe(indexBefore); // nothing added: the same object

    growing.add([venous[1]!, venous[2]!]);
    const [arterialAfter, venousAfter] = allSeries(growing.index);
    expect(arterialAfter).toBe(arterialBefore);
    expect(venousAfter).not.toBe(venousBefore);
    expect(venousAfter?.stacks[0]?.frameCount).toBe(3);
    expect(growing.index.patients[0]?.studies[0]).not.toBe(indexBefore.patients[0]?.studies[0]);

    const reordered = new GrowingIndex(growing).add([venous[2]!, arterial[1]!, venous[0]!, venous[1]!]);
    const [arterialReordered, venousReordered] = allSeries(reordered.index);
    expect(venousReordered).toBe(venousAfter); // the same instances in another order: taken over
    expect(arterialReordered).not.toBe(arterialAfter); // lost a slice: rebuilt
    expect(arterialReordered?.stacks[0]?.frameCount).toBe(1);
  });

  it('counts a duplicate SOP Instance UID once it arrives, in a later batch too', () => {
    const image = scanned('f1', { SOPInstanceUID: '2.25.1.9' });
    const growing = new GrowingIndex().add([image]);
    const before = growing.index;
    growing.add([{ ...image, fileId: 'f2', path: 'copy/f2.dcm' }]);
    expect(growing.index.duplicateCount).toBe(1);
    expect(growing.index.patients[0]).toBe(before.patients[0]);
    expect(allSeries(growing.index)[0]?.stacks[0]?.frames.map((f) => f.fileId)).toEqual(['f1']);
  });
});
