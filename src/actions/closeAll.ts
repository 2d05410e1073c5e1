import type { AppStore } from '../store';
import { forgetRemoteFiles, purgeFiles } from '../viewer';
import { cancelScan } from './openLocalFiles';
import { endPacsRetrieval } from './pacs';
import { clearSrOffers } from './srImport';

/** Closes every open study: viewports emptied, files released from the loader, the index and assessment closed (the saved copy stays). */
export function closeAll(store: AppStore): void {
  cancelScan();
  endPacsRetrieval();
  const state = store.getState();
  state.clearViewports();
  state.closeAllStudies();
  state.closeAssessment();
  state.notify(null);
  purgeFiles();
  forgetRemoteFiles();
  clearSrOffers();
}
