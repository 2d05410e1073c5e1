import type { RetrievalStatus } from './imageRetrieval';

/**
 * The background image retrieval from the PACS, as the progress bar shows it.
 * Kept here, not in the store, like the autosave status: it describes a download,
 * not the reading, and must not count as an edit. Its failure is the error as thrown
 * (a PacsError's reason is worded by the bar, in the reader's language).
 */
let status: RetrievalStatus<unknown> | null = null;
const listeners = new Set<() => void>();

export const getRetrievalStatus = (): RetrievalStatus<unknown> | null => status;

export function setRetrievalStatus(next: RetrievalStatus<unknown> | null): void {
  status = next;
  for (const listener of listeners) listener();
}

export function subscribeRetrievalStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
