/**
 * A pick's "first image round": from the files picked to the first image on
 * screen. Each phase is a User Timing mark (`performance.mark`), so that the
 * benchmark and the browser's Performance panel show the same breakdown (marks
 * stay on the page; nothing is sent anywhere), and the round's end is a promise
 * that the scan waits on, so that the first image's file read and decode do not
 * queue behind hundreds of header reads.
 */

/** The phases in the order they happen. */
export const FIRST_IMAGE_PHASES = [
  /** The reader picked or dropped files: the scan starts. */
  'pick',
  /** The first batch of headers came back from the scan workers with an image in it. */
  'first-header',
  /** The first stack was chosen from what is indexed and handed to pane 1. */
  'first-stack',
  /** Pane 1's viewport exists (engine, element, tools) and starts showing that stack. */
  'viewport-ready',
  /** The stack's first image is read and decoded. */
  'first-image-loaded',
  /** That image is drawn. */
  'first-render',
] as const;

export type FirstImagePhase = (typeof FIRST_IMAGE_PHASES)[number];

/** Prefix of every mark's name, e.g. `viable:first-image:pick`. */
export const FIRST_IMAGE_MARK_PREFIX = 'viable:first-image:';

const markName = (phase: FirstImagePhase) => `${FIRST_IMAGE_MARK_PREFIX}${phase}`;

/** Ends the running round; undefined between rounds, so that scrolling or another pane marks nothing. */
let endRound: (() => void) | undefined;

/**
 * Starts a round at a pick (a previous round still running ends: its pick was
 * superseded). Returns a promise that settles when the round's first image is
 * drawn or has failed to load.
 */
export function startFirstImageRound(): Promise<void> {
  endRound?.();
  for (const phase of FIRST_IMAGE_PHASES) performance.clearMarks(markName(phase));
  performance.mark(markName('pick'));
  return new Promise((resolve) => {
    endRound = () => {
      endRound = undefined;
      resolve();
    };
  });
}

/** Marks `phase` of the running round, unless it is marked already; the first render ends the round. */
export function markFirstImagePhase(phase: FirstImagePhase): void {
  if (!endRound || performance.getEntriesByName(markName(phase), 'mark').length > 0) return;
  performance.mark(markName(phase));
  if (phase === 'first-render') endRound();
}

/** The image a round waits for could not be shown: the round ends without a render mark. */
export function firstImageFailed(): void {
  endRound?.();
}
