// Where the first image's time goes: the app's marks (src/viewer/firstImageRound.ts)
// as the time each phase took after the one before, from the folder input's change event
// to the pane saying "rendered" (what the "1st" column of the load table measures).
import { FIRST_IMAGE_PHASES, type FirstImagePhase } from '../../src/viewer/firstImageRound.ts';
import type { LoadMeasurement } from './measureLoad.ts';
import { type Column, fixed, formatTable } from './report.ts';

export interface PhaseRow {
  slices: number;
  syntax: string;
  viable: LoadMeasurement;
}

/** What each phase's column says it measures, from the previous mark (the change event before the first). */
const PHASE_TITLES: Record<FirstImagePhase, string> = {
  pick: 'change→pick',
  'first-header': '→1st header',
  'first-stack': '→stack chosen',
  'viewport-ready': '→viewport ready',
  'first-image-loaded': '→image loaded',
  'first-render': '→rendered',
};

/** ms from the previous phase the page marked (0 = the change event) to `phase`; undefined when either is missing. */
export function phaseDurations(viable: LoadMeasurement): Record<FirstImagePhase | 'pane', number | undefined> {
  const durations = {} as Record<FirstImagePhase | 'pane', number | undefined>;
  let previous: number | undefined = 0;
  for (const phase of FIRST_IMAGE_PHASES) {
    const at = viable.phases[phase];
    durations[phase] = at !== undefined && previous !== undefined ? at - previous : undefined;
    previous = at;
  }
  durations.pane = previous !== undefined ? viable.firstImageMs - previous : undefined;
  return durations;
}

const ms = (value: number | undefined) => fixed(value ?? Number.NaN, 0);

const COLUMNS: Array<Column<PhaseRow>> = [
  ['slices', (r) => String(r.slices)],
  ['syntax', (r) => r.syntax],
  ...FIRST_IMAGE_PHASES.map((phase): Column<PhaseRow> => [PHASE_TITLES[phase], (r) => ms(phaseDurations(r.viable)[phase])]),
  ['→pane says so', (r) => ms(phaseDurations(r.viable).pane)],
  ['1st image ms', (r) => ms(r.viable.firstImageMs)],
];

export function formatPhaseTable(rows: PhaseRow[]): string {
  return formatTable(COLUMNS, rows);
}
