// A scan worker: reads DICOM headers off the main thread. All logic lives in src/dicom.
import { exposeScanWorker } from './spawnScanWorker';

exposeScanWorker(self);
