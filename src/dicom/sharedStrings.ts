/**
 * One copy of each string, and of each list of numbers, a scan's instances repeat.
 * Headers come back from the scan workers structured-cloned, so every instance of a
 * series holds its own copy of the same UIDs, names, dates and codes (a dozen or more
 * strings per file, half a kilobyte and more) and of the same orientation and pixel
 * spacing: for a 1000-slice stack that is more memory than issue 11's margin above the
 * pixels can spare, for as long as the study is open.
 */
export class SharedStrings {
  private readonly seen = new Map<string, string>();
  /** Number lists by their values joined with a backslash (DICOM's own separator); frozen, since every record holding one shares it. */
  private readonly lists = new Map<string, readonly number[]>();

  /**
   * Replaces `record`'s string values and lists of numbers (except `uniqueKeys`, which
   * differ per record and would only fill the pool) by the first equal one seen;
   * returns `record`.
   */
  share<T extends object>(record: T, uniqueKeys: ReadonlySet<string>): T {
    const fields = record as Record<string, unknown>;
    for (const key of Object.keys(fields)) {
      if (uniqueKeys.has(key)) continue;
      const value = fields[key];
      if (typeof value === 'string') fields[key] = this.string(value);
      else if (isNumberList(value)) fields[key] = this.list(value);
    }
    return record;
  }

  /** The first string equal to `value` seen, else `value` (kept from now on). */
  string(value: string): string {
    const first = this.seen.get(value);
    if (first !== undefined) return first;
    this.seen.set(value, value);
    return value;
  }

  /** The first list of the same numbers seen, else a frozen copy of `value` (kept from now on). */
  list(value: readonly number[]): readonly number[] {
    const key = value.join('\\');
    const first = this.lists.get(key);
    if (first !== undefined) return first;
    const kept = Object.freeze([...value]);
    this.lists.set(key, kept);
    return kept;
  }
}

function isNumberList(value: unknown): value is readonly number[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'number');
}
