// Loading series of every size and transfer syntax in Viable and in the floor page,
// one after the other in the same run, so that the ratios compare like with like: each
// folder `rounds` times, the two pages taking turns to go first, the medians compared.
import { rmSync } from 'node:fs';
import { type BenchFolder, seriesFolders } from './benchFolders.ts';
import { formatPhaseTable } from './firstImagePhases.ts';
import type { FloorMeasurement } from './floor/floorMeasurement.ts';
import type { BenchMeasure, Goal } from './measure.ts';
import { measureFloor } from './measureFloor.ts';
import { type LoadMeasurement, measureLoad } from './measureLoad.ts';
import { medianRun } from './medianRun.ts';
import { type Column, fixed, formatTable, ratio } from './report.ts';

export interface LoadVsFloorRow {
  slices: number;
  syntax: BenchFolder['syntax'];
  megabytes: number;
  /** Each figure the median of {@link runs}' (a longest task the longest of them). */
  floor: FloorMeasurement;
  viable: LoadMeasurement;
  /** Each round's pair, in the order run. */
  runs: Array<{ floor: FloorMeasurement; viable: LoadMeasurement }>;
}

/** A longest task is a bound: the merged run keeps the longest of the rounds', not their median. */
const isLongTaskBound = (path: string) => path === 'longestTaskMs' || path.startsWith('longTasks.');

/** The floor's scan from its own pick (fresh Files, cold code), as Viable's is timed: goal 3's reference. */
export const floorFilesPerSecond = (floor: FloorMeasurement) => floor.files / (floor.scanMs / 1000);
/** The floor's scan after its full load (hot code, Files looked up): printed beside it, for comparison with earlier runs. */
export const floorAfterDecodeFilesPerSecond = (floor: FloorMeasurement) => floor.files / (floor.scanAfterDecodeMs / 1000);
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
  ['floor files/s after decode', (r) => fixed(floorAfterDecodeFilesPerSecond(r.floor), 0)],
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
 * Both scans run from a pick of their own in a fresh page (measureFloor), so that each pays
 * for its cold code and the browser's first look-up of each File.
 */
function goalsOf(row: LoadVsFloorRow): Goal[] {
  const label = `${row.slices} ${row.syntax}`;
  const firstOf = (floor: FloorMeasurement, viable: LoadMeasurement) => viable.firstImageMs / floor.firstImageMs;
  const allOf = (floor: FloorMeasurement, viable: LoadMeasurement) => viable.allDecodedMs / floor.allReadyMs;
  const scanOf = (floor: FloorMeasurement, viable: LoadMeasurement) => viable.filesPerSecond / floorFilesPerSecond(floor);
  // The rounds' own ratios beside the medians' show how far one run could have strayed.
  const spread = (ratioOf: typeof firstOf) => {
    if (row.runs.length < 2) return '';
    const ratios = row.runs.map((run) => ratioOf(run.floor, run.viable));
    return `; rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×`;
  };
  const first = firstOf(row.floor, row.viable);
  const all = allOf(row.floor, row.viable);
  const scan = scanOf(row.floor, row.viable);
  const scanAfterDecode = row.viable.filesPerSecond / floorAfterDecodeFilesPerSecond(row.floor);
  return [
    { text: `${label}: first image ≤ 3× floor (${first.toFixed(2)}×${spread(firstOf)})`, met: first <= 3 },
    { text: `${label}: all slices decoded ≤ 1.5× floor (${all.toFixed(2)}×${spread(allOf)})`, met: all <= 1.5 },
    {
      text: `${label}: scan ≥ 0.7× floor's files/s, each from its own pick (${scan.toFixed(2)}×${spread(scanOf)}; against the floor's scan after decode: ${scanAfterDecode.toFixed(2)}×)`,
      met: scan >= 0.7,
    },
  ];
}

/** What the floor page is and how its scan is timed, under both tables that compare against it. */
export const FLOOR_NOTE =
  "Floor: a page that only reads, parses (dicom-parser) and decodes (CharLS) the files on its main thread. Its scan (32 kB heads, 8 reads in flight) is measured in a page of its own, from its own pick: fresh Files and cold code, as Viable's scan is; \"floor files/s after decode\" is the same scan run in the full page once it has decoded every file (hot code, Files already looked up), the figure the scan goal was measured against before.";

/** How long the page's warm-up took, which the bench waits for before picking (see measureLoad's waitForWarmUp). */
export function warmUpNote(runs: readonly LoadMeasurement[]): string {
  const times = runs.map((run) => run.warmedUpMs).filter((ms) => !Number.isNaN(ms));
  const span = times.length ? `${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} ms from navigation` : 'this build never said so; picked after 5 s';
  return `Viable is picked once the page says it is warmed up (<html data-warmed-up>: the workspace mounted on the start page in idle time), as a reader choosing a folder takes seconds: ${span}.`;
}

export const loadVsFloor: BenchMeasure = {
  name: 'load',
  async run({ baseUrl, workDir, sizes, rounds, onStep }) {
    const rows: LoadVsFloorRow[] = [];
    for (const folder of seriesFolders(workDir, sizes, onStep)) {
      const runs: LoadVsFloorRow['runs'] = [];
      for (let round = 1; round <= rounds; round++) {
        const label = `${folder.slices} slices ${folder.syntax}${rounds > 1 ? `, round ${round} of ${rounds}` : ''}`;
        const floorRun = () => measureFloor(baseUrl, folder.dir, (step) => onStep(`${label}: floor page, ${step}`));
        const viableRun = async () => {
          onStep(`${label}: Viable`);
          return measureLoad(baseUrl, folder.dir, folder.slices, { decodeAll: true, onStep: (step) => onStep(`${label}: ${step}`) });
        };
        // Turns at going first, so that a machine speeding up or slowing down over a folder's rounds favours neither page.
        if (round % 2 === 1) {
          const floor = await floorRun();
          runs.push({ floor, viable: await viableRun() });
        } else {
          const viable = await viableRun();
          runs.push({ floor: await floorRun(), viable });
        }
      }
      const floor = medianRun(runs.map((run) => run.floor));
      const viable = medianRun(runs.map((run) => run.viable), isLongTaskBound);
      rows.push({ slices: folder.slices, syntax: folder.syntax, megabytes: folder.megabytes, floor, viable, runs });
      rmSync(folder.dir, { recursive: true, force: true });
    }
    return {
      table: `${formatTable(COLUMNS, rows)}\n\nViable's first image, phase by phase (ms after the previous phase; the app's performance marks):\n${formatPhaseTable(rows)}`,
      notes: [
        `Times from the folder input's change event (page clock). Each series ${rounds > 1 ? `${rounds} times, floor and Viable taking turns to go first; each figure the median of the rounds' (longest tasks: the longest), phases included (so they need not add up to the median first image), and "×" = the medians' ratio` : 'once; "×" = Viable / floor in this run'} (scan ×: Viable files/s / floor files/s)${rounds > 1 ? "; the goals below give the rounds' own ratios too" : ''}.`,
        FLOOR_NOTE,
        warmUpNote(rows.flatMap((row) => row.runs.map((run) => run.viable))),
        'heap × raw: peak main-thread JS heap + ArrayBuffers over the decoded pixels; longest task: main thread, from the pick to all decoded, with the browser\'s own FileList build before the change event (0.2–0.6 s at 1000–2000 files; <input type=file> cannot avoid it); ours: the longest after the change event.',
      ],
      goals: rows.flatMap(goalsOf),
      record: rows,
    };
  },
};
