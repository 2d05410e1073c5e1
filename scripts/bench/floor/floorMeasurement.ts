/** What the floor page measures, from the folder input's change event (page clock). */
export interface FloorMeasurement {
  files: number;
  /** Read, parsed, decoded and drawn the first file. */
  firstImageMs: number;
  /** Every file read, parsed and decoded (after the first image). */
  allReadyMs: number;
  /** Reading and parsing every header alone, as a scan does, after the above. */
  scanMs: number;
  /** Decoded pixels held, bytes: the "raw pixels" heap ratios are taken against. */
  rawPixelBytes: number;
}
