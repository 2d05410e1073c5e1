/**
 * One copy of each string a scan's instances repeat. Headers come back from the scan
 * workers structured-cloned, so every instance of a series holds its own copy of the
 * same UIDs, names, dates and codes (a dozen or more strings per file, half a
 * kilobyte and more): for a 1000-slice stack that is more memory than issue 11's
 * margin above the pixels can spare, for as long as the study is open.
 */
export class SharedStrings {
  private readonly seen = new Map<string, string>();

  /**
   * Replaces `record`'s string values (except `uniqueKeys`, which differ per record and
   * would only fill the pool) by the first equal string seen; returns `record`.
   */
  share<T extends object>(record: T, uniqueKeys: ReadonlySet<string>): T {
    const fields = record as Record<string, unknown>;
    for (const key of Object.keys(fields)) {
      const value = fields[key];
      if (typeof value !== 'string' || uniqueKeys.has(key)) continue;
      const first = this.seen.get(value);
      if (first === undefined) this.seen.set(value, value);
      else fields[key] = first;
    }
    return record;
  }
}
