// Public API of the workers layer.
export { spawnScanWorker } from './spawnScanWorker';
