import { describe, expect, it } from 'vitest';
import { longTasksAroundPick } from './longTasks.ts';

describe('longTasksAroundPick', () => {
  it("splits the pick's task at the change event and keeps the browser's FileList build out of Viable's figures", () => {
    // An earlier task, the pick's task (600 ms of FileList, then 30 ms of handler), two later tasks.
    const split = longTasksAroundPick([[100, 70], [1000, 630], [1700, 120], [2000, 60]], 1600);
    expect(split).toEqual({
      fileListBuildMs: 600,
      pickHandlerMs: 30,
      longestStartedAfterChangeMs: 120,
      longestAfterChangeMs: 120,
      tasksOver50MsAfterChange: 2,
      longestTaskMs: 630,
    });
  });

  it("counts a long change handler as Viable's, and reports nothing of the browser's when the pick's task was short", () => {
    expect(longTasksAroundPick([[500, 90]], 520)).toMatchObject({ fileListBuildMs: 20, pickHandlerMs: 70, longestAfterChangeMs: 70, tasksOver50MsAfterChange: 1 });
    expect(longTasksAroundPick([[900, 55]], 500)).toMatchObject({ fileListBuildMs: 0, pickHandlerMs: 0, longestAfterChangeMs: 55, tasksOver50MsAfterChange: 1 });
    expect(longTasksAroundPick([], 500)).toMatchObject({ fileListBuildMs: 0, longestAfterChangeMs: 0, tasksOver50MsAfterChange: 0, longestTaskMs: 0 });
  });
});
