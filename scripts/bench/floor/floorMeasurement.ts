/** What the floor page measures, from the folder input's change event (page clock). */
export interface FloorMeasurement {
  files: number;
  /** Read, parsed, decoded and drawn the first file. */
  firstImageMs: number;
  /** Every file read, parsed and decoded (after the first image). */
  allReadyMs: number;
  /**
   * Reading and parsing every header alone, as a scan does, in a page of its own from its own
   * pick: fresh Files and cold code, the footing Viable's scan is measured on.
   */
  scanMs: number;
  /**
   * The same scan in the full page, once every file was read, parsed and decoded: hot code and
   * Files already looked up, which no scan from a pick has (goal 3 was measured against it before).
   */
  scanAfterDecodeMs: number;
  /** Decoded pixels held, bytes: the "raw pixels" heap ratios are taken against. */
  rawPixelBytes: number;
}

/** What the floor page measures in its default mode: everything but the scan from a pick. */
export type FloorLoadRun = Omit<FloorMeasurement, 'scanMs'>;

/** What the floor page measures in its scan-only mode ({@link SCAN_ONLY}). */
export type FloorScanRun = Pick<FloorMeasurement, 'files' | 'scanMs'>;

/** The query parameter that turns the floor page into its scan alone, timed from its own pick. */
export const SCAN_ONLY = { param: 'measure', value: 'scan' } as const;
