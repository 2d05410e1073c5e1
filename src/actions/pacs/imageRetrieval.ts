/** How the background retrieval of a study's images stands, for the progress bar; `Failure` describes a failed fetch. */
export interface RetrievalStatus<Failure = string> {
  state: 'retrieving' | 'done' | 'incomplete' | 'cancelled';
  total: number;
  arrived: number;
  failed: number;
  /** The first failure, as `describeError` gave it. */
  error?: Failure;
}

export interface ImageRetrievalOptions<Failure = string> {
  /** Requests in flight at once; a PACS answers several, but a browser allows ~6 per origin. */
  concurrency?: number;
  onStatus(status: RetrievalStatus<Failure>): void;
}

/**
 * Fetches a list of files in the given order, a few at a time, in the background:
 * what arrives stays usable when another fails, failures are counted with the
 * first reason and can be retried, and cancel stops what is left. `fetchFile`
 * must be safe to call again for a file already fetched (it then resolves at once),
 * since the viewer may have asked for the same file first.
 */
export class ImageRetrieval<Failure = string> {
  private readonly arrived = new Set<string>();
  private readonly failures = new Map<string, Failure>();
  private pending: string[] = [];
  private cancelled = false;
  private running: Promise<void> | undefined;
  /** Which run() the workers belong to: a resume after a cancel starts a new round. */
  private round = 0;

  constructor(
    private readonly fileIds: readonly string[],
    private readonly fetchFile: (fileId: string) => Promise<void>,
    private readonly describeError: (error: unknown) => Failure,
    private readonly options: ImageRetrievalOptions<Failure>,
  ) {}

  /**
   * Starts (or, after a failure or cancel, resumes) fetching what has not arrived; resolves when nothing is left to try.
   * A resume right after a cancel does not wait for the cancelled fetches to wind down (a slow server may take long to
   * let go): it starts a new round at once, and the old round's workers stop after the fetch they are in.
   */
  run(): Promise<void> {
    if (this.running && !this.cancelled) return this.running;
    const round = ++this.round;
    this.cancelled = false;
    this.failures.clear();
    this.pending = this.fileIds.filter((id) => !this.arrived.has(id));
    const current = () => !this.cancelled && round === this.round;
    const worker = async () => {
      while (current()) {
        const fileId = this.pending.shift();
        if (fileId === undefined) break;
        try {
          await this.fetchFile(fileId);
          this.arrived.add(fileId);
        } catch (error) {
          if (current()) this.failures.set(fileId, this.describeError(error));
        }
        this.report();
      }
    };
    const running: Promise<void> = Promise.all(Array.from({ length: this.options.concurrency ?? 4 }, worker)).then(() => {
      if (this.running !== running) return;
      this.running = undefined;
      this.report();
    });
    this.running = running;
    this.report();
    return running;
  }

  /** Stops fetching; files that arrived stay, the rest can be fetched with {@link run}. */
  cancel(): void {
    this.cancelled = true;
    this.pending = [];
  }

  status(): RetrievalStatus<Failure> {
    const total = this.fileIds.length;
    const base = { total, arrived: this.arrived.size, failed: this.failures.size };
    const error = this.failures.values().next().value;
    if (this.running && !this.cancelled) return { state: 'retrieving', ...base, ...(error ? { error } : {}) };
    if (this.arrived.size === total) return { state: 'done', ...base };
    if (this.cancelled) return { state: 'cancelled', ...base };
    return { state: 'incomplete', ...base, ...(error ? { error } : {}) };
  }

  private report(): void {
    this.options.onStatus(this.status());
  }
}
