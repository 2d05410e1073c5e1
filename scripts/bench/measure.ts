// What every benchmark measure gets and gives, so that bench.ts runs a plain list of them.

/** The served app and the run's settings. */
export interface BenchContext {
  /** The app's production build, with the floor page at /bench-floor/. */
  baseUrl: string;
  /** A private folder for generated data, removed after the run. */
  workDir: string;
  /** Series sizes in slices (--sizes). */
  sizes: number[];
  /** Files in the large-folder scan (--scan-files). */
  scanFiles: number;
  onStep(step: string): void;
}

/** A measure's result: a table (and notes) for the terminal and a record for the JSON report. */
export interface MeasureOutput {
  table: string;
  notes: string[];
  record: unknown;
}

export interface BenchMeasure {
  /** Key in the JSON report and heading in the terminal. */
  name: string;
  run(context: BenchContext): Promise<MeasureOutput>;
}
