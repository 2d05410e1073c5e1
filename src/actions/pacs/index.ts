export { openFromPacs, cancelPacsRetrieval, retryPacsRetrieval, endPacsRetrieval } from './openFromPacs';
export { saveSrToPacs } from './saveSrToPacs';
export { loadPacsServer, savePacsServer, forgetPacsServer } from './pacsSettings';
export { getRetrievalStatus, subscribeRetrievalStatus } from './retrievalStatus';
export type { RetrievalStatus } from './imageRetrieval';
export { pacsClientFor, testPacsConnection } from './pacsConnection';
