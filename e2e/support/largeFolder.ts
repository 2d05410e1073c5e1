import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeDicom } from '../../src/dicom/testing/makeDicom';

/** Slices per series of {@link largeFolder}. */
export const SLICES_PER_SERIES = 500;

/** Where file `i` of a series lies: file order hops through the series (7 is prime to 500), so slices found later fall between ones found earlier. */
export const sliceDepthMm = (fileInSeries: number): number => (fileInSeries * 7) % SLICES_PER_SERIES;

/**
 * `fileCount` small, distinct CT slices (64×64) of one study, in series of 500 under
 * `SE001/…`: a folder whose scan costs per file, as a large exam's does, without
 * gigabytes on disk. Slice i of a series lies {@link sliceDepthMm} below the first.
 * `firstSeriesLast`: all but the first 50 files of the first series go to a folder the
 * scan reads last (`SE999`), so that the first series is still growing after its first
 * image however fast the scan is.
 */
export function largeFolder(dir: string, fileCount: number, firstSeriesLast = false): string {
  for (let i = 0; i < fileCount; i++) {
    const series = Math.floor(i / SLICES_PER_SERIES);
    const inSeries = i % SLICES_PER_SERIES;
    const seriesDir = path.join(dir, firstSeriesLast && series === 0 && inSeries >= 50 ? 'SE999' : `SE${String(series + 1).padStart(3, '0')}`);
    mkdirSync(seriesDir, { recursive: true });
    const bytes = makeDicom({
      StudyInstanceUID: '2.25.4242.1',
      SeriesInstanceUID: `2.25.4242.1.${series + 1}`,
      SeriesNumber: series + 1,
      SeriesDescription: `LARGE SERIES ${series + 1}`,
      SOPInstanceUID: `2.25.4242.1.${series + 1}.${inSeries + 1}`,
      InstanceNumber: inSeries + 1,
      ImagePositionPatient: [0, 0, -sliceDepthMm(inSeries)],
      SliceThickness: 1,
      Rows: 64,
      Columns: 64,
    });
    writeFileSync(path.join(seriesDir, `IM${String(inSeries).padStart(4, '0')}`), bytes);
  }
  return dir;
}
