import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex, dedupeInstances } from '../dicom';
import { instancesArbitrary, splitAt } from '../dicom/testing/arbitraryInstances';
import { scanned } from '../dicom/testing/scanned';
import { createAppStore } from './createAppStore';
import { selectIndex } from './studySelectors';

/** What happens to a store's images: a scan's batches arrive, then the scan ends in one of four ways. */
const scanArbitrary = fc.record({
  openBefore: instancesArbitrary(15),
  found: instancesArbitrary(),
  cuts: fc.array(fc.nat(), { maxLength: 6 }),
  end: fc.constantFrom('finished in file order', 'cancelled', 'replaced by another pick', 'still running'),
});

describe('selectIndex while a scan adds batches', () => {
  it('equals buildIndex of the open instances after every batch and after the scan ends, whatever the batches and their order', () => {
    fc.assert(
      fc.property(scanArbitrary, ({ openBefore, found, cuts, end }) => {
        const store = createAppStore();
        store.getState().scanFinished({ instances: openBefore, skipped: [] });
        const check = () => expect(selectIndex(store.getState())).toEqual(buildIndex(store.getState().instances));
        check();
        store.getState().scanStarted(found.length);
        for (const batch of splitAt(found, cuts)) {
          store.getState().scanFound(batch);
          check();
        }
        // The final result is deduplicated and in file order, which here is the reverse of arrival.
        if (end === 'finished in file order') store.getState().scanFinished({ instances: dedupeInstances([...found].reverse()).unique, skipped: [] });
        if (end === 'cancelled') store.getState().scanStopped('cancelled');
        if (end === 'replaced by another pick') store.getState().scanStarted(3);
        check();
        // Neither a cancelled scan nor one another pick replaced adds anything; the new scan counts from what was open.
        if (end === 'cancelled' || end === 'replaced by another pick') expect(store.getState().instances).toEqual(openBefore);
        if (end === 'replaced by another pick') expect(store.getState().scan).toMatchObject({ status: 'scanning', total: 3, instancesBefore: openBefore.length });
      }),
    );
  });

  it('grows by the batch: a series the batch did not touch keeps its object', () => {
    const slices = (series: string) => [1, 2, 3].map((n) => scanned(`${series}-${n}`, { SeriesInstanceUID: series, SOPInstanceUID: `${series}.${n}`, InstanceNumber: n, ImagePositionPatient: [0, 0, -n] }));
    const [arterial, venous] = [slices('2.25.5.1'), slices('2.25.5.2')];
    const store = createAppStore();
    store.getState().scanStarted(6);
    store.getState().scanFound([...arterial, venous[0]!]);
    const seriesNamed = (uid: string) => selectIndex(store.getState()).patients[0]?.studies[0]?.series.find((s) => s.SeriesInstanceUID === uid);
    const arterialBefore = seriesNamed('2.25.5.1');
    store.getState().scanFound(venous.slice(1));
    expect(seriesNamed('2.25.5.2')?.stacks[0]?.frameCount).toBe(3);
    expect(arterialBefore).toBeDefined();
    expect(seriesNamed('2.25.5.1')).toBe(arterialBefore);
  });
});
