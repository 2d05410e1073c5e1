import { describe, expect, it } from 'vitest';
import { ImageRetrieval, type RetrievalStatus } from './imageRetrieval';
import { middleOut, retrievalOrder } from './retrievalOrder';

describe('retrieval order', () => {
  it('goes from the middle slice outwards', () => {
    expect(middleOut([0, 1, 2, 3, 4, 5, 6])).toEqual([3, 4, 2, 5, 1, 6, 0]);
    expect(middleOut([0, 1, 2, 3])).toEqual([1, 2, 0, 3]);
    expect(middleOut([])).toEqual([]);
  });

  it('fetches the stack shown first, then the others, each file once', () => {
    const frames = (...ids: string[]) => ids.map((fileId) => ({ fileId }));
    const stacks = [
      { stackId: 'pv', frames: frames('p1', 'p2', 'p3') },
      { stackId: 'art', frames: frames('a1', 'a2', 'a3') },
      { stackId: 'enhanced', frames: frames('e', 'e', 'e') },
    ];
    expect(retrievalOrder(stacks, 'art')).toEqual(['a2', 'a3', 'a1', 'p2', 'p3', 'p1', 'e']);
  });
});

/** A server whose answers the test releases one by one. */
function fakeServer(failing: Set<string>) {
  const requested: string[] = [];
  const fetched = new Set<string>();
  const fetchFile = async (id: string) => {
    requested.push(id);
    await Promise.resolve();
    if (failing.has(id)) throw new Error(`HTTP 500 for ${id}`);
    fetched.add(id);
  };
  return { requested, fetched, fetchFile };
}

describe('ImageRetrieval', () => {
  it('keeps what arrived when a series fails halfway, and a retry fetches only the rest', async () => {
    const failing = new Set(['f4', 'f5', 'f6']);
    const server = fakeServer(failing);
    const statuses: RetrievalStatus[] = [];
    const ids = ['f1', 'f2', 'f3', 'f4', 'f5', 'f6'];
    const retrieval = new ImageRetrieval(ids, server.fetchFile, (e) => (e as Error).message, { concurrency: 2, onStatus: (s) => statuses.push(s) });
    await retrieval.run();
    expect(retrieval.status()).toEqual({ state: 'incomplete', total: 6, arrived: 3, failed: 3, error: 'HTTP 500 for f4' });
    expect([...server.fetched].sort()).toEqual(['f1', 'f2', 'f3']);
    // Progress was reported as files came in, never going backwards.
    const arrivedSeen = statuses.map((s) => s.arrived);
    expect(arrivedSeen).toEqual([...arrivedSeen].sort((a, b) => a - b));
    expect(arrivedSeen.at(-1)).toBe(3);

    failing.clear(); // the server is back
    server.requested.length = 0;
    await retrieval.run();
    expect(server.requested.sort()).toEqual(['f4', 'f5', 'f6']);
    expect(retrieval.status()).toEqual({ state: 'done', total: 6, arrived: 6, failed: 0 });
  });

  it('stops on cancel, keeps what arrived, and resumes where it stopped', async () => {
    const server = fakeServer(new Set());
    const ids = Array.from({ length: 10 }, (_, i) => `f${i}`);
    let cancelledOnce = false;
    const retrieval: ImageRetrieval = new ImageRetrieval(ids, server.fetchFile, String, {
      concurrency: 1,
      onStatus: (s) => {
        if (s.arrived === 3 && !cancelledOnce) {
          cancelledOnce = true;
          retrieval.cancel();
        }
      },
    });
    await retrieval.run();
    expect(retrieval.status()).toMatchObject({ state: 'cancelled', arrived: 3, failed: 0 });
    expect(server.requested).toEqual(['f0', 'f1', 'f2']);
    server.requested.length = 0;
    await retrieval.run();
    expect(server.requested).toEqual(ids.slice(3));
    expect(retrieval.status()).toMatchObject({ state: 'done', arrived: 10 });
  });

  it('resumes at once after a cancel, without waiting for a fetch the slow server still holds', async () => {
    let releaseHeld: (() => void) | undefined;
    const requested: string[] = [];
    const fetchFile = (fileId: string) => {
      requested.push(fileId);
      // The first request hangs until released (a slow server that has not let go after the cancel).
      if (requested.length === 1) return new Promise<void>((_, reject) => (releaseHeld = () => reject(new Error('aborted'))));
      return Promise.resolve();
    };
    const statuses: RetrievalStatus['state'][] = [];
    const retrieval = new ImageRetrieval(['a', 'b', 'c'], fetchFile, String, { concurrency: 1, onStatus: (s) => statuses.push(s.state) });
    void retrieval.run();
    retrieval.cancel();
    expect(retrieval.status().state).toBe('cancelled');
    const resumed = retrieval.run();
    expect(retrieval.status().state).toBe('retrieving');
    await resumed;
    expect(retrieval.status()).toMatchObject({ state: 'done', arrived: 3, failed: 0 });
    releaseHeld?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The old round's late failure changes nothing.
    expect(retrieval.status()).toMatchObject({ state: 'done', arrived: 3, failed: 0 });
    expect(requested).toEqual(['a', 'a', 'b', 'c']);
  });
});
