import { describe, expect, it } from 'vitest';
import { FIRST_IMAGE_MARK_PREFIX, firstImageFailed, markFirstImagePhase, startFirstImageRound } from './firstImageRound';

const marked = () => performance.getEntriesByType('mark').flatMap((mark) => (mark.name.startsWith(FIRST_IMAGE_MARK_PREFIX) ? [mark.name.slice(FIRST_IMAGE_MARK_PREFIX.length)] : []));

async function isSettled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

describe('first image round', () => {
  it('marks each phase once, from the pick to the first render, which ends the round', async () => {
    markFirstImagePhase('first-render'); // outside a round: nothing
    expect(marked()).toEqual([]);
    const shown = startFirstImageRound();
    markFirstImagePhase('first-header');
    markFirstImagePhase('first-header');
    markFirstImagePhase('first-stack');
    expect(await isSettled(shown)).toBe(false);
    markFirstImagePhase('first-render');
    expect(await isSettled(shown)).toBe(true);
    markFirstImagePhase('viewport-ready'); // after the round (e.g. another pane): not this round's
    expect(marked()).toEqual(['pick', 'first-header', 'first-stack', 'first-render']);
  });

  it('ends the round when the image fails, and a new pick starts over', async () => {
    const first = startFirstImageRound();
    markFirstImagePhase('first-header');
    const second = startFirstImageRound();
    expect(await isSettled(first)).toBe(true); // superseded by the new pick
    expect(marked()).toEqual(['pick']);
    firstImageFailed();
    expect(await isSettled(second)).toBe(true);
  });
});
