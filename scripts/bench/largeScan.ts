// Scanning a folder of many small files: files/s against the floor page's scan, the
// longest main-thread task while Viable scans, and how soon the progress bar shows.
import { manyFilesFolder } from './benchFolders.ts';
import type { FloorMeasurement } from './floor/floorMeasurement.ts';
import type { BenchMeasure } from './measure.ts';
import { measureFloor } from './measureFloor.ts';
import { type LoadMeasurement, measureLoad } from './measureLoad.ts';
import { type Column, fixed, formatTable, ratio } from './report.ts';

interface LargeScanRow {
  files: number;
  floor: FloorMeasurement;
  viable: LoadMeasurement;
}

const floorFilesPerSecond = (floor: FloorMeasurement) => floor.files / (floor.scanMs / 1000);

const COLUMNS: Array<Column<LargeScanRow>> = [
  ['files', (r) => String(r.files)],
  ['floor files/s', (r) => fixed(floorFilesPerSecond(r.floor), 0)],
  ['Viable files/s', (r) => fixed(r.viable.filesPerSecond, 0)],
  ['scan ×', (r) => ratio(r.viable.filesPerSecond, floorFilesPerSecond(r.floor))],
  ['Viable scan s', (r) => fixed(r.viable.scanMs / 1000, 2)],
  ['longest task ms', (r) => fixed(r.viable.longestTaskMs, 0)],
  ['bar ms', (r) => fixed(r.viable.progressBarMs, 0)],
  ['1st image s', (r) => fixed(r.viable.firstImageMs / 1000, 2)],
];

export const largeScan: BenchMeasure = {
  name: 'largeScan',
  async run({ baseUrl, workDir, scanFiles, onStep }) {
    onStep(`writing ${scanFiles} files`);
    const dir = manyFilesFolder(workDir, scanFiles);
    onStep(`${scanFiles} files: floor page`);
    const floor = await measureFloor(baseUrl, dir);
    onStep(`${scanFiles} files: Viable`);
    const viable = await measureLoad(baseUrl, dir, scanFiles, { decodeAll: false, onStep: (step) => onStep(`${scanFiles} files: ${step}`) });
    const row = { files: scanFiles, floor, viable };
    return {
      table: formatTable(COLUMNS, [row]),
      notes: [
        `${scanFiles} distinct 64×64 CT slices in series of 500. Longest task: Viable's main thread from the pick to the end of the scan.`,
        'bar ms: from the change event to the progress bar in the page.',
      ],
      record: row,
    };
  },
};
