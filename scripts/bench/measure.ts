// What every benchmark measure gets and gives, so that bench.ts runs a plain list of them.

/** The served app and the run's settings. */
export interface BenchContext {
  /** The app's production build, with the floor page at /bench-floor/. */
  baseUrl: string;
  /** The folder the build is served from (its hidden source maps name the sources in CPU profiles). */
  outDir: string;
  /** A private folder for generated data, removed after the run. */
  workDir: string;
  /** Series sizes in slices (--sizes). */
  sizes: number[];
  /** Files in the large-folder scan (--scan-files). */
  scanFiles: number;
  /** Runs of each series in the load measure, whose medians it compares (--rounds). */
  rounds: number;
  onStep(step: string): void;
}

/** A target of the issue the run checks, e.g. "first image ≤ 3× floor", and whether this run met it. */
export interface Goal {
  text: string;
  met: boolean;
}

/** A measure's result: a table (and notes) for the terminal, its goals, and a record for the JSON report. */
export interface MeasureOutput {
  table: string;
  notes: string[];
  goals: Goal[];
  record: unknown;
}

export interface BenchMeasure {
  /** Key in the JSON report and heading in the terminal. */
  name: string;
  run(context: BenchContext): Promise<MeasureOutput>;
}
