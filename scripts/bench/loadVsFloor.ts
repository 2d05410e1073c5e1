// Loading series of every size and transfer syntax in Viable and in the floor page,
// one after the other in the same run, so that the ratios compare like with like.
import { rmSync } from 'node:fs';
import { type BenchFolder, seriesFolders } from './benchFolders.ts';
import { formatPhaseTable } from './firstImagePhases.ts';
import type { FloorMeasurement } from './floor/floorMeasurement.ts';
import type { BenchMeasure, Goal } from './measure.ts';
import { measureFloor } from './measureFloor.ts';
import { type LoadMeasurement, measureLoad } from './measureLoad.ts';
import { type Column, fixed, formatTable, ratio } from './report.ts';

export interface LoadVsFloorRow {
  slices: number;
  syntax: BenchFolder['syntax'];
  megabytes: number;
  floor: FloorMeasurement;
  viable: LoadMeasurement;
}

const floorFilesPerSecond = (floor: FloorMeasurement) => floor.files / (floor.scanMs / 1000);
const heapTimesRaw = (row: LoadVsFloorRow) => (row.viable.peakHeapWithBuffersMb * 2 ** 20) / row.floor.rawPixelBytes;

const COLUMNS: Array<Column<LoadVsFloorRow>> = [
  ['slices', (r) => String(r.slices)],
  ['syntax', (r) => r.syntax],
  ['floor 1st s', (r) => fixed(r.floor.firstImageMs / 1000, 3)],
  ['Viable 1st s', (r) => fixed(r.viable.firstImageMs / 1000, 3)],
  ['1st ×', (r) => ratio(r.viable.firstImageMs, r.floor.firstImageMs)],
  ['floor all s', (r) => fixed(r.floor.allReadyMs / 1000, 2)],
  ['Viable all s', (r) => fixed(r.viable.allDecodedMs / 1000, 2)],
  ['all ×', (r) => ratio(r.viable.allDecodedMs, r.floor.allReadyMs)],
  ['floor files/s', (r) => fixed(floorFilesPerSecond(r.floor), 0)],
  ['Viable files/s', (r) => fixed(r.viable.filesPerSecond, 0)],
  ['scan ×', (r) => ratio(r.viable.filesPerSecond, floorFilesPerSecond(r.floor))],
  ['heap × raw', (r) => fixed(heapTimesRaw(r), 2)],
  ['longest task ms', (r) => fixed(r.viable.longestTaskMs, 0)],
  ['ours ms', (r) => fixed(r.viable.longTasks.longestAfterChangeMs, 0)],
  ['bar ms', (r) => fixed(r.viable.progressBarMs, 0)],
  ['render', (r) => r.viable.renderMode],
];

/**
 * Issue 11's targets for one series: first image ≤ 3× floor, all slices decoded ≤ 1.5× floor,
 * scan ≥ 0.7× floor's files/s. Both "all" times run from the change event until every slice's
 * pixels are decoded and held: the floor's parse of each whole file reads its header too, so
 * that Viable's separate scan is work the floor shows it need not do, not work the floor skips.
 */
function goalsOf(row: LoadVsFloorRow): Goal[] {
  const label = `${row.slices} ${row.syntax}`;
  const first = row.viable.firstImageMs / row.floor.firstImageMs;
  const all = row.viable.allDecodedMs / row.floor.allReadyMs;
  const scan = row.viable.filesPerSecond / floorFilesPerSecond(row.floor);
  return [
    { text: `${label}: first image ≤ 3× floor (${first.toFixed(2)}×)`, met: first <= 3 },
    { text: `${label}: all slices decoded ≤ 1.5× floor (${all.toFixed(2)}×)`, met: all <= 1.5 },
    { text: `${label}: scan ≥ 0.7× floor's files/s (${scan.toFixed(2)}×)`, met: scan >= 0.7 },
  ];
}

/** How long the page's warm-up took, which the bench waits for before picking (see measureLoad's waitForWarmUp). */
export function warmUpNote(runs: readonly LoadMeasurement[]): string {
  const times = runs.map((run) => run.warmedUpMs).filter((ms) => !Number.isNaN(ms));
  const span = times.length ? `${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} ms from navigation` : 'this build never said so; picked after 5 s';
  return `Viable is picked once the page says it is warmed up (<html data-warmed-up>: the workspace mounted on the start page in idle time), as a reader choosing a folder takes seconds: ${span}.`;
}

export const loadVsFloor: BenchMeasure = {
  name: 'load',
  async run({ baseUrl, workDir, sizes, onStep }) {
    const rows: LoadVsFloorRow[] = [];
    for (const folder of seriesFolders(workDir, sizes, onStep)) {
      const label = `${folder.slices} slices ${folder.syntax}`;
      onStep(`${label}: floor page`);
      const floor = await measureFloor(baseUrl, folder.dir);
      onStep(`${label}: Viable`);
      const viable = await measureLoad(baseUrl, folder.dir, folder.slices, { decodeAll: true, onStep: (step) => onStep(`${label}: ${step}`) });
      rows.push({ slices: folder.slices, syntax: folder.syntax, megabytes: folder.megabytes, floor, viable });
      rmSync(folder.dir, { recursive: true, force: true });
    }
    return {
      table: `${formatTable(COLUMNS, rows)}\n\nViable's first image, phase by phase (ms after the previous phase; the app's performance marks):\n${formatPhaseTable(rows)}`,
      notes: [
        'Times from the folder input\'s change event (page clock). "×" = Viable / floor in this run (scan ×: Viable files/s / floor files/s).',
        'Floor: a page that only reads, parses (dicom-parser) and decodes (CharLS) the files on its main thread; its scan reads 32 kB heads.',
        warmUpNote(rows.map((row) => row.viable)),
        'heap × raw: peak main-thread JS heap + ArrayBuffers over the decoded pixels; longest task: main thread, from the pick to all decoded, with the browser\'s own FileList build before the change event (0.2–0.6 s at 1000–2000 files; <input type=file> cannot avoid it); ours: the longest after the change event.',
      ],
      goals: rows.flatMap(goalsOf),
      record: rows,
    };
  },
};
