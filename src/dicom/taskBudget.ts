/**
 * Main-thread work one task may do before it hands the thread back, ms: far below the
 * 50 ms of a long task, so that input and rendering never wait long during a scan.
 */
export const TASK_BUDGET_MS = 10;

let taskStartedAt: number | undefined;

/** Resolves in a later task: `scheduler.yield` where the browser has it (it resumes ahead of other queued work), else a timer. */
function laterTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

function countTaskFrom(now: number): void {
  taskStartedAt = now;
  setTimeout(() => (taskStartedAt = undefined), 0);
}

/**
 * Whether the current task has used its budget, counting from now if nothing counts it
 * yet: for a loop that cannot wait in this task and leaves the rest for later ones.
 */
export function taskBudgetSpent(budgetMs = TASK_BUDGET_MS): boolean {
  if (taskStartedAt === undefined) countTaskFrom(performance.now());
  return performance.now() - taskStartedAt! >= budgetMs;
}

/**
 * Called before each small piece of work in a loop that may run long in one task
 * (e.g. reading many files' heads as their reads complete together): returns a
 * promise to await when the current task has already used {@link TASK_BUDGET_MS},
 * else undefined, so that the loop goes on without a hop. A timer marks where the
 * current task ends, so a task that starts afresh gets a fresh budget.
 */
export function yieldWhenTaskLong(budgetMs = TASK_BUDGET_MS): Promise<void> | undefined {
  const now = performance.now();
  if (taskStartedAt === undefined) {
    countTaskFrom(now);
    return undefined;
  }
  if (now - taskStartedAt < budgetMs) return undefined;
  return laterTask().then(() => {
    // Resumed in a new task, maybe before the marking timer ran; this task's end needs its own mark.
    taskStartedAt = performance.now();
    setTimeout(() => (taskStartedAt = undefined), 0);
  });
}
