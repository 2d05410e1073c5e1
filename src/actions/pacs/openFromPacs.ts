import { headerFromDicomJson, type ScannedInstance } from '../../dicom';
import { PacsError, pacsProblemOf, type InstanceRef, type PacsClient } from '../../io';
import { selectIndex, type AppStore, type SkippedFile } from '../../store';
import { baseImageIdOf, fetchRemoteFile, registerRemoteFile } from '../../viewer';
import { firstStackToShow } from '../firstStackToShow';
import { showSomethingIfEmpty } from '../openLocalFiles';
import { endRehearsal } from '../rehearsal';
import { openPatientAssessment } from '../openPatientAssessment';
import { loadAssessmentRecord } from '../persistence';
import { offerMeasurementReports } from '../srImport';
import { ImageRetrieval } from './imageRetrieval';
import { retrievalOrder } from './retrievalOrder';
import { setRetrievalStatus } from './retrievalStatus';

const STRUCTURED_REPORT_ROOT = '1.2.840.10008.5.1.4.1.1.88.';

/** The retrieval of the last studies opened from the PACS, for cancel and retry. */
let current: { retrieval: ImageRetrieval<unknown>; controller: AbortController } | undefined;
let openings = 0;

/** The opening whose metadata is being read, for cancel. */
let opening: AbortController | undefined;

/** Stops reading metadata or fetching images from the PACS; what arrived stays open. */
export function cancelPacsRetrieval(): void {
  opening?.abort();
  current?.controller.abort();
  current?.retrieval.cancel();
}

/** Fetches again the images that failed or were cancelled. */
export function retryPacsRetrieval(): Promise<void> {
  if (!current) return Promise.resolve();
  if (current.controller.signal.aborted) current.controller = new AbortController();
  return current.retrieval.run();
}

/** Forgets the last retrieval (close all). */
export function endPacsRetrieval(): void {
  cancelPacsRetrieval();
  current = undefined;
  setRetrievalStatus(null);
}

/**
 * Opens studies from a DICOMweb server. The series' metadata comes first (QIDO-RS
 * for the series, WADO-RS `…/metadata` for their instances) and builds the same
 * index a local folder builds, so the study browser, phases and timepoints are
 * there before any pixel; then every image is fetched in the background (stored
 * transfer syntax, decoded in the browser), the stack shown first from its middle
 * slice outwards, while any image the reader scrolls to is fetched at once.
 * Measurement Reports (SR) stored in the studies are offered for loading.
 * Resolves once the studies are open; the images keep arriving after.
 */
export async function openFromPacs(store: AppStore, client: PacsClient, studyInstanceUids: readonly string[]): Promise<void> {
  endRehearsal(store);
  endPacsRetrieval();
  const controller = new AbortController();
  opening = controller;
  const session = ++openings;
  const { scanStarted, scanProgressed, scanFinished, scanStopped } = store.getState();
  scanStarted(studyInstanceUids.length);
  const instances: ScannedInstance[] = [];
  const skipped: SkippedFile[] = [];
  const reports: Array<{ path: string; ref: InstanceRef }> = [];
  const signal = () => current?.controller.signal ?? controller.signal;
  try {
    for (const [i, StudyInstanceUID] of studyInstanceUids.entries()) {
      for (const series of await client.searchSeries(StudyInstanceUID, controller.signal)) {
        const where = `${client.origin} › ${series.Modality} ${series.SeriesDescription}`.trim();
        let metadata;
        try {
          metadata = await client.seriesMetadata(StudyInstanceUID, series.SeriesInstanceUID, controller.signal);
        } catch (error) {
          if (controller.signal.aborted) throw error;
          // A series the server cannot describe is listed as skipped; the others open.
          if (error instanceof PacsError && (error.kind === 'unauthorized' || error.kind === 'unreachable')) throw error;
          skipped.push({ path: where, reason: { code: 'series-unavailable', problem: pacsProblemOf(error) } });
          continue;
        }
        for (const json of metadata) {
          const parsed = headerFromDicomJson(json);
          const ref = { StudyInstanceUID, SeriesInstanceUID: series.SeriesInstanceUID, SOPInstanceUID: String(json['00080018']?.Value?.[0] ?? '') };
          const path = `${where} › ${ref.SOPInstanceUID}`;
          if (parsed.ok) {
            const fileId = `pacs${session}-${parsed.instance.SOPInstanceUID}`;
            registerRemoteFile(fileId, () => client.retrieveInstance(ref, signal()));
            instances.push({ ...parsed.instance, fileId, path });
          } else {
            if (String(json['00080016']?.Value?.[0] ?? '').startsWith(STRUCTURED_REPORT_ROOT)) reports.push({ path, ref });
            skipped.push({ path, reason: parsed.reason, ...(parsed.notDisplayed ? { notDisplayed: parsed.notDisplayed } : {}) });
          }
        }
      }
      scanProgressed({ filesRead: i + 1, total: studyInstanceUids.length, dicomFound: instances.length, skipped: skipped.length });
    }
  } catch (error) {
    if (controller.signal.aborted) {
      // The reader cancelled: nothing of these studies is opened, what was open stays.
      scanStopped('cancelled');
      return;
    }
    scanStopped('failed', { code: 'pacs', problem: pacsProblemOf(error) });
    throw error;
  } finally {
    if (opening === controller) opening = undefined;
  }
  scanFinished({ instances, skipped });
  showSomethingIfEmpty(store);
  await openPatientAssessment(store, loadAssessmentRecord);
  startRetrieval(store, controller, new Set(instances.map((instance) => instance.fileId)));
  await offerReports(client, reports);
}

/** Fetches the files just opened (not local files or earlier openings open beside them), in {@link retrievalOrder}. */
function startRetrieval(store: AppStore, controller: AbortController, opened: ReadonlySet<string>): void {
  const state = store.getState();
  const shown = state.viewportStackIds.find((id) => id !== null) ?? firstStackToShow(state);
  const stacks = selectIndex(state).patients.flatMap((p) => p.studies.flatMap((s) => s.series.flatMap((series) => series.stacks)));
  const fileIds = retrievalOrder(stacks, shown ?? undefined).filter((fileId) => opened.has(fileId));
  // The failure is kept as thrown: the PACS bar words it in the reader's language.
  const retrieval = new ImageRetrieval<unknown>(fileIds, (fileId) => fetchRemoteFile(baseImageIdOf(fileId) ?? ''), (error) => error, { onStatus: setRetrievalStatus });
  current = { retrieval, controller };
  void retrieval.run();
}

/** Retrieves the studies' Measurement Reports and offers them like SR files found in a folder. */
async function offerReports(client: PacsClient, reports: ReadonlyArray<{ path: string; ref: InstanceRef }>): Promise<void> {
  const files = [];
  for (const { path, ref } of reports) {
    try {
      files.push({ path, file: new Blob([await client.retrieveInstance(ref)]) });
    } catch {
      // An SR that cannot be fetched is not offered; it stays listed among the skipped objects.
    }
  }
  await offerMeasurementReports(files);
}
