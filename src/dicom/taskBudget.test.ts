import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldWhenTaskLong } from './taskBudget';

/** A clock that moves only when the loop works, so that a busy test machine cannot stretch a task. */
function virtualClock(): { work(ms: number): void } {
  let nowMs = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => nowMs);
  return { work: (ms) => (nowMs += ms) };
}

describe('yieldWhenTaskLong', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lets a loop run on until the task has used its budget, then hands the thread back', async () => {
    await new Promise((resolve) => setTimeout(resolve, 0)); // start in a fresh task
    const clock = virtualClock();
    const piecesPerTask: number[] = [0];
    let tasksEnded = 0;
    for (let i = 0; i < 50; i += 1) {
      const pause = yieldWhenTaskLong(10);
      if (pause) {
        setTimeout(() => (tasksEnded += 1), 0);
        await pause;
        piecesPerTask.push(0);
      }
      piecesPerTask[piecesPerTask.length - 1]! += 1;
      clock.work(1);
    }
    // 10 ms of 1 ms pieces per task, and the pauses let timers run: they ended the task.
    expect(piecesPerTask).toEqual([10, 10, 10, 10, 10]);
    expect(tasksEnded).toBeGreaterThanOrEqual(3);
  });

  it('does not hop while the task is short', async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const clock = virtualClock();
    const pauses = Array.from({ length: 100 }, () => {
      clock.work(0.05);
      return yieldWhenTaskLong(10);
    });
    expect(pauses.every((pause) => pause === undefined)).toBe(true);
  });
});
