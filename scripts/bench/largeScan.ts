// Scanning a folder of many small files: files/s against the floor page's scan, the
// longest main-thread task while Viable scans, and how soon the progress bar shows.
import { manyFilesFolder } from './benchFolders.ts';
import type { FloorMeasurement } from './floor/floorMeasurement.ts';
import type { BenchMeasure } from './measure.ts';
import { measureFloor } from './measureFloor.ts';
import { FLOOR_NOTE, floorAfterDecodeFilesPerSecond, floorFilesPerSecond, warmUpNote } from './loadVsFloor.ts';
import { type LoadMeasurement, measureLoad } from './measureLoad.ts';
import { type Column, fixed, formatTable, ratio } from './report.ts';
import { formatAttributedTasks } from './taskAttribution.ts';

interface LargeScanRow {
  files: number;
  floor: FloorMeasurement;
  viable: LoadMeasurement;
}

const COLUMNS: Array<Column<LargeScanRow>> = [
  ['files', (r) => String(r.files)],
  ['floor files/s', (r) => fixed(floorFilesPerSecond(r.floor), 0)],
  ['Viable files/s', (r) => fixed(r.viable.filesPerSecond, 0)],
  ['scan ×', (r) => ratio(r.viable.filesPerSecond, floorFilesPerSecond(r.floor))],
  ['floor files/s after decode', (r) => fixed(floorAfterDecodeFilesPerSecond(r.floor), 0)],
  ['Viable scan s', (r) => fixed(r.viable.scanMs / 1000, 2)],
  ['longest task after change ms', (r) => fixed(r.viable.longTasks.longestAfterChangeMs, 0)],
  ['tasks > 50 ms', (r) => String(r.viable.longTasks.tasksOver50MsAfterChange)],
  ['browser FileList build (not ours) ms', (r) => fixed(r.viable.longTasks.fileListBuildMs, 0)],
  ['bar ms', (r) => fixed(r.viable.progressBarMs, 0)],
  ['1st image s', (r) => fixed(r.viable.firstImageMs / 1000, 2)],
];

export const largeScan: BenchMeasure = {
  name: 'largeScan',
  async run({ baseUrl, outDir, workDir, scanFiles, onStep }) {
    onStep(`writing ${scanFiles} files`);
    const dir = manyFilesFolder(workDir, scanFiles);
    const floor = await measureFloor(baseUrl, dir, (step) => onStep(`${scanFiles} files: floor page, ${step}`));
    onStep(`${scanFiles} files: Viable`);
    const viable = await measureLoad(baseUrl, dir, scanFiles, {
      decodeAll: false,
      onStep: (step) => onStep(`${scanFiles} files: ${step}`),
      profileOutDir: outDir,
    });
    const row = { files: scanFiles, floor, viable };
    const scanRatio = viable.filesPerSecond / floorFilesPerSecond(floor);
    const scanRatioAfterDecode = viable.filesPerSecond / floorAfterDecodeFilesPerSecond(floor);
    return {
      table: formatTable(COLUMNS, [row]),
      notes: [
        `${scanFiles} distinct 64×64 CT slices in series of 500.`,
        FLOOR_NOTE,
        "Longest task after change: Viable's main thread from the input's change event to the end of the scan (its change handler, then every later task); tasks > 50 ms counts them.",
        `Browser FileList build (not ours): Chromium listing the picked files in the pick's task, before the change event fires; <input type=file> cannot avoid it (the longest task including it: ${viable.longestTaskMs.toFixed(0)} ms).`,
        'bar ms: from the change event to the progress bar in the page.',
        warmUpNote([viable]),
        `Viable's long tasks after the change event, by who spent the time (CPU profile sampled every 0.5 ms; the deepest frame of src/ on the stack, else the library or V8's "(program)": native work such as style, layout, paint; "sampled" well below a task's length means the thread was off the CPU, i.e. the machine was busy):`,
        ...(viable.attributedTasks.length ? formatAttributedTasks(viable.attributedTasks, viable.pickedAt) : ['  none']),
      ],
      goals: [
        {
          text: `${scanFiles} files: no main-thread task over 100 ms after the change event (${viable.longTasks.longestAfterChangeMs.toFixed(0)} ms; browser FileList build before it, not ours: ${viable.longTasks.fileListBuildMs.toFixed(0)} ms)`,
          met: viable.longTasks.longestAfterChangeMs <= 100,
        },
        { text: `${scanFiles} files: progress bar within 100 ms of the pick (${viable.progressBarMs.toFixed(0)} ms)`, met: viable.progressBarMs <= 100 },
        {
          text: `${scanFiles} files: scan ≥ 0.7× floor's files/s, each from its own pick (${scanRatio.toFixed(2)}×; against the floor's scan after decode: ${scanRatioAfterDecode.toFixed(2)}×)`,
          met: scanRatio >= 0.7,
        },
      ],
      record: row,
    };
  },
};
