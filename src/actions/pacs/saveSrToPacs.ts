import { PacsError, type PacsClient, type StoreOutcome } from '../../io';
import type { AppStore } from '../../store';
import { measurementReportFiles } from '../srExport';

/**
 * Stores the open assessment on the PACS as DICOM SR (STOW-RS): the same
 * Measurement Report per timepoint that "Export SR" writes, each in the study of
 * its timepoint, so that opening the studies from the PACS elsewhere offers them.
 */
export async function saveSrToPacs(store: AppStore, client: PacsClient, now = new Date()): Promise<StoreOutcome & { skippedCaliperIds: string[] }> {
  const { files, skippedCaliperIds } = await measurementReportFiles(store, now);
  const datasets = Object.values(files).map((bytes) => bytes.slice().buffer);
  if (datasets.length === 0) throw new PacsError({ code: 'nothingToSave' });
  return { ...(await client.store(datasets)), skippedCaliperIds };
}
