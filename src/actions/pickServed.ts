import { readFileHead } from '../dicom';
import type { LocalFile } from './collectFiles';

/**
 * Picks of more files than this wait for {@link whenPickServed} before posting any file.
 * Measured in headless Chromium on two cores, from the change event: at 1000 files a post
 * was quick again (9–54 ms) well before a read was served (84–125 ms); at 2000 both came
 * after 90–220 ms; at 4000 and 10,000 a post held the page's thread for 340–380 and
 * 530–800 ms, while waiting for the read held nothing.
 */
export const LARGE_PICK_FILES = 2000;

/**
 * Resolves once the browser process has served a read of the pick's first file (or failed to).
 * Right after a pick of thousands of files the browser process is still busy with it (for
 * 0.6–0.9 s after the change event at 10,000 files on two cores), and whatever looks a picked
 * file up synchronously meanwhile (posting it to a worker, `file.size`, `slice`) holds the
 * page's thread until it is done: the scan's first post made a 0.5 s task. A stream read is
 * asynchronous and is served only after that work (24–29 ms after a post would have returned,
 * in five runs at 10,000 files), so it tells when posting is cheap without blocking anything.
 */
export async function whenPickServed(picked: LocalFile[] | FileList): Promise<void> {
  const first = Array.isArray(picked) ? picked[0]?.file : picked.item(0);
  if (first) await readFileHead(first, 1).catch(() => undefined);
}
