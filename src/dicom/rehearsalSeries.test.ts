import { data as dcmjsData } from 'dcmjs';
import { parseDicom } from 'dicom-parser';
import { describe, expect, it } from 'vitest';
import { buildIndex } from './buildIndex';
import { rehearsalSeries } from './rehearsalSeries';
import { scanFiles } from './scanFiles';

describe('rehearsalSeries', () => {
  it('writes valid Explicit VR Little Endian CT slices that dcmjs and dicom-parser read alike', async () => {
    const [first, second] = rehearsalSeries(2, 8);
    const bytes = await second!.file.arrayBuffer();
    // dcmjs, a second reader, checks the hand-written encoding.
    const { meta, dict } = dcmjsData.DicomMessage.readFile(bytes);
    expect(dcmjsData.DicomMetaDictionary.naturalizeDataset(meta)).toMatchObject({ TransferSyntaxUID: '1.2.840.10008.1.2.1', MediaStorageSOPClassUID: '1.2.840.10008.5.1.4.1.1.2' });
    const natural = dcmjsData.DicomMetaDictionary.naturalizeDataset(dict);
    expect(natural).toMatchObject({
      Modality: 'CT',
      PatientID: 'REHEARSAL',
      InstanceNumber: 2,
      ImagePositionPatient: [0, 0, 2.5],
      ImageOrientationPatient: [1, 0, 0, 0, 1, 0],
      PixelSpacing: [0.7, 0.7],
      Rows: 8,
      Columns: 8,
      BitsAllocated: 16,
      RescaleIntercept: -1024,
    });
    const dataSet = parseDicom(new Uint8Array(bytes));
    expect(dataSet.elements.x7fe00010?.length).toBe(8 * 8 * 2);
    expect(first!.path).toBe('viable-rehearsal/IM1');
  });

  it('is one series of one stack that the scan indexes like a folder of a real CT', async () => {
    const slices = rehearsalSeries(4, 16);
    const result = await scanFiles(
      slices.map((s) => s.file),
      { paths: slices.map((s) => s.path), fileIdPrefix: 'r:' },
    );
    expect(result.skipped).toEqual([]);
    const series = buildIndex(result.instances).patients.flatMap((p) => p.studies.flatMap((s) => s.series));
    expect(series).toHaveLength(1);
    expect(series[0]!.stacks.map((stack) => [stack.frameCount, stack.pixelSpacingMm])).toEqual([[4, [0.7, 0.7]]]);
  });
});
