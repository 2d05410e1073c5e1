// A scan worker: reads DICOM headers off the main thread. All logic lives in src/dicom.
import { expose } from 'comlink';
import { scanWorkerApi } from '../dicom';

expose(scanWorkerApi);
