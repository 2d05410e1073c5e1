import { describe, expect, it } from 'vitest';
import { GrowingIndex, type ScannedInstance } from '../dicom';
import { scanned } from '../dicom/testing/scanned';
import { imageLookupFor } from './imageLookup';
import { frameImageId, registerFile } from './imageSource';

const STUDY = '2.25.77.1';

/** Three axial slices of a series, their files registered unless `register` is false. */
function series(seriesNumber: number, register = true): ScannedInstance[] {
  return [0, 1, 2].map((i) => {
    const fileId = `lookup-${seriesNumber}-${i}`;
    if (register) registerFile(fileId, new Blob([fileId]));
    return scanned(fileId, {
      StudyInstanceUID: STUDY,
      SeriesInstanceUID: `2.25.77.1.${seriesNumber}`,
      SeriesNumber: seriesNumber,
      SOPInstanceUID: `2.25.77.1.${seriesNumber}.${i}`,
      InstanceNumber: i + 1,
      ImagePositionPatient: [0, 0, 10 - 5 * i],
    });
  });
}

const imageIdOf = (instance: ScannedInstance) => frameImageId(registerFile(instance.fileId, new Blob()), 0, 1);

describe('imageLookupFor', () => {
  it('finds an image by image id and by SOP Instance UID, with its place in the index', () => {
    const first = series(1);
    const index = new GrowingIndex().add(first).index;
    const lookup = imageLookupFor(index);
    const study = index.patients[0]!.studies[0]!;
    const location = lookup.byImageId(imageIdOf(first[2]!));
    expect(location).toMatchObject({ imageId: imageIdOf(first[2]!), stackIndex: 2, study, series: study.series[0], patient: index.patients[0] });
    expect(location!.frame.SOPInstanceUID).toBe('2.25.77.1.1.2');
    expect(lookup.bySop('2.25.77.1.1.0', 0)).toMatchObject({ stackIndex: 0, study });
    expect(lookup.byImageId('dicomfile:999999')).toBeUndefined();
    expect(lookup.bySop('2.25.77.1.1.0', 1)).toBeUndefined();
  });

  it("answers with the grown index's nodes, for series that grew and series that did not", () => {
    const growing = new GrowingIndex().add(series(2));
    const before = growing.index;
    expect(imageLookupFor(before).bySop('2.25.77.1.2.1', 0)?.study).toBe(before.patients[0]!.studies[0]);
    const third = series(3);
    const after = growing.add(third).index;
    const lookup = imageLookupFor(after);
    const study = after.patients[0]!.studies[0]!;
    expect(study).not.toBe(before.patients[0]!.studies[0]);
    expect(lookup.bySop('2.25.77.1.2.1', 0)).toMatchObject({ stackIndex: 1, study });
    expect(lookup.byImageId(imageIdOf(third[0]!))).toMatchObject({ stackIndex: 0, study });
  });

  it('finds an image whose file was registered after an earlier lookup of its stack', () => {
    const late = series(4, false);
    const earlier = new GrowingIndex().add(late);
    expect(imageLookupFor(earlier.index).bySop('2.25.77.1.4.0', 0)).toBeUndefined();
    const imageId = imageIdOf(late[0]!); // registers it
    const regrown = new GrowingIndex(earlier).add(late).index; // a new index holding the same stack object
    expect(regrown.patients[0]!.studies[0]!.series[0]!.stacks[0]).toBe(earlier.index.patients[0]!.studies[0]!.series[0]!.stacks[0]);
    expect(imageLookupFor(regrown).byImageId(imageId)).toMatchObject({ stackIndex: 0 });
  });
});
