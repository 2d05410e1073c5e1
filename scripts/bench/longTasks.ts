// Splits the page's long tasks (over 50 ms, from a PerformanceObserver) around the
// folder pick. Chromium builds the input's FileList (a File per picked file, 0.6 s for
// 10,000) in the task that then dispatches the `change` event: that part is the
// browser's, before any of Viable's code runs, and <input type=file> cannot avoid it.

/** A long task as [start, duration], ms on the page's clock. */
export type LongTask = readonly [start: number, duration: number];

export interface LongTasksAroundPick {
  /** The part of the pick's task before the change event: the browser listing the picked files (not ours); 0 when that task was not long. */
  fileListBuildMs: number;
  /** The part of the pick's task after the change event: Viable's change handler. */
  pickHandlerMs: number;
  /** The longest task that started after the change event. */
  longestStartedAfterChangeMs: number;
  /** The longest main-thread work of Viable's after the change event: {@link pickHandlerMs} or a later task. */
  longestAfterChangeMs: number;
  /** Long tasks (over 50 ms) from the change event on, the pick's own task included when Viable's part of it is long. */
  tasksOver50MsAfterChange: number;
  /** The longest task that ran into or after the pick, FileList build included. */
  longestTaskMs: number;
}

const LONG_TASK_MS = 50;

/** The long tasks of a run split into the browser's FileList build and Viable's own tasks after the change event at `pickedAt`. */
export function longTasksAroundPick(tasks: readonly LongTask[], pickedAt: number): LongTasksAroundPick {
  const pickTask = tasks.find(([start, duration]) => start <= pickedAt && pickedAt <= start + duration);
  const fileListBuildMs = pickTask ? pickedAt - pickTask[0] : 0;
  const pickHandlerMs = pickTask ? pickTask[0] + pickTask[1] - pickedAt : 0;
  const later = tasks.filter(([start]) => start > pickedAt).map(([, duration]) => duration);
  const longestStartedAfterChangeMs = Math.max(0, ...later);
  return {
    fileListBuildMs,
    pickHandlerMs,
    longestStartedAfterChangeMs,
    longestAfterChangeMs: Math.max(pickHandlerMs, longestStartedAfterChangeMs),
    tasksOver50MsAfterChange: later.filter((duration) => duration > LONG_TASK_MS).length + (pickHandlerMs > LONG_TASK_MS ? 1 : 0),
    // A task that started before the pick but ran into it counts too: the reader waits for it.
    longestTaskMs: Math.max(0, ...tasks.filter(([start, duration]) => start + duration >= pickedAt).map(([, duration]) => duration)),
  };
}
